# flowerbot — Kazakh texts (Cyrillic, the polite «Сіз» form). The same keys, variables and
# markup as ru.ftl (the reference); Fluent subset: see the doc comment of LocaleBundle.
# Kazakh plurals: one / other; a noun after a numeral stays singular («5 тапсырыс»), so most
# variants differ only in pronouns. Words are never suffixed onto a placeable: a suffix would
# have to agree with a value we do not know («№5 тапсырыс», «{ $date }: …»).

## Common buttons and errors

button-back = ⬅️ Артқа
button-cancel-order = ✖️ Бас тарту
button-share-contact = 📱 Нөмірімді жіберу
button-share-location = 📍 Геолокация жіберу
button-ask-recipient = 🤷 Мекенжайды алушыдан сұрау
button-stale = Бұл батырма енді жарамсыз
error-generic = Кешіріңіз, бірдеңе дұрыс болмады. Сәл кейінірек қайталап көріңіз — таңдағаныңыздың бәрі сақталды.
command-unknown = /{ $command } деген команданы білмеймін. Не істей алатыным — /help ішінде.
cancel-nothing = Қазір тоқтататын ештеңе жоқ. Немен көмектесейін?

error-phone-not-a-number = Бұл телефон нөміріне ұқсамайды. Нөмірді цифрмен жазыңыз, мысалы: +7 701 123 45 67
error-phone-wrong-length = Нөмірде цифр жетпейді немесе артық. Қазақстандық ұялы нөмір — +7 және тағы 10 цифр, мысалы: +7 701 123 45 67
error-phone-russian = Бұл Ресей нөміріне ұқсайды. Біз тек қазақстандық ұялы нөмірлерді қабылдаймыз, мысалы: +7 701 123 45 67
error-phone-not-kazakh = Бұл қазақстандық ұялы нөмір емес. Қазақстан операторының нөмірін көрсетіңізші, мысалы: +7 701 123 45 67

## Dates

date-today = Бүгін
date-tomorrow = Ертең
date-long = { $day } { $month ->
    [1] қаңтар
    [2] ақпан
    [3] наурыз
    [4] сәуір
    [5] мамыр
    [6] маусым
    [7] шілде
    [8] тамыз
    [9] қыркүйек
    [10] қазан
    [11] қараша
   *[other] желтоқсан
}, { $weekday ->
    [1] дс
    [2] сс
    [3] ср
    [4] бс
    [5] жм
    [6] сб
   *[other] жс
}

## Main menu

start-welcome =
    Сәлеметсіз бе, { $name }! Бұл — { $shop }.
    Гүл шоғын жинап, керекті уақытқа жеткіземіз — немесе өзіңіз алып кетуге дайындап қоямыз.
    Каталогқа көз салыңыз 💐
menu-catalog = 💐 Каталог
menu-help = ℹ️ Көмек
menu-not-understood = Түсінбей қалдым. Төмендегі мәзірден керегіңізді таңдаңыз.
menu-nothing-to-do = Рақмет! Қазір бұл маған керек емес. Гүл шоғын таңдау үшін каталогты ашыңыз.
menu-photo-not-yet = Фото үшін рақмет! Гүл шоғын сурет бойынша іздеуді әзірге білмеймін — каталогқа қараңыз, ондағы әр гүл шоғының суреті бар.
menu-unsupported = Мен мәтінді, батырмаларды, контактілерді және геолокацияны түсінемін. Төмендегі мәзірден керегіңізді таңдаңыз.
help-main =
    Жеткізумен немесе өзіңіз алып кететіндей етіп гүл шоғына тапсырыс беруге көмектесемін.
    💐 Каталог — гүл шоғын таңдап, тапсырыс беру
    📷 Фото арқылы іздеу — гүл шоғының суретін жіберіңіз, мен дәл сондайын немесе ұқсасын табамын
    /cancel — тапсырысты рәсімдеуді тоқтату
    /help — осы анықтама
help-ordering = Сіз тапсырыс рәсімдеп жатырсыз: сұрақтарға жауап беріңіз немесе батырмаларды басыңыз. «⬅️ Артқа» бір қадам кері қайтарады, «✖️ Бас тарту» немесе /cancel — тапсырыссыз шығу.

## Ordering

ordering-intro = Гүл шоғын таңдайық! Кез келген қадамда төмендегі батырмалармен артқа қайтуға немесе тапсырыстан бас тартуға болады.
ordering-left-catalog = Сіз каталогтан шықтыңыз. Қалаған уақытта қайта оралыңыз!
ordering-cancelled = Тапсырыстан бас тартылды. Ойыңыз өзгерсе — каталог әрдайым қол астында.
ordering-choose-category = Санатты таңдаңыз:
ordering-choose-product = { $category } — гүл шоғын таңдаңыз:
ordering-product-button = { $title } — { $price }
ordering-product-card =
    { $title }
    { $description }

    Бағасы: { $price }

    Неше гүл шоғына тапсырыс бересіз?
ordering-choose-fulfilment =
    Гүл шоғын қалай алғыңыз келеді?
    Өзіңіз алып кететін мекенжай: { $pickup }
