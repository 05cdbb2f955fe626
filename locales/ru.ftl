# flowerbot — Russian texts. Fluent subset: see the doc comment of LocaleBundle (Sources/Dialog/Localization).
# Keys are kebab-case, prefixed by flow; the typed catalog is Sources/Flows/App/L10n.swift.

## Common buttons and errors

button-back = ⬅️ Назад
button-cancel-order = ✖️ Отменить заказ
button-share-contact = 📱 Отправить мой номер
button-share-location = 📍 Отправить геолокацию
button-ask-recipient = 🤷 Уточнить адрес у получателя
button-stale = Эта кнопка уже неактуальна
error-generic = Простите, что-то пошло не так. Попробуйте ещё раз чуть позже — всё, что вы уже выбрали, сохранено.
command-unknown = Я не знаю команду /{ $command }. Что я умею — в /help.
cancel-nothing = Сейчас нечего отменять. Чем могу помочь?

error-phone-not-a-number = Не похоже на номер телефона. Напишите его цифрами, например: +7 701 123 45 67
error-phone-wrong-length = В номере не хватает цифр или есть лишние. Казахстанский мобильный — это +7 и ещё 10 цифр, например: +7 701 123 45 67
error-phone-russian = Похоже, это российский номер. Мы принимаем только казахстанские мобильные номера — например: +7 701 123 45 67
error-phone-not-kazakh = Это не казахстанский мобильный номер. Укажите, пожалуйста, номер казахстанского оператора, например: +7 701 123 45 67

## Dates

date-today = Сегодня
date-tomorrow = Завтра
date-long = { $day } { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[other] декабря
}, { $weekday ->
    [1] пн
    [2] вт
    [3] ср
    [4] чт
    [5] пт
    [6] сб
   *[other] вс
}

## Main menu

start-welcome =
    Здравствуйте, { $name }! Это { $shop }.
    Соберём букет и доставим его к нужному часу — или приготовим к самовывозу.
    Загляните в каталог 💐
menu-catalog = 💐 Каталог
menu-help = ℹ️ Помощь
menu-not-understood = Я не совсем понял. Выберите, что вас интересует, в меню ниже.
menu-nothing-to-do = Спасибо! Сейчас мне это не нужно. Чтобы выбрать букет, откройте каталог.
menu-photo-not-yet = Спасибо за фото! Искать букеты по снимку я пока не умею — загляните в каталог, там все наши букеты с фотографиями.
menu-unsupported = Я понимаю текст, кнопки, контакты и геолокацию. Выберите, что вас интересует, в меню ниже.
help-main =
    Я помогу заказать букет с доставкой или самовывозом.
    💐 Каталог — выбрать букет и оформить заказ
    📷 Найти по фото — пришлите снимок букета, и я найду такой же или похожий
    /cancel — отменить оформление заказа
    /help — эта подсказка
help-ordering = Вы оформляете заказ: отвечайте на вопросы или нажимайте кнопки. «⬅️ Назад» вернёт на шаг назад, «✖️ Отменить заказ» или /cancel — выйти без заказа.

## Ordering

ordering-intro = Давайте выберем букет! На любом шаге можно вернуться назад или отменить заказ кнопками внизу.
ordering-left-catalog = Вы вышли из каталога. Возвращайтесь, когда захотите!
ordering-cancelled = Заказ отменён. Если передумаете — каталог всегда под рукой.
ordering-choose-category = Выберите категорию:
ordering-choose-product = { $category } — выберите букет:
ordering-product-button = { $title } — { $price }
ordering-product-card =
    { $title }
    { $description }

    Цена: { $price }

    Сколько букетов заказать?
ordering-choose-fulfilment =
    Как вы хотите получить букет?
    Самовывоз — по адресу: { $pickup }
ordering-fulfilment-delivery = 🚚 Доставка
ordering-fulfilment-pickup = 🏪 Самовывоз
ordering-choose-zone = Куда доставить? Выберите район — от него зависит стоимость доставки.
ordering-zone-button = { $zone } — { $cost }
ordering-zone-button-free = { $zone } — бесплатно
ordering-choose-date = На какой день оформить заказ?
ordering-other-date = 📅 Другая дата
ordering-date-type-hint = Напишите дату в формате ДД.ММ, например: 05.12
ordering-choose-slot = Выберите удобное время на { $date }:
ordering-ask-address =
    Напишите адрес доставки: улица, дом, квартира, подъезд и этаж.
    Можно отправить геолокацию или попросить курьера уточнить адрес у получателя.