ordering-fulfilment-delivery = 🚚 Жеткізу
ordering-fulfilment-pickup = 🏪 Өзім алып кетемін
ordering-choose-zone = Қайда жеткізейік? Ауданды таңдаңыз — жеткізу құны соған байланысты.
ordering-zone-button = { $zone } — { $cost }
ordering-zone-button-free = { $zone } — тегін
ordering-choose-date = Тапсырысты қай күнге рәсімдейік?
ordering-other-date = 📅 Басқа күн
ordering-date-type-hint = Күнді КК.АА түрінде жазыңыз, мысалы: 05.12
ordering-choose-slot = Ыңғайлы уақытты таңдаңыз ({ $date }):
ordering-ask-address =
    Жеткізу мекенжайын жазыңыз: көше, үй, пәтер, кіреберіс және қабат.
    Сондай-ақ геолокация жіберуге немесе мекенжайды алушыдан нақтылауды курьерге тапсыруға болады.
ordering-ack-address = Жеткізу мекенжайы: { $address }
ordering-ack-location = Рақмет, геолокация алынды!
ordering-ack-ask-recipient = Жақсы, мекенжайды курьер алушыдан нақтылайды.
ordering-ask-recipient-name = Алушының аты кім?
ordering-ask-recipient-phone = Алушының ({ $name }) телефон нөмірі қандай? Қазақстандық ұялы нөмір, мысалы: +7 701 123 45 67
ordering-ask-postcard = Ашықхат қосамыз ба? Мәтінін жазыңыз ({ $limit } таңбаға дейін) немесе «Ашықхатсыз» батырмасын басыңыз.
ordering-no-postcard = Ашықхатсыз
ordering-ask-anonymity = Гүл шоғына сіздің атыңызды жазайық па, әлде жасырын табыстайық па?
ordering-signed-button = ✍️ Менің атымнан
ordering-anonymous-button = 🕶 Жасырын
ordering-ask-surprise = Жеткізер алдында алушыға қоңырау шалайық па, әлде тосын сый болсын ба?
ordering-call-first-button = 📞 Алдын ала қоңырау шалу
ordering-surprise-button = 🤫 Қоңырау шалмау — тосын сый
ordering-ask-customer-phone = Тапсырыс бойынша сізбен байланысу үшін телефон нөміріңіз керек. «📱 Нөмірімді жіберу» батырмасын басыңыз немесе нөмірді жазыңыз.
ordering-ack-phone = Рақмет! Сіздің нөміріңіз: { $phone }.
ordering-ask-payment = Қалай төлеген ыңғайлы?
ordering-summary-title = Тапсырысты тексеріп шығыңызшы:
ordering-confirm-button = ✅ Тапсырысты растау
ordering-edit-button = ✏️ Өзгерту
ordering-cancel-button = ✖️ Бас тарту
ordering-ask-edit-field = Нені өзгерткіңіз келеді?
ordering-created =
    ✅ №{ $number } тапсырыс рәсімделді! Сомасы: { $total }.
    Бақылау коды: { $tracking }
    Флорист гүл шоғын жинай бастағанда хабарлаймыз.
ordering-hint-use-buttons = Нұсқалардың бірін батырмамен таңдаңызшы.
ordering-error-quantity = Санын цифрмен жазыңыз, мысалы 2, немесе батырманы басыңыз.
ordering-error-out-of-stock = Қоймада мұнша жоқ: { $left ->
    [one] небәрі { $left } гүл шоғы қалды
   *[other] небәрі { $left } гүл шоғы қалды
}. Азырақ санды таңдаңыз.
ordering-error-date = Күнді түсіне алмадым. Оны КК.АА түрінде жазыңыз, мысалы: 05.12
ordering-error-date-unavailable = { $date }: бос уақыт қалмады. Басқа күнді таңдаңызшы.
ordering-error-slot-gone = { $slot } уақыты енді қолжетімсіз: флористерге гүл шоғын жинауға уақыт керек. Басқа уақытты таңдаңызшы.
ordering-error-address = Мекенжайды түсіне алмадым. Көше мен үй нөмірін жазыңыз, мысалы: Абай даңғылы, 10, 25-пәтер
ordering-error-name = Алушының атын жазыңызшы — бір сөзбен болса да жетеді.
ordering-error-postcard-too-long = Ашықхат мәтіні { $limit } таңбадан аспауы керек. Қысқартыңызшы.
ordering-error-product-gone = Өкінішке қарай, бұл гүл шоғы таусылды. Басқасын таңдаңызшы.
ordering-error-choose-again = Тапсырыста бірдеңе жетіспейтін сияқты. Нақтылап алайық.
ordering-error-shop-closed = Кешіріңіз, дүкен қазір тапсырыс қабылдамайды. Кейінірек кіріңізші.

edit-field-bouquet = Гүл шоғы
edit-field-fulfilment = Алу тәсілі
edit-field-date-time = Күні мен уақыты
edit-field-address = Мекенжай
edit-field-recipient = Алушы
edit-field-postcard = Ашықхат
edit-field-anonymity = Қолтаңба
edit-field-surprise = Алушыға қоңырау
edit-field-phone = Сіздің телефоныңыз
edit-field-payment = Төлем тәсілі

payment-kaspi = 📲 Kaspi.kz
payment-card = 💳 Банк картасымен
payment-cash = 💵 Қолма-қол

## Order texts (summary, confirmation, florists' card)

order-line-item = 💐 { $title } × { $quantity } — { $total }
order-line-delivery = 🚚 Жеткізу: { $date }, { $slot }
order-line-pickup = 🏪 Өзі алып кету: { $date }, { $slot }, { $address }
order-line-address = 📍 Мекенжай: { $address } ({ $zone })
order-line-location = 📍 Геолокация: { $point } ({ $zone })
order-line-ask-recipient = 📍 Мекенжайды алушыдан нақтылаймыз ({ $zone })
order-line-recipient = 👤 Алушы: { $name }, { $phone }
order-line-postcard = 💌 Ашықхат: «{ $text }»
order-line-no-postcard = 💌 Ашықхатсыз
order-line-signed = ✍️ Тапсырыс берушінің атынан
order-line-anonymous = 🕶 Жасырын, қолтаңбасыз
order-line-call-first = 📞 Жеткізер алдында алушыға қоңырау шалу
order-line-surprise = 🤫 Алушыға қоңырау шалмау — тосын сый
order-line-phone = 📱 Сіздің телефоныңыз: { $phone }
order-line-payment = 💳 Төлем: { $method ->
    [kaspi] Kaspi.kz арқылы
    [card] банк картасымен
   *[cash] қолма-қол ақшамен
}
order-total-items = Гүл шоқтары: { $amount }
order-total-delivery = Жеткізу: { $amount }
order-total-delivery-free = Жеткізу: тегін
order-total = Барлығы: { $amount }

## Florists

florist-new-order = 🆕 Жаңа тапсырыс: №{ $number }
florist-order-status = 📋 Мәртебесі: { $status }

## Order statuses (lower case: they follow a colon)

order-status-new = жаңа
order-status-accepted = қабылданды
order-status-assembling = жиналып жатыр
order-status-photo-sent = фото клиентке жіберілді
order-status-approved = фото мақұлданды
order-status-in-delivery = курьерде
order-status-delivered = жеткізілді
order-status-ready-for-pickup = алып кетуге дайын
order-status-picked-up = алып кетілді
order-status-cancelled = бас тартылды
florist-customer = 🙋 Тапсырыс беруші: { $name }, { $phone }

## Tracking: the customer's orders, lookup by tracking code or own phone

menu-my-orders = 📦 Тапсырыстарым
help-tracking = 📦 Тапсырыстарым (/my) — тапсырыстарыңыздың қай кезеңде екенін көрсетеді. Тапсырыс туралы хабарламадағы бақылау кодын осында жай ғана жібере салыңыз.
help-staff =
    Дүкен қызметкерлеріне:
    /orders — бүгінгі тапсырыстар, жеткізу уақыты бойынша
    /orders tomorrow — ертеңгі, /orders 05.12 — кез келген күнгі
    /order 12 — мәртебе мен төлем батырмалары бар тапсырыс карточкасы
tracking-list-title = 📦 Сіздің тапсырыстарыңыз:
tracking-list-title-paged = 📦 Сіздің тапсырыстарыңыз, { $count } ішінен { $range }:
tracking-list-entry = №{ $number } — { $fulfilment ->
    [pickup] 🏪 өзі алып кету
   *[delivery] 🚚 жеткізу
} { $date }, { $slot }
tracking-list-status = 📋 { $status } · { $total }
tracking-list-item = 💐 { $title } × { $quantity }
tracking-list-footer = Толығырақ көру үшін тапсырыс нөмірін басыңыз.
tracking-order-button = №{ $number }
tracking-page-previous = ⬅️ Артқа
tracking-page-next = Тағы ➡️
tracking-find-by-phone-button = 📱 Нөмірім бойынша табу
tracking-list-empty =
    Бұл чатта әзірге тапсырыс жоқ.
    Басқа аккаунттан тапсырыс бердіңіз бе? Тапсырыс туралы хабарламадағы бақылау кодын жіберіңіз — немесе «📱 Нөмірімді жіберу» батырмасын басыңыз, сонда нөміріңізге рәсімделген тапсырыстарды табамын.