ordering-ack-address = Адрес доставки: { $address }
ordering-ack-location = Спасибо, геоточка получена!
ordering-ack-ask-recipient = Хорошо, курьер уточнит адрес у получателя.
ordering-ask-recipient-name = Как зовут получателя?
ordering-ask-recipient-phone = Номер телефона получателя ({ $name })? Казахстанский мобильный, например: +7 701 123 45 67
ordering-ask-postcard = Добавим открытку? Напишите её текст (до { $limit } символов) или нажмите «Без открытки».
ordering-no-postcard = Без открытки
ordering-ask-anonymity = Подписать букет вашим именем или вручить анонимно?
ordering-signed-button = ✍️ От моего имени
ordering-anonymous-button = 🕶 Анонимно
ordering-ask-surprise = Позвонить получателю перед доставкой или пусть это будет сюрприз?
ordering-call-first-button = 📞 Позвонить заранее
ordering-surprise-button = 🤫 Не звонить — это сюрприз
ordering-ask-customer-phone = Ваш номер телефона — чтобы мы могли связаться с вами по заказу. Нажмите «📱 Отправить мой номер» или напишите его.
ordering-ack-phone = Спасибо! Ваш номер: { $phone }.
ordering-ask-payment = Как вам удобнее оплатить?
ordering-summary-title = Проверьте, пожалуйста, заказ:
ordering-confirm-button = ✅ Подтвердить заказ
ordering-edit-button = ✏️ Изменить
ordering-cancel-button = ✖️ Отменить
ordering-ask-edit-field = Что хотите изменить?
ordering-created =
    ✅ Заказ №{ $number } оформлен! Сумма: { $total }.
    Код для отслеживания: { $tracking }
    Мы напишем, когда флорист начнёт собирать букет.
ordering-hint-use-buttons = Выберите, пожалуйста, один из вариантов кнопкой.
ordering-error-quantity = Напишите количество числом, например 2, или нажмите кнопку.
ordering-error-out-of-stock = Столько нет в наличии: { $left ->
    [one] остался { $left } букет
    [few] осталось { $left } букета
   *[many] осталось { $left } букетов
}. Выберите количество поменьше.
ordering-error-date = Не получилось разобрать дату. Напишите её в формате ДД.ММ, например: 05.12
ordering-error-date-unavailable = На { $date } свободного времени нет. Выберите, пожалуйста, другой день.
ordering-error-slot-gone = Время { $slot } уже недоступно: флористам нужно время, чтобы собрать букет. Выберите, пожалуйста, другое.
ordering-error-address = Не получилось разобрать адрес. Напишите улицу и номер дома, например: ул. Абая, 10, кв. 25
ordering-error-name = Напишите, пожалуйста, имя получателя — хотя бы одним словом.
ordering-error-postcard-too-long = Текст открытки должен быть не длиннее { $limit } символов. Сократите его, пожалуйста.
ordering-error-product-gone = Этот букет, к сожалению, закончился. Выберите, пожалуйста, другой.
ordering-error-choose-again = Кажется, в заказе чего-то не хватает. Давайте уточним.
ordering-error-shop-closed = Простите, сейчас магазин не принимает заказы. Загляните, пожалуйста, позже.

edit-field-bouquet = Букет
edit-field-fulfilment = Способ получения
edit-field-date-time = Дату и время
edit-field-address = Адрес
edit-field-recipient = Получателя
edit-field-postcard = Открытку
edit-field-anonymity = Подпись
edit-field-surprise = Звонок получателю
edit-field-phone = Ваш телефон
edit-field-payment = Способ оплаты

payment-kaspi = 📲 Kaspi.kz
payment-card = 💳 Банковской картой
payment-cash = 💵 Наличными

## Order texts (summary, confirmation, florists' card)

order-line-item = 💐 { $title } × { $quantity } — { $total }
order-line-delivery = 🚚 Доставка: { $date }, { $slot }
order-line-pickup = 🏪 Самовывоз: { $date }, { $slot }, { $address }
order-line-address = 📍 Адрес: { $address } ({ $zone })
order-line-location = 📍 Геоточка: { $point } ({ $zone })
order-line-ask-recipient = 📍 Адрес уточним у получателя ({ $zone })
order-line-recipient = 👤 Получатель: { $name }, { $phone }
order-line-postcard = 💌 Открытка: «{ $text }»
order-line-no-postcard = 💌 Без открытки
order-line-signed = ✍️ С подписью от заказчика
order-line-anonymous = 🕶 Анонимно, без подписи
order-line-call-first = 📞 Позвонить получателю перед доставкой
order-line-surprise = 🤫 Не звонить получателю — это сюрприз
order-line-phone = 📱 Ваш телефон: { $phone }
order-line-payment = 💳 Оплата: { $method ->
    [kaspi] через Kaspi.kz
    [card] банковской картой
   *[cash] наличными
}
order-total-items = Букеты: { $amount }
order-total-delivery = Доставка: { $amount }
order-total-delivery-free = Доставка: бесплатно
order-total = Итого: { $amount }

## Florists

florist-new-order = 🆕 Новый заказ №{ $number }
florist-order-status = 📋 Статус: { $status }

## Order statuses (lower case: they follow a colon)

order-status-new = новый
order-status-accepted = принят
order-status-assembling = собирается
order-status-photo-sent = фото отправлено клиенту
order-status-approved = фото одобрено
order-status-in-delivery = у курьера
order-status-delivered = доставлен
order-status-ready-for-pickup = готов к выдаче
order-status-picked-up = выдан
order-status-cancelled = отменён
florist-customer = 🙋 Заказчик: { $name }, { $phone }

## Tracking: the customer's orders, lookup by tracking code or own phone

menu-my-orders = 📦 Мои заказы
help-tracking = 📦 Мои заказы (/my) — где ваши заказы. А код отслеживания из сообщения о заказе можно просто прислать сюда.
help-staff =
    Для сотрудников магазина:
    /orders — заказы на сегодня по времени доставки
    /orders tomorrow — на завтра, /orders 05.12 — на любой день
    /order 12 — карточка заказа с кнопками статусов и оплаты
tracking-list-title = 📦 Ваши заказы:
tracking-list-title-paged = 📦 Ваши заказы, { $range } из { $count }:
tracking-list-entry = №{ $number } — { $fulfilment ->
    [pickup] 🏪 самовывоз
   *[delivery] 🚚 доставка
} { $date }, { $slot }
tracking-list-status = 📋 { $status } · { $total }
tracking-list-item = 💐 { $title } × { $quantity }
tracking-list-footer = Нажмите на номер заказа, чтобы посмотреть подробности.
tracking-order-button = №{ $number }
tracking-page-previous = ⬅️ Назад
tracking-page-next = Ещё ➡️
tracking-find-by-phone-button = 📱 Найти заказы по моему номеру
tracking-list-empty =
    В этом чате пока нет заказов.
    Оформляли заказ с другого аккаунта? Пришлите код отслеживания из сообщения о заказе — или нажмите «📱 Отправить мой номер», и я найду заказы, оформленные на ваш номер.