tracking-ask-contact = «📱 Нөмірімді жіберу» батырмасын басыңыз — нөміріңізге рәсімделген тапсырыстарды тауып, олардың мәртебесі өзгерген сайын хабарлап отырамын. Нөмірдің сіздікі екенін Telegram растайды, сондықтан бұлай бөгде адамның тапсырысын көру мүмкін емес.
tracking-contact-not-own = Бұл контакт нөмірдің сіздікі екенін растамайды. Тапсырыстарды тек өз нөміріңіз бойынша көрсетемін — төмендегі «📱 Нөмірімді жіберу» батырмасын басқанда оны Telegram растайды. Осылайша ешкім бөгде адамның тапсырысын көре алмайды.
tracking-phone-typed = Мәтінмен жазылған нөмір бойынша тапсырыстарды көрсетпеймін — әйтпесе кез келген адам бөгденің тапсырысын көре алар еді. «📱 Нөмірімді жіберу» батырмасын басыңыз: нөмірдің сіздікі екенін Telegram растайды. Немесе тапсырыс туралы хабарламадағы бақылау кодын жіберіңіз.
tracking-hint-contact = «📱 Нөмірімді жіберу» батырмасын басыңыз немесе тапсырыс туралы хабарламадағы бақылау кодын жіберіңіз. Мәзірге оралу үшін — «⬅️ Мәзірге».
tracking-menu-button = ⬅️ Мәзірге
tracking-back-to-menu = Жақсы! Тағы немен көмектесейін?
tracking-phone-linked = { $count ->
    [one] { $phone } нөміріне { $count } тапсырыс табылды. Енді ол «📦 Тапсырыстарым» бөлімінде, мәртебесі өзгерген сайын хабарлап отырамын.
   *[other] { $phone } нөміріне { $count } тапсырыс табылды. Енді олар «📦 Тапсырыстарым» бөлімінде, мәртебесі өзгерген сайын хабарлап отырамын.
}
tracking-phone-nothing = { $phone } нөміріне тапсырыс табылмады. Егер тапсырыс басқа нөмірге рәсімделсе, тапсырыс туралы хабарламадағы бақылау кодын жіберіңіз.
tracking-code-not-found = { $code } коды бар тапсырыс табылмады. Кодты тексеріңізші: ол тапсырыс рәсімделгені туралы хабарламада бар және 12 таңбадан тұрады.
tracking-not-your-order = Бұл тапсырыс сіздің чатыңызға байланыстырылмаған
tracking-card-title = 📦 №{ $number } тапсырыс
tracking-paid = 💳 Төлем алынды
tracking-history-title = 🕓 Тарихы:
tracking-history-entry = { $date }, { $time } — { $status }
tracking-history-entry-note = { $date }, { $time } — { $status } ({ $note })
tracking-code-linked = 🔔 Тапсырыстың мәртебесі өзгергенде хабарлама жіберемін.
tracking-back-to-list = ⬅️ Тапсырыстар тізіміне

## Order notifications: the status in words and what happens next

notify-status = 📦 №{ $number } тапсырыс: { $status }
notify-reason = Себебі: { $reason }
notify-paid = 💳 №{ $number } тапсырыстың төлемі алынды — рақмет!
order-next-new = Флорист тапсырысты жақында қарайды.
order-next-accepted = Флорист гүл шоғын жақында жинай бастайды.
order-next-assembling = Флорист гүл шоғын жинап жатыр — дайын болысымен фотосын жібереміз.
order-next-photo-sent = Гүл шоғының фотосын қарап, ұнайтын-ұнамайтынын жазыңыз.
order-next-approved = { $fulfilment ->
    [pickup] Гүл шоғы жақында алып кетуге дайын болады — хабарлаймыз.
   *[delivery] Гүл шоғын жақында курьерге табыстаймыз — хабарлаймыз.
}
order-next-in-delivery = Курьер гүл шоғын алып келе жатыр: жеткізу — { $date }, { $slot }.
order-next-ready-for-pickup = Сізді күтеміз: { $date }, { $slot }, мекенжайы: { $address }.
order-next-thanks = Бізді таңдағаныңызға рақмет! Сізді қайта күтеміз 💐
order-next-cancelled = { $paid ->
    [yes] Тапсырыс үшін төлеген ақшаңызды қайтарамыз — сізбен хабарласамыз.
   *[no] Жаңа тапсырыс бергіңіз келсе — каталог мәзірде.
}

## Florists' board

board-staff-only = /{ $command } командасы дүкен қызметкерлеріне арналған. Сіздің тапсырыстарыңыз — «📦 Тапсырыстарым» бөлімінде немесе /my командасында.
board-staff-only-button = Бұл батырма дүкен қызметкерлеріне арналған
board-orders-usage = Тапсырыстарды қай күнге көрсету керегін түсінбедім. Мысалы: /orders, /orders tomorrow немесе /orders 05.12
board-order-usage = Тапсырыс нөмірін көрсетіңіз, мысалы: /order 12
board-order-not-found = №{ $number } тапсырыс жоқ.
board-order-gone = Мұндай тапсырыс жоқ
board-day-title = 📋 Тапсырыстар, { $date }: { $count }
board-day-count = { $count ->
    [one] { $count } тапсырыс
   *[other] { $count } тапсырыс
}
board-day-empty = 📋 { $date }: тапсырыс жоқ.
board-day-footer = Тапсырыс карточкасы — нөмірі жазылған батырма немесе /order N. Басқа күндер: /orders tomorrow, /orders 05.12
board-slot = ⏰ { $slot }
board-day-button = 📋 Барлық тапсырыстар, { $date }
board-entry = №{ $number } · { $status } · { $fulfilment ->
    [pickup] 🏪
   *[delivery] 🚚
} { $items } · { $paid ->
    [yes] ✅ төленді
   *[no] 💳 төленбеген
}
board-card-title = 📦 №{ $number } тапсырыс
board-paid-at = ✅ Төленді: { $date }, { $time }
board-unpaid = 💳 Төленбеген
board-action-accepted = ✅ Қабылдау
board-action-assembling = 💐 Жинауды бастау
board-action-reassemble = 🔁 Қайта жинау
board-action-photo-sent = 📷 Фото жіберу
board-action-approved = 👍 Фото мақұлданды
board-action-in-delivery = 🚚 Курьерге беру
board-action-delivered = 🏁 Жеткізілді
board-action-ready-for-pickup = 🏪 Алып кетуге дайын
board-action-picked-up = 🤝 Берілді
board-action-cancelled = ✖️ Бас тарту
board-action-paid = 💰 Төлем алынды
board-status-changed = { $code ->
    [cancelled] ✖️
   *[other] ✅
} №{ $number } тапсырыс: { $status }
board-customer-notified = 🔔 Клиентке хабарлама жіберілді.
board-status-stale = №{ $number } тапсырыстың мәртебесі өзгеріп қойған: қазір «{ $status }». Батырма ескірген, ештеңе өзгертілмеді.
board-cancel-confirm = №{ $number } тапсырыстан бас тартамыз ба? Клиентке себебі көрсетілген хабарлама барады.
board-cancel-yes = ✖️ Иә, бас тарту
board-cancel-no = Бас тартпаймыз
board-cancel-ask-reason = №{ $number } тапсырыстан неге бас тартамыз? Себебін жазыңыз — оны клиент көреді. Немесе төмендегі нұсқалардың бірін таңдаңыз.
board-reason-customer = Клиент бас тартуды сұрады
board-reason-no-flowers = Керекті гүлдер жоқ
board-reason-no-contact = Клиентпен байланыса алмадық
board-cancel-keep = ⬅️ Бас тартпаймыз
board-cancel-kept = Жақсы, тапсырыс күшінде қалады.
board-cancel-reason-too-long = Себебі { $limit } таңбадан аспауы керек. Қысқартыңызшы.
board-paid-marked = 💰 №{ $number } тапсырыс төленді деп белгіленді.
board-paid-already = №{ $number } тапсырыс төленді деп белгіленіп қойған