tracking-ask-contact = Нажмите «📱 Отправить мой номер» — я найду заказы, оформленные на ваш номер, и буду сообщать, как меняется их статус. Telegram подтвердит, что номер ваш, поэтому чужие заказы так не увидеть.
tracking-contact-not-own = Этот контакт не подтверждает, что номер ваш. Заказы я показываю только по вашему собственному номеру — его подтверждает Telegram, когда вы нажимаете «📱 Отправить мой номер» внизу. Так никто не увидит чужие заказы.
tracking-phone-typed = По номеру, написанному текстом, я заказы не показываю — иначе кто угодно мог бы посмотреть чужие заказы. Нажмите «📱 Отправить мой номер»: Telegram подтвердит, что номер ваш. Или пришлите код отслеживания из сообщения о заказе.
tracking-hint-contact = Нажмите «📱 Отправить мой номер» или пришлите код отслеживания из сообщения о заказе. Вернуться в меню — «⬅️ В меню».
tracking-menu-button = ⬅️ В меню
tracking-back-to-menu = Хорошо! Чем ещё могу помочь?
tracking-phone-linked = { $count ->
    [one] Нашёл { $count } заказ на номер { $phone }. Теперь он в «📦 Мои заказы», и я буду сообщать, как меняется его статус.
    [few] Нашёл { $count } заказа на номер { $phone }. Теперь они в «📦 Мои заказы», и я буду сообщать, как меняется их статус.
   *[many] Нашёл { $count } заказов на номер { $phone }. Теперь они в «📦 Мои заказы», и я буду сообщать, как меняется их статус.
}
tracking-phone-nothing = На номер { $phone } заказов не нашлось. Если заказ оформляли на другой номер, пришлите код отслеживания из сообщения о заказе.
tracking-code-not-found = Заказ с кодом { $code } не нашёлся. Проверьте, пожалуйста, код: он есть в сообщении об оформлении заказа и состоит из 12 символов.
tracking-not-your-order = Этот заказ не привязан к вашему чату
tracking-card-title = 📦 Заказ №{ $number }
tracking-paid = 💳 Оплата получена
tracking-history-title = 🕓 История:
tracking-history-entry = { $date }, { $time } — { $status }
tracking-history-entry-note = { $date }, { $time } — { $status } ({ $note })
tracking-code-linked = 🔔 Когда статус заказа изменится, я пришлю сообщение.
tracking-back-to-list = ⬅️ К списку заказов

## Order notifications: the status in words and what happens next

notify-status = 📦 Заказ №{ $number }: { $status }
notify-reason = Причина: { $reason }
notify-paid = 💳 Оплату заказа №{ $number } получили — спасибо!
order-next-new = Флорист скоро посмотрит заказ.
order-next-accepted = Флорист скоро начнёт собирать букет.
order-next-assembling = Флорист собирает букет — пришлём фото, как только он будет готов.
order-next-photo-sent = Посмотрите фото букета и ответьте, всё ли нравится.
order-next-approved = { $fulfilment ->
    [pickup] Скоро букет будет готов к выдаче — мы напишем.
   *[delivery] Скоро передадим букет курьеру — мы напишем.
}
order-next-in-delivery = Курьер уже везёт букет: доставка { $date }, { $slot }.
order-next-ready-for-pickup = Ждём вас { $date }, { $slot } по адресу: { $address }.
order-next-thanks = Спасибо, что выбрали нас! Будем рады видеть вас снова 💐
order-next-cancelled = { $paid ->
    [yes] Деньги за заказ вернём — мы свяжемся с вами.
   *[no] Если захотите оформить новый заказ — каталог в меню.
}

## Florists' board

board-staff-only = Команда /{ $command } — для сотрудников магазина. Ваши заказы — в «📦 Мои заказы» или по команде /my.
board-staff-only-button = Эта кнопка — для сотрудников магазина
board-orders-usage = Не понял, за какой день показать заказы. Например: /orders, /orders tomorrow или /orders 05.12
board-order-usage = Укажите номер заказа, например: /order 12
board-order-not-found = Заказа №{ $number } нет.
board-order-gone = Такого заказа нет
board-day-title = 📋 Заказы на { $date }: { $count }
board-day-count = { $count ->
    [one] { $count } заказ
    [few] { $count } заказа
   *[many] { $count } заказов
}
board-day-empty = 📋 На { $date } заказов нет.
board-day-footer = Карточка заказа — кнопка с его номером или /order N. Другие дни: /orders tomorrow, /orders 05.12
board-slot = ⏰ { $slot }
board-day-button = 📋 Все заказы на { $date }
board-entry = №{ $number } · { $status } · { $fulfilment ->
    [pickup] 🏪
   *[delivery] 🚚
} { $items } · { $paid ->
    [yes] ✅ оплачен
   *[no] 💳 не оплачен
}
board-card-title = 📦 Заказ №{ $number }
board-paid-at = ✅ Оплачен: { $date }, { $time }
board-unpaid = 💳 Не оплачен
board-action-accepted = ✅ Принять
board-action-assembling = 💐 Начать сборку
board-action-reassemble = 🔁 Вернуть в сборку
board-action-photo-sent = 📷 Отправить фото
board-action-approved = 👍 Фото одобрено
board-action-in-delivery = 🚚 Передать курьеру
board-action-delivered = 🏁 Доставлен
board-action-ready-for-pickup = 🏪 Готов к выдаче
board-action-picked-up = 🤝 Выдан
board-action-cancelled = ✖️ Отменить
board-action-paid = 💰 Оплата получена
board-status-changed = { $code ->
    [cancelled] ✖️
   *[other] ✅
} Заказ №{ $number }: { $status }
board-customer-notified = 🔔 Клиенту отправлено уведомление.
board-status-stale = Статус заказа №{ $number } уже изменился: сейчас «{ $status }». Кнопка устарела, ничего не изменено.
board-cancel-confirm = Отменить заказ №{ $number }? Клиент получит уведомление с причиной отмены.
board-cancel-yes = ✖️ Да, отменить
board-cancel-no = Не отменять
board-cancel-ask-reason = Почему отменяем заказ №{ $number }? Напишите причину — её увидит клиент. Или выберите вариант внизу.
board-reason-customer = Клиент попросил отменить
board-reason-no-flowers = Нет нужных цветов
board-reason-no-contact = Не удалось связаться с клиентом
board-cancel-keep = ⬅️ Не отменять
board-cancel-kept = Хорошо, заказ не отменяем.
board-cancel-reason-too-long = Причина должна быть не длиннее { $limit } символов. Сократите её, пожалуйста.
board-paid-marked = 💰 Заказ №{ $number } отмечен как оплаченный.
board-paid-already = Заказ №{ $number } уже отмечен как оплаченный

## Live on Telegram: the commands menu (descriptions up to 256 characters)

bot-command-catalog = Каталог: выбрать и заказать букет
bot-command-my = Мои заказы
bot-command-help = Помощь
bot-command-cancel = Отменить то, что сейчас делаем
bot-command-start = Главное меню
bot-command-orders = Заказы на сегодня
bot-command-photo = Фото готового букета для клиента

## Photo search

menu-photo-search = 📷 Найти по фото
photo-search-ask =
    Пришлите фото букета, который вам понравился, — я найду его в нашем каталоге или подберу похожие.
    Подойдёт снимок с телефона, скриншот или картинка из интернета; можно отправить и файлом.
photo-search-exact =
    Нашёл этот букет в нашем каталоге:

    { $title }
    { $description }

    Цена: { $price }
photo-search-exact-short =
    Нашёл этот букет в нашем каталоге:

    { $title }
    Цена: { $price }
photo-search-similar-intro = { $count ->
    [one] Точно такого букета в каталоге нет, но есть похожий:
    [few] Точно такого букета в каталоге нет, но есть похожие:
   *[many] Точно такого букета в каталоге нет, но есть похожие:
}
photo-search-card =
    { $title }
    Цена: { $price }
photo-search-none = К сожалению, похожих букетов в каталоге не нашлось. Загляните в каталог — наверняка там найдётся что-то по душе.
photo-search-exact-sold-out = Этот букет есть в нашем каталоге ({ $title }), но сейчас его, к сожалению, нет в наличии. Посмотрите другие букеты в каталоге.
photo-search-sold-out-message = Этот букет, к сожалению, уже закончился. Посмотрите другие букеты в каталоге.
photo-search-order-button = Заказать
photo-search-catalog-button = 💐 Открыть каталог
photo-search-error-unsupported = Не получается открыть этот файл. Пришлите, пожалуйста, фото в формате JPEG или PNG.
photo-search-error-corrupt = Похоже, файл повреждён: открыть его не получилось. Пришлите, пожалуйста, другое фото.
photo-search-error-too-large = Это фото слишком большое. Пришлите, пожалуйста, снимок поменьше — подойдёт обычное фото с телефона.
photo-search-error-download = Не получилось загрузить фото. Попробуйте отправить его ещё раз чуть позже.

## Admin tools: roles, notices to customers, catalog by chat, stats (issue 7)

admin-only = Эта команда — для администраторов магазина. Что умею я — в /help.
admin-only-button = Эта кнопка — для администраторов магазина.
admin-cancelled = Хорошо, отменили.
admin-florist-ask = Пришлите контакт флориста (📎 → Контакт) или его числовой Telegram ID. Передумали — /cancel.
admin-florist-usage =
    Как управлять флористами:
    /florist add — добавить: бот попросит контакт или ID
    /florist add 123456789 — добавить по Telegram ID
    /florist remove 123456789 — убрать
    /florists — список