## Live on Telegram: the commands menu (descriptions up to 256 characters)

bot-command-catalog = Каталог: гүл шоғын таңдап, тапсырыс беру
bot-command-my = Менің тапсырыстарым
bot-command-help = Көмек
bot-command-cancel = Қазіргі әрекетті тоқтату
bot-command-start = Басты мәзір
bot-command-orders = Бүгінгі тапсырыстар
bot-command-photo = Клиентке дайын гүл шоғының фотосы

## Photo search

menu-photo-search = 📷 Фото арқылы іздеу
photo-search-ask =
    Ұнаған гүл шоғының фотосын жіберіңіз — мен оны каталогымыздан табамын немесе ұқсастарын іріктеп беремін.
    Телефонмен түсірілген сурет, скриншот немесе интернеттегі сурет те жарайды; файл ретінде де жіберуге болады.
photo-search-exact =
    Бұл гүл шоғын каталогымыздан таптым:

    { $title }
    { $description }

    Бағасы: { $price }
photo-search-exact-short =
    Бұл гүл шоғын каталогымыздан таптым:

    { $title }
    Бағасы: { $price }
photo-search-similar-intro = { $count ->
    [one] Каталогта дәл осындай гүл шоғы жоқ, бірақ ұқсасы бар:
   *[other] Каталогта дәл осындай гүл шоғы жоқ, бірақ ұқсастары бар:
}
photo-search-card =
    { $title }
    Бағасы: { $price }
photo-search-none = Өкінішке қарай, каталогтан ұқсас гүл шоғы табылмады. Каталогқа көз салыңыз — көңіліңізге ұнайтын бірдеңе міндетті түрде табылады.
photo-search-exact-sold-out = Бұл гүл шоғы каталогымызда бар ({ $title }), бірақ өкінішке қарай, қазір сатылымда жоқ. Каталогтағы басқа гүл шоқтарын қараңыз.
photo-search-sold-out-message = Өкінішке қарай, бұл гүл шоғы таусылып қалды. Каталогтағы басқа гүл шоқтарын қараңыз.
photo-search-order-button = Тапсырыс беру
photo-search-catalog-button = 💐 Каталогты ашу
photo-search-error-unsupported = Бұл файлды аша алмадым. Фотоны JPEG немесе PNG түрінде жіберіңізші.
photo-search-error-corrupt = Файл бүлінген сияқты: оны аша алмадым. Басқа фото жіберіңізші.
photo-search-error-too-large = Бұл фото тым үлкен. Кішірек сурет жіберіңізші — телефонмен түсірілген қарапайым фото жарайды.
photo-search-error-download = Фотоны жүктей алмадым. Сәл кейінірек қайта жіберіп көріңізші.

## Admin tools: roles, notices to customers, catalog by chat, stats (issue 7)

admin-only = Бұл команда дүкен әкімшілеріне арналған. Не істей алатыным — /help ішінде.
admin-only-button = Бұл батырма дүкен әкімшілеріне арналған.
admin-cancelled = Жақсы, тоқтаттық.
admin-florist-ask = Флористің контактісін (📎 → Контакт) немесе оның Telegram-дағы сандық ID-ін жіберіңіз. Ойыңыз өзгерсе — /cancel.
admin-florist-usage =
    Флористерді басқару:
    /florist add — қосу: бот контакт немесе ID сұрайды
    /florist add 123456789 — Telegram ID бойынша қосу
    /florist remove 123456789 — шығару
    /florists — тізім