admin-florist-contact-without-account = У этого контакта нет аккаунта в Telegram — добавить его не получится. Пришлите другой контакт или числовой ID.
admin-florist-added = ✅ { $who } теперь флорист: доступны /orders, карточки заказов и смена статусов. Меню команд в чате флориста обновится.
admin-florist-already = { $who } уже в команде магазина — ничего не меняем.
admin-florist-removed = ✅ { $who } больше не флорист: заказы и кнопки сотрудников теперь недоступны.
admin-florist-not-granted = { $who } нет среди флористов, добавленных в чате. Флористов из файла настроек магазина меняют в самом файле.
admin-florists-title = { $count ->
    [one] 👩‍🌾 В магазине { $count } флорист:
    [few] 👩‍🌾 В магазине { $count } флориста:
   *[many] 👩‍🌾 В магазине { $count } флористов:
}
admin-florists-configured = • { $who } — из файла настроек
admin-florists-granted = • { $who } — добавили в чате
admin-person = { $name } (ID { $id })
admin-person-id = ID { $id }
admin-florists-empty = Флористов пока нет. Добавить: /florist add
admin-florists-footer = Добавить: /florist add. Убрать — кнопкой ниже или /florist remove ID.
admin-florist-remove-button = ✖️ Убрать: { $who }

broadcast-ask = Пришлите текст рассылки или фото с подписью. Перед отправкой я покажу, как сообщение увидят покупатели. Передумали — /cancel.
broadcast-usage = /broadcast — новая рассылка покупателям, /broadcast cancel — остановить текущую.
broadcast-too-long = Слишком длинно: { $length } символов, а можно не больше { $limit }. Сократите, пожалуйста, и пришлите ещё раз.
broadcast-confirm = { $count ->
    [one] ☝️ Так сообщение увидят покупатели. Его получит { $count } человек. Отправляем?
    [few] ☝️ Так сообщение увидят покупатели. Его получат { $count } человека. Отправляем?
   *[many] ☝️ Так сообщение увидят покупатели. Его получат { $count } человек. Отправляем?
}
broadcast-send = 📣 Отправить
broadcast-discard = ✖️ Не отправлять
broadcast-discarded = Рассылку не отправляем.
broadcast-confirm-first = Сначала отправьте рассылку кнопкой «📣 Отправить» под превью или откажитесь от неё — «✖️ Не отправлять».
broadcast-stale = Это превью устарело. Начните заново: /broadcast
broadcast-no-recipients = Отправлять некому: все покупатели отписались от новостей или заблокировали бота.
broadcast-busy = Сейчас идёт рассылка №{ $id }. Новую можно начать, когда она закончится, или остановите её: /broadcast cancel
broadcast-nothing-to-cancel = Сейчас нет рассылки, которую можно остановить.
broadcast-progress-title = 📣 Рассылка №{ $id } идёт
broadcast-progress-hint = Остановить: /broadcast cancel
broadcast-done-title = 📣 Рассылка №{ $id } завершена
broadcast-stopped-title = ⏹ Рассылка №{ $id } остановлена
broadcast-report-title = ✅ Рассылка №{ $id } закончена. Итог:
broadcast-cancelled-title = ⏹ Рассылка №{ $id } остановлена. Итог:
broadcast-sent = Доставлено: { $count } из { $total }
broadcast-failed = Не доставлено из-за ошибки: { $count }
broadcast-blocked = Заблокировали бота: { $count }
broadcast-withdrawn = Отменено до отправки: { $count }
broadcast-remaining = Осталось отправить: { $count }

subscription-stopped = Готово, новости и акции больше не присылаем. Сообщения о ваших заказах будут приходить как обычно. Передумаете — /subscribe.
subscription-already-stopped = Вы уже отписаны от новостей. Сообщения о ваших заказах приходят как обычно. Вернуть новости — /subscribe.
subscription-started = Готово, снова присылаем новости и акции магазина. Отписаться — /stop.
subscription-already-on = Вы и так получаете новости магазина. Отписаться — /stop.
subscription-resumed-on-start = Вы снова подписаны на новости магазина. Отписаться — /stop.
help-notices = /stop — не получать новости и акции (о заказах мы всё равно сообщим), /subscribe — снова получать
help-admin =
    Для администраторов:
    /broadcast — рассылка покупателям (/broadcast cancel — остановить)
    /stats — заказы, выручка и покупатели
    /products — товары с номерами; /product add — добавить товар по фото
    /product hide 12, /product show 12, /product price 12 15000 — скрыть, показать, сменить цену
    /florists — флористы; /florist add, /florist remove — добавить и убрать