admin-florist-contact-without-account = Бұл контактінің Telegram аккаунты жоқ — оны қосу мүмкін емес. Басқа контакт немесе сандық ID жіберіңіз.
admin-florist-added = ✅ { $who } енді флорист: /orders, тапсырыс карточкалары және мәртебені өзгерту қолжетімді. Флорист чатындағы командалар мәзірі жаңарады.
admin-florist-already = { $who } дүкен командасында бар — ештеңе өзгертпейміз.
admin-florist-removed = ✅ { $who } енді флорист емес: тапсырыстар мен қызметкерлер батырмалары оған енді қолжетімсіз.
admin-florist-not-granted = { $who } чатта қосылған флористердің арасында жоқ. Дүкен баптаулары файлындағы флористер сол файлдың өзінде өзгертіледі.
admin-florists-title = { $count ->
    [one] 👩‍🌾 Дүкенде { $count } флорист бар:
   *[other] 👩‍🌾 Дүкенде { $count } флорист бар:
}
admin-florists-configured = • { $who } — баптаулар файлынан
admin-florists-granted = • { $who } — чатта қосылған
admin-person = { $name } (ID { $id })
admin-person-id = ID { $id }
admin-florists-empty = Әзірге флорист жоқ. Қосу: /florist add
admin-florists-footer = Қосу: /florist add. Шығару — төмендегі батырма немесе /florist remove ID.
admin-florist-remove-button = ✖️ Шығару: { $who }

broadcast-ask = Тарату мәтінін немесе жазбасы бар фотоны жіберіңіз. Жібермес бұрын хабарламаны сатып алушылар қалай көретінін көрсетемін. Ойыңыз өзгерсе — /cancel.
broadcast-usage = /broadcast — сатып алушыларға жаңа тарату, /broadcast cancel — қазіргі таратуды тоқтату.
broadcast-too-long = Тым ұзын: { $length } таңба, ал ең көбі { $limit } болуы керек. Қысқартып, қайта жіберіңізші.
broadcast-confirm = { $count ->
    [one] ☝️ Сатып алушылар хабарламаны осылай көреді. Оны { $count } адам алады. Жібереміз бе?
   *[other] ☝️ Сатып алушылар хабарламаны осылай көреді. Оны { $count } адам алады. Жібереміз бе?
}
broadcast-send = 📣 Жіберу
broadcast-discard = ✖️ Жібермеу
broadcast-discarded = Таратуды жібермейміз.
broadcast-confirm-first = Алдымен таратуды алдын ала көрініс астындағы «📣 Жіберу» батырмасымен жіберіңіз немесе одан бас тартыңыз — «✖️ Жібермеу».
broadcast-stale = Бұл алдын ала көрініс ескірген. Қайта бастаңыз: /broadcast
broadcast-no-recipients = Жіберетін ешкім жоқ: барлық сатып алушы жаңалықтардан бас тартқан немесе ботты бұғаттаған.
broadcast-busy = Қазір №{ $id } тарату жүріп жатыр. Жаңасын ол аяқталған соң бастауға болады, немесе оны тоқтатыңыз: /broadcast cancel
broadcast-nothing-to-cancel = Қазір тоқтататын тарату жоқ.
broadcast-progress-title = 📣 №{ $id } тарату жүріп жатыр
broadcast-progress-hint = Тоқтату: /broadcast cancel
broadcast-done-title = 📣 №{ $id } тарату аяқталды
broadcast-stopped-title = ⏹ №{ $id } тарату тоқтатылды
broadcast-report-title = ✅ №{ $id } тарату аяқталды. Қорытынды:
broadcast-cancelled-title = ⏹ №{ $id } тарату тоқтатылды. Қорытынды:
broadcast-sent = Жеткізілді: { $total } ішінен { $count }
broadcast-failed = Қатеге байланысты жеткізілмеді: { $count }
broadcast-blocked = Ботты бұғаттағандар: { $count }
broadcast-withdrawn = Жібермес бұрын тоқтатылды: { $count }
broadcast-remaining = Жіберілуі керек: { $count }

subscription-stopped = Дайын, енді жаңалықтар мен акцияларды жібермейміз. Тапсырыстарыңыз туралы хабарламалар бұрынғыдай келе береді. Ойыңыз өзгерсе — /subscribe.
subscription-already-stopped = Сіз жаңалықтардан бас тартып қойғансыз. Тапсырыстарыңыз туралы хабарламалар бұрынғыдай келеді. Жаңалықтарды қайта алу — /subscribe.
subscription-started = Дайын, дүкен жаңалықтары мен акцияларын қайтадан жібереміз. Бас тарту — /stop.
subscription-already-on = Сіз дүкен жаңалықтарын онсыз да алып тұрсыз. Бас тарту — /stop.
subscription-resumed-on-start = Сіз дүкен жаңалықтарына қайта жазылдыңыз. Бас тарту — /stop.
help-notices = /stop — жаңалықтар мен акцияларды алмау (тапсырыстар туралы бәрібір хабарлаймыз), /subscribe — қайта алу
help-admin =
    Әкімшілерге:
    /broadcast — сатып алушыларға тарату (/broadcast cancel — тоқтату)
    /stats — тапсырыстар, түсім және сатып алушылар
    /products — нөмірлері бар тауарлар; /product add — фото арқылы тауар қосу
    /product hide 12, /product show 12, /product price 12 15000 — жасыру, көрсету, бағасын өзгерту
    /florists — флористер; /florist add, /florist remove — қосу және шығару