product-ask = Пришлите фото букета с подписью: Название; цена; категория. Например: Нежность; 15000; Букеты. Передумали — /cancel.
product-caption-invalid = Не получилось разобрать подпись. Нужно так: Название; цена; категория — например: Нежность; 15000; Букеты. Пришлите фото с подписью ещё раз.
product-unknown-category = Категории «{ $category }» нет. Есть: { $categories }. Пришлите фото с подписью ещё раз.
product-photo-unavailable = Не получилось загрузить фото. Пришлите его ещё раз, пожалуйста.
product-added = ✅ Товар №{ $id } «{ $title }» за { $price } добавлен в каталог. Его уже можно заказать и найти по фото.
product-usage = Товары: /product add — добавить, /product hide 12 — скрыть, /product show 12 — показать, /product price 12 15000 — новая цена.
product-not-found = Товара №{ $id } нет. Номера товаров — в /products.
product-hidden = 🙈 Товар №{ $id } «{ $title }» скрыт: в каталоге и поиске по фото его больше нет.
product-shown = 👁 Товар №{ $id } «{ $title }» снова в каталоге.
product-price-changed = 💰 Товар №{ $id } «{ $title }» теперь стоит { $price }.
products-title = { $count ->
    [one] 🛍 В каталоге { $count } товар:
    [few] 🛍 В каталоге { $count } товара:
   *[many] 🛍 В каталоге { $count } товаров:
}
products-category = <b>{ $category }</b>
products-entry = №{ $id } { $title } — { $price }
products-entry-hidden = №{ $id } { $title } — { $price } (скрыт)

stats-title = 📊 Статистика магазина
stats-today = Сегодня: заказов { $count }, выручка { $revenue }, средний чек { $average }
stats-week = С понедельника: заказов { $count }, выручка { $revenue }, средний чек { $average }
stats-conversion = Начали оформлять за неделю: { $started }, оформили: { $confirmed } — конверсия { $rate }
stats-photo-approval = Фото букета одобрено с первого раза: { $approved } из { $decided } ({ $rate })
stats-audience = Заблокировали бота: { $blocked }, отписались от новостей: { $opted }

bot-command-stop = Не получать новости магазина
bot-command-broadcast = Рассылка покупателям
bot-command-stats = Статистика
bot-command-products = Товары
bot-command-florists = Флористы

## Photo approval

approval-staff-only = Фото готовых букетов присылают флористы магазина. Если хотите найти букет по своему фото — просто отправьте его мне, без команды.
approval-photo-usage = Пришлите фото букета с подписью /photo N, где N — номер заказа, или ответом на карточку заказа. Можно и просто фото — я предложу заказы, которые сегодня собираются.
approval-send-photo = 📷 Пришлите фото готового букета для заказа №{ $number } — одно или сразу несколько.
approval-no-orders-today = Сегодня нет заказов в сборке. Отправьте фото с подписью /photo N, где N — номер заказа.
approval-not-assembling = Заказ №{ $number } сейчас: { $status }. Фото букета отправляют, пока клиент его не одобрил.
approval-choose-order = { $count ->
    [one] Для какого заказа это фото?
   *[other] Для какого заказа эти фото?
}
approval-order-button = №{ $number } · { $slot }
approval-prompt-choose = Выберите заказ кнопкой выше или отправьте /cancel.
approval-abandoned = Хорошо, фото никуда не отправляю.
approval-sent-to-customer = { $chats ->
    [0] 📷 Фото к заказу №{ $number } сохранено, но у заказа нет чата с клиентом — свяжитесь с ним сами.
   *[other] { $photos ->
        [one] 📷 Фото к заказу №{ $number } отправлено клиенту. Ждём ответа до { $time }, потом букет будет одобрен автоматически.
       *[other] 📷 { $photos } фото к заказу №{ $number } отправлены клиенту. Ждём ответа до { $time }, потом букет будет одобрен автоматически.
    }
}
approval-approved-for-florist = 👍 Клиенту нравится букет к заказу №{ $number } — фото одобрено.
approval-auto-approved-for-florist = ⏰ Клиент не ответил вовремя — фото к заказу №{ $number } одобрено автоматически.
approval-change-for-florist = ✏️ Клиент просит изменить букет к заказу №{ $number }. Сейчас уточню, что именно, и перешлю вам.
approval-late-approval-for-florist = 👍 Клиент подтвердил, что букет к заказу №{ $number } нравится (фото уже было одобрено автоматически).
approval-comment-for-florist = { $late ->
    [yes] 💬 Клиент ответил уже после автоматического одобрения, заказ №{ $number }:
   *[no] 💬 Что изменить в букете к заказу №{ $number }:
}
approval-comment-quote = «{ $comment }»
approval-button-approve = 👍 Всё отлично
approval-button-change = ✏️ Хочу изменить
approval-photo-caption = { $fulfilment ->
    [pickup] 💐 Ваш букет к заказу №{ $number } готов! Самовывоз: { $date }, { $slot }.
   *[delivery] 💐 Ваш букет к заказу №{ $number } готов! Доставка: { $date }, { $slot }.
}
approval-question = Всё нравится? Если не ответите до { $time }, { $fulfilment ->
    [pickup] подготовим букет к выдаче как есть.
   *[delivery] передадим букет курьеру как есть.
}
approval-reminder = ⏰ Напоминаем: посмотрите, пожалуйста, фото букета к заказу №{ $number } и ответьте до { $time }. Если ответа не будет, { $fulfilment ->
    [pickup] подготовим букет к выдаче как есть.
   *[delivery] передадим букет курьеру как есть.
}
approval-approved-thanks = 👍 Спасибо! Букет к заказу №{ $number } одобрен. { $fulfilment ->
    [pickup] Напишем, когда его можно будет забрать.
   *[delivery] Скоро передадим его курьеру — мы напишем.
}
approval-ask-comment = ✏️ Что изменить в букете к заказу №{ $number }? Напишите в ответ — или пришлите фото с подписью, как должно быть. Флорист поправит букет и пришлёт новое фото.
approval-ask-late-comment = Букет к заказу №{ $number } уже одобрен автоматически, но флорист ещё может его поправить. Напишите, что изменить, — сразу передадим.
approval-prompt-comment = Напишите, что изменить в букете к заказу №{ $number }, или пришлите фото с подписью. Передумали — отправьте /cancel.
approval-comment-abandoned = Хорошо, ничего не меняем.
approval-comment-too-long = Получилось слишком длинно: уложитесь, пожалуйста, в { $limit } символов.
approval-comment-passed = { $late ->
    [yes] Спасибо, передали флористу. Если что-то изменится, мы напишем.
   *[no] Спасибо, передали флористу! Пришлём новое фото, как только букет будет готов.
}
approval-change-elsewhere = ✏️ К заказу №{ $number } попросили изменить букет — пришлём новое фото, когда флорист его поправит.
approval-auto-approved = { $fulfilment ->
    [pickup] ⏰ Мы не дождались ответа и одобрили букет к заказу №{ $number } как есть — напишем, когда его можно будет забрать. Если что-то не так, нажмите «✏️ Хочу изменить» под фото — передадим флористу.
   *[delivery] ⏰ Мы не дождались ответа и одобрили букет к заказу №{ $number } как есть — скоро передадим его курьеру. Если что-то не так, нажмите «✏️ Хочу изменить» под фото — передадим флористу.
}
approval-late-thanks = Спасибо! Рады, что букет понравился 💐
approval-stale = Это фото уже неактуально — ответ не нужен
approval-not-yours = Этот заказ оформлен в другом чате
approval-help-staff = /photo 12 с фото букета в подписи (или фото ответом на карточку заказа) — отправить фото клиенту на одобрение

## Language: /language (Russian, Kazakh, English)

language-choose = 🌐 На каком языке нам удобнее общаться?
language-name-ru = Русский
language-name-kk = Қазақша
language-name-en = English
language-changed = Готово! Теперь я говорю с вами по-русски.
language-unknown = Простите, такого языка я не знаю — ничего не изменилось. Выберите, пожалуйста, одну из кнопок.
help-language = 🌐 /language — сменить язык: Русский, Қазақша, English
bot-command-language = Язык: Русский, Қазақша, English