product-ask = Гүл шоғының фотосын мына жазбамен жіберіңіз: Атауы; бағасы; санаты. Мысалы: Нәзіктік; 15000; Букеттер. Ойыңыз өзгерсе — /cancel.
product-caption-invalid = Жазбаны түсіне алмадым. Былай болуы керек: Атауы; бағасы; санаты — мысалы: Нәзіктік; 15000; Букеттер. Фотоны жазбасымен қайта жіберіңіз.
product-unknown-category = «{ $category }» деген санат жоқ. Бар санаттар: { $categories }. Фотоны жазбасымен қайта жіберіңіз.
product-photo-unavailable = Фотоны жүктей алмадым. Қайта жіберіңізші.
product-added = ✅ №{ $id } «{ $title }» тауары { $price } бағамен каталогқа қосылды. Оған енді тапсырыс беруге және оны фото арқылы табуға болады.
product-usage = Тауарлар: /product add — қосу, /product hide 12 — жасыру, /product show 12 — көрсету, /product price 12 15000 — жаңа баға.
product-not-found = №{ $id } тауар жоқ. Тауар нөмірлері — /products ішінде.
product-hidden = 🙈 №{ $id } «{ $title }» тауары жасырылды: ол енді каталогта да, фото арқылы іздеуде де жоқ.
product-shown = 👁 №{ $id } «{ $title }» тауары каталогқа қайта оралды.
product-price-changed = 💰 №{ $id } «{ $title }» тауарының жаңа бағасы: { $price }.
products-title = { $count ->
    [one] 🛍 Каталогта { $count } тауар бар:
   *[other] 🛍 Каталогта { $count } тауар бар:
}
products-category = <b>{ $category }</b>
products-entry = №{ $id } { $title } — { $price }
products-entry-hidden = №{ $id } { $title } — { $price } (жасырылған)

stats-title = 📊 Дүкен статистикасы
stats-today = Бүгін: тапсырыс саны { $count }, түсім { $revenue }, орташа чек { $average }
stats-week = Дүйсенбіден бері: тапсырыс саны { $count }, түсім { $revenue }, орташа чек { $average }
stats-conversion = Осы аптада рәсімдеуді бастағандар: { $started }, рәсімдегендер: { $confirmed } — конверсия { $rate }
stats-photo-approval = Гүл шоғының фотосы бірден мақұлданды: { $decided } ішінен { $approved } ({ $rate })
stats-audience = Ботты бұғаттағандар: { $blocked }, жаңалықтардан бас тартқандар: { $opted }

bot-command-stop = Дүкен жаңалықтарын алмау
bot-command-broadcast = Сатып алушыларға тарату
bot-command-stats = Статистика
bot-command-products = Тауарлар
bot-command-florists = Флористер

## Photo approval

approval-staff-only = Дайын гүл шоқтарының фотосын дүкен флористері жібереді. Гүл шоғын өз фотоңыз бойынша іздегіңіз келсе — оны маған командасыз жай ғана жіберіңіз.
approval-photo-usage = Гүл шоғының фотосын /photo N жазбасымен (N — тапсырыс нөмірі) немесе тапсырыс карточкасына жауап ретінде жіберіңіз. Жай фото да болады — бүгін жиналып жатқан тапсырыстарды ұсынамын.
approval-send-photo = 📷 №{ $number } тапсырыстың дайын гүл шоғының фотосын жіберіңіз — біреуін немесе бірнешеуін бірден.
approval-no-orders-today = Бүгін жиналып жатқан тапсырыс жоқ. Фотоны /photo N жазбасымен жіберіңіз, мұндағы N — тапсырыс нөмірі.
approval-not-assembling = №{ $number } тапсырыс қазір: { $status }. Гүл шоғының фотосын клиент мақұлдағанға дейін ғана жіберуге болады.
approval-choose-order = { $count ->
    [one] Бұл фото қай тапсырысқа арналған?
   *[other] Бұл фотолар қай тапсырысқа арналған?
}
approval-order-button = №{ $number } · { $slot }
approval-prompt-choose = Жоғарыдағы батырмамен тапсырысты таңдаңыз немесе /cancel жіберіңіз.
approval-abandoned = Жақсы, фотоны ешқайда жібермеймін.
approval-sent-to-customer = { $chats ->
    [0] 📷 №{ $number } тапсырыстың фотосы сақталды, бірақ тапсырыстың клиентпен чаты жоқ — клиентпен өзіңіз хабарласыңыз.
   *[other] { $photos ->
        [one] 📷 №{ $number } тапсырыстың фотосы клиентке жіберілді. Жауап күтетін мерзім — { $time }, одан кейін гүл шоғы автоматты түрде мақұлданады.
       *[other] 📷 №{ $number } тапсырыстың { $photos } фотосы клиентке жіберілді. Жауап күтетін мерзім — { $time }, одан кейін гүл шоғы автоматты түрде мақұлданады.
    }
}
approval-approved-for-florist = 👍 №{ $number } тапсырыстың гүл шоғы клиентке ұнады — фото мақұлданды.
approval-auto-approved-for-florist = ⏰ Клиент уақытында жауап бермеді — №{ $number } тапсырыстың фотосы автоматты түрде мақұлданды.
approval-change-for-florist = ✏️ Клиент №{ $number } тапсырыстың гүл шоғын өзгертуді сұрап отыр. Нақты нені өзгерту керек екенін қазір сұрап, сізге жеткіземін.
approval-late-approval-for-florist = 👍 Клиент №{ $number } тапсырыстың гүл шоғы ұнайтынын растады (фото бұған дейін автоматты түрде мақұлданған).
approval-comment-for-florist = { $late ->
    [yes] 💬 Клиент автоматты мақұлдаудан кейін жауап берді, №{ $number } тапсырыс:
   *[no] 💬 №{ $number } тапсырыстың гүл шоғында нені өзгерту керек:
}
approval-comment-quote = «{ $comment }»
approval-button-approve = 👍 Бәрі керемет
approval-button-change = ✏️ Өзгерткім келеді
approval-photo-caption = { $fulfilment ->
    [pickup] 💐 №{ $number } тапсырысыңыздың гүл шоғы дайын! Өзіңіз алып кетесіз: { $date }, { $slot }.
   *[delivery] 💐 №{ $number } тапсырысыңыздың гүл шоғы дайын! Жеткізу: { $date }, { $slot }.
}
approval-question = Бәрі ұнай ма? Жауап күтетін мерзім — { $time }. Жауап болмаса, { $fulfilment ->
    [pickup] гүл шоғын осы күйінде алып кетуге дайындаймыз.
   *[delivery] гүл шоғын осы күйінде курьерге табыстаймыз.
}
approval-reminder = ⏰ Еске саламыз: №{ $number } тапсырыстың гүл шоғының фотосын қарап, жауап беріңізші (мерзімі — { $time }). Жауап болмаса, { $fulfilment ->
    [pickup] гүл шоғын осы күйінде алып кетуге дайындаймыз.
   *[delivery] гүл шоғын осы күйінде курьерге табыстаймыз.
}
approval-approved-thanks = 👍 Рақмет! №{ $number } тапсырыстың гүл шоғы мақұлданды. { $fulfilment ->
    [pickup] Оны алып кетуге болатын кезде хабарлаймыз.
   *[delivery] Жақында оны курьерге табыстаймыз — хабарлаймыз.
}
approval-ask-comment = ✏️ №{ $number } тапсырыстың гүл шоғында нені өзгерту керек? Жауап ретінде жазыңыз — немесе қалай болуы керегін көрсететін фотоны жазбасымен жіберіңіз. Флорист гүл шоғын түзетіп, жаңа фото жібереді.
approval-ask-late-comment = №{ $number } тапсырыстың гүл шоғы автоматты түрде мақұлданып қойған, бірақ флорист оны әлі де түзете алады. Нені өзгерту керегін жазыңыз — бірден жеткіземіз.
approval-prompt-comment = №{ $number } тапсырыстың гүл шоғында нені өзгерту керегін жазыңыз немесе фотоны жазбасымен жіберіңіз. Ойыңыз өзгерсе — /cancel жіберіңіз.
approval-comment-abandoned = Жақсы, ештеңе өзгертпейміз.
approval-comment-too-long = Тым ұзын болып кетті: { $limit } таңбаға сыйғызыңызшы.
approval-comment-passed = { $late ->
    [yes] Рақмет, флористке жеткіздік. Бірдеңе өзгерсе, хабарлаймыз.
   *[no] Рақмет, флористке жеткіздік! Гүл шоғы дайын болысымен жаңа фото жібереміз.
}
approval-change-elsewhere = ✏️ №{ $number } тапсырыстың гүл шоғын өзгерту сұралды — флорист түзеткен соң жаңа фото жібереміз.
approval-auto-approved = { $fulfilment ->
    [pickup] ⏰ Жауап болмағандықтан, №{ $number } тапсырыстың гүл шоғын осы күйінде мақұлдадық — оны алып кетуге болатын кезде хабарлаймыз. Бірдеңе дұрыс болмаса, фото астындағы «✏️ Өзгерткім келеді» батырмасын басыңыз — флористке жеткіземіз.
   *[delivery] ⏰ Жауап болмағандықтан, №{ $number } тапсырыстың гүл шоғын осы күйінде мақұлдадық — жақында оны курьерге табыстаймыз. Бірдеңе дұрыс болмаса, фото астындағы «✏️ Өзгерткім келеді» батырмасын басыңыз — флористке жеткіземіз.
}
approval-late-thanks = Рақмет! Гүл шоғы ұнағанына қуаныштымыз 💐
approval-stale = Бұл фото енді өзекті емес — жауап қажет емес
approval-not-yours = Бұл тапсырыс басқа чатта рәсімделген
approval-help-staff = /photo 12 жазбасы бар гүл шоғының фотосы (немесе тапсырыс карточкасына жауап ретінде жіберілген фото) — фотоны клиентке мақұлдауға жіберу

## Language: /language

language-choose = 🌐 Қай тілде сөйлескеніміз ыңғайлы?
language-name-ru = Русский
language-name-kk = Қазақша
language-name-en = English
language-changed = Дайын! Енді сізбен қазақша сөйлесемін.
language-unknown = Кешіріңіз, мұндай тілді білмеймін — ештеңе өзгерген жоқ. Батырмалардың бірін таңдаңызшы.
help-language = 🌐 /language — тілді ауыстыру: Русский, Қазақша, English
bot-command-language = Тіл: Русский, Қазақша, English
