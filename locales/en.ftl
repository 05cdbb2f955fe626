# flowerbot — English texts. The same keys, variables and markup as ru.ftl (the reference);
# Fluent subset: see the doc comment of LocaleBundle (Sources/Dialog/Localization).
# English plurals: one / other.

## Common buttons and errors

button-back = ⬅️ Back
button-cancel-order = ✖️ Cancel order
button-share-contact = 📱 Share my number
button-share-location = 📍 Share location
button-ask-recipient = 🤷 Ask the recipient
button-stale = This button is out of date
error-generic = Sorry, something went wrong. Please try again in a little while — everything you've chosen so far is saved.
command-unknown = I don't know the command /{ $command }. See /help for what I can do.
cancel-nothing = There's nothing to cancel right now. How can I help?

error-phone-not-a-number = That doesn't look like a phone number. Please type it in digits, for example: +7 701 123 45 67
error-phone-wrong-length = The number has too few or too many digits. A Kazakhstan mobile number is +7 followed by 10 digits, for example: +7 701 123 45 67
error-phone-russian = That looks like a Russian number. We only accept Kazakhstan mobile numbers, for example: +7 701 123 45 67
error-phone-not-kazakh = That isn't a Kazakhstan mobile number. Please give a number from a Kazakhstan operator, for example: +7 701 123 45 67

## Dates

date-today = Today
date-tomorrow = Tomorrow
date-long = { $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[other] Sun
} { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[other] December
}

## Main menu

start-welcome =
    Hello, { $name }! This is { $shop }.
    We'll make up a bouquet and deliver it right on time — or have it ready for you to pick up.
    Take a look at the catalog 💐
menu-catalog = 💐 Catalog
menu-help = ℹ️ Help
menu-not-understood = Sorry, I didn't quite get that. Please choose what you need from the menu below.
menu-nothing-to-do = Thank you! I don't need that right now. To choose a bouquet, open the catalog.
menu-photo-not-yet = Thanks for the photo! I can't search for bouquets by picture yet — have a look at the catalog, every bouquet there has a photo.
menu-unsupported = I understand text, buttons, contacts and locations. Please choose what you need from the menu below.
help-main =
    I'll help you order a bouquet for delivery or pickup.
    💐 Catalog — choose a bouquet and place an order
    📷 Search by photo — send me a picture of a bouquet and I'll find the same one or similar ones
    /cancel — stop placing an order
    /help — this help
help-ordering = You're placing an order: answer the questions or tap the buttons. “⬅️ Back” takes you one step back; “✖️ Cancel order” or /cancel leaves without ordering.

## Ordering

ordering-intro = Let's choose a bouquet! At any step you can go back or cancel the order with the buttons below.
ordering-left-catalog = You've left the catalog. Come back whenever you like!
ordering-cancelled = Order cancelled. If you change your mind, the catalog is always at hand.
ordering-choose-category = Choose a category:
ordering-choose-product = { $category } — choose a bouquet:
ordering-product-button = { $title } — { $price }
ordering-product-card =
    { $title }
    { $description }

    Price: { $price }

    How many bouquets would you like?
ordering-choose-fulfilment =
    How would you like to get your bouquet?
    Pickup address: { $pickup }
ordering-fulfilment-delivery = 🚚 Delivery
ordering-fulfilment-pickup = 🏪 Pickup
ordering-choose-zone = Where should we deliver? Choose the area — the delivery cost depends on it.
ordering-zone-button = { $zone } — { $cost }
ordering-zone-button-free = { $zone } — free
ordering-choose-date = Which day is the order for?
ordering-other-date = 📅 Another date
ordering-date-type-hint = Type the date as DD.MM, for example: 05.12
ordering-choose-slot = Choose a convenient time on { $date }:
ordering-ask-address =
    Please type the delivery address: street, building, flat, entrance and floor.
    You can also share a location or ask the courier to check the address with the recipient.
ordering-ack-address = Delivery address: { $address }
ordering-ack-location = Thank you, we've got the location!
ordering-ack-ask-recipient = All right, the courier will check the address with the recipient.
ordering-ask-recipient-name = What is the recipient's name?
ordering-ask-recipient-phone = What is { $name }'s phone number? A Kazakhstan mobile number, for example: +7 701 123 45 67
ordering-ask-postcard = Shall we add a card? Type the message for it (up to { $limit } characters) or tap “No card”.
ordering-no-postcard = No card
ordering-ask-anonymity = Shall we sign the bouquet with your name or deliver it anonymously?
ordering-signed-button = ✍️ Sign with my name
ordering-anonymous-button = 🕶 Anonymously
ordering-ask-surprise = Shall we call the recipient before delivery, or keep it a surprise?
ordering-call-first-button = 📞 Call beforehand
ordering-surprise-button = 🤫 Don't call — it's a surprise
ordering-ask-customer-phone = Your phone number, so that we can reach you about the order. Tap “📱 Share my number” or type it.
ordering-ack-phone = Thank you! Your number: { $phone }.
ordering-ask-payment = How would you like to pay?
ordering-summary-title = Please check your order:
ordering-confirm-button = ✅ Confirm order
ordering-edit-button = ✏️ Change
ordering-cancel-button = ✖️ Cancel
ordering-ask-edit-field = What would you like to change?
ordering-created =
    ✅ Order #{ $number } is placed! Total: { $total }.
    Tracking code: { $tracking }
    We'll let you know when the florist starts making your bouquet.
ordering-hint-use-buttons = Please choose one of the options with a button.
ordering-error-quantity = Please type the quantity as a number, for example 2, or tap a button.
ordering-error-out-of-stock = We don't have that many: { $left ->
    [one] only { $left } bouquet is left
   *[other] only { $left } bouquets are left
}. Please choose a smaller quantity.
ordering-error-date = I couldn't read that date. Please type it as DD.MM, for example: 05.12
ordering-error-date-unavailable = There are no free times on { $date }. Please choose another day.
ordering-error-slot-gone = { $slot } is no longer available: the florists need time to make the bouquet. Please choose another time.
ordering-error-address = I couldn't read that address. Please type the street and building number, for example: Abay Ave 10, flat 25
ordering-error-name = Please type the recipient's name — one word is enough.
ordering-error-postcard-too-long = The card message can be at most { $limit } characters. Please shorten it.
ordering-error-product-gone = Sorry, this bouquet has sold out. Please choose another one.
ordering-error-choose-again = It looks like something is missing from the order. Let's go over it.
ordering-error-shop-closed = Sorry, the shop isn't taking orders right now. Please come back later.

edit-field-bouquet = Bouquet
edit-field-fulfilment = Delivery or pickup
edit-field-date-time = Date and time
edit-field-address = Address
edit-field-recipient = Recipient
edit-field-postcard = Card
edit-field-anonymity = Signature
edit-field-surprise = Call to the recipient
edit-field-phone = Your phone
edit-field-payment = Payment method

payment-kaspi = 📲 Kaspi.kz
payment-card = 💳 Bank card
payment-cash = 💵 Cash

## Order texts (summary, confirmation, florists' card)

order-line-item = 💐 { $title } × { $quantity } — { $total }
order-line-delivery = 🚚 Delivery: { $date }, { $slot }
order-line-pickup = 🏪 Pickup: { $date }, { $slot }, { $address }
order-line-address = 📍 Address: { $address } ({ $zone })
order-line-location = 📍 Location: { $point } ({ $zone })
order-line-ask-recipient = 📍 We'll check the address with the recipient ({ $zone })
order-line-recipient = 👤 Recipient: { $name }, { $phone }
order-line-postcard = 💌 Card: “{ $text }”
order-line-no-postcard = 💌 No card
order-line-signed = ✍️ Signed with the sender's name
order-line-anonymous = 🕶 Anonymous, unsigned
order-line-call-first = 📞 Call the recipient before delivery
order-line-surprise = 🤫 Don't call the recipient — it's a surprise
order-line-phone = 📱 Your phone: { $phone }
order-line-payment = 💳 Payment: { $method ->
    [kaspi] via Kaspi.kz
    [card] by bank card
   *[cash] in cash
}
order-total-items = Bouquets: { $amount }
order-total-delivery = Delivery: { $amount }
order-total-delivery-free = Delivery: free
order-total = Total: { $amount }

## Florists

florist-new-order = 🆕 New order #{ $number }
florist-order-status = 📋 Status: { $status }

## Order statuses (lower case: they follow a colon)

order-status-new = new
order-status-accepted = accepted
order-status-assembling = being made
order-status-photo-sent = photo sent to the customer
order-status-approved = photo approved
order-status-in-delivery = with the courier
order-status-delivered = delivered
order-status-ready-for-pickup = ready for pickup
order-status-picked-up = picked up
order-status-cancelled = cancelled
florist-customer = 🙋 Customer: { $name }, { $phone }

## Tracking: the customer's orders, lookup by tracking code or own phone

menu-my-orders = 📦 My orders
help-tracking = 📦 My orders (/my) — where your orders are. You can also just send me the tracking code from the order message.
help-staff =
    For shop staff:
    /orders — today's orders by delivery time
    /orders tomorrow — tomorrow's, /orders 05.12 — any day's
    /order 12 — an order card with status and payment buttons
tracking-list-title = 📦 Your orders:
tracking-list-title-paged = 📦 Your orders, { $range } of { $count }:
tracking-list-entry = #{ $number } — { $fulfilment ->
    [pickup] 🏪 pickup on
   *[delivery] 🚚 delivery on
} { $date }, { $slot }
tracking-list-status = 📋 { $status } · { $total }
tracking-list-item = 💐 { $title } × { $quantity }
tracking-list-footer = Tap an order number to see the details.
tracking-order-button = #{ $number }
tracking-page-previous = ⬅️ Back
tracking-page-next = More ➡️
tracking-find-by-phone-button = 📱 Find orders by my number
tracking-list-empty =
    There are no orders in this chat yet.
    Ordered from another account? Send me the tracking code from the order message — or tap “📱 Share my number” and I'll find the orders placed with your number.
tracking-ask-contact = Tap “📱 Share my number”: I'll find the orders placed with your number and let you know whenever their status changes. Telegram confirms that the number is yours, so nobody can see other people's orders this way.
tracking-contact-not-own = This contact doesn't show that the number is yours. I only show orders for your own number — Telegram confirms it when you tap “📱 Share my number” below. That way nobody sees other people's orders.
tracking-phone-typed = I don't show orders for a typed number — otherwise anyone could look at other people's orders. Tap “📱 Share my number”: Telegram will confirm that the number is yours. Or send the tracking code from the order message.
tracking-hint-contact = Tap “📱 Share my number” or send the tracking code from the order message. To go back to the menu, tap “⬅️ Main menu”.
tracking-menu-button = ⬅️ Main menu
tracking-back-to-menu = All right! What else can I do for you?
tracking-phone-linked = { $count ->
    [one] Found { $count } order for { $phone }. It's now in “📦 My orders”, and I'll let you know whenever its status changes.
   *[other] Found { $count } orders for { $phone }. They're now in “📦 My orders”, and I'll let you know whenever their status changes.
}
tracking-phone-nothing = No orders found for { $phone }. If the order was placed with another number, send the tracking code from the order message.
tracking-code-not-found = No order found with the code { $code }. Please check the code: it's in the order confirmation message and is 12 characters long.
tracking-not-your-order = This order isn't linked to your chat
tracking-card-title = 📦 Order #{ $number }
tracking-paid = 💳 Payment received
tracking-history-title = 🕓 History:
tracking-history-entry = { $date }, { $time } — { $status }
tracking-history-entry-note = { $date }, { $time } — { $status } ({ $note })
tracking-code-linked = 🔔 I'll send you a message when the order status changes.
tracking-back-to-list = ⬅️ Back to my orders

## Order notifications: the status in words and what happens next

notify-status = 📦 Order #{ $number }: { $status }
notify-reason = Reason: { $reason }
notify-paid = 💳 We've received the payment for order #{ $number } — thank you!
order-next-new = A florist will look at your order soon.
order-next-accepted = The florist will start making your bouquet soon.
order-next-assembling = The florist is making your bouquet — we'll send a photo as soon as it's ready.
order-next-photo-sent = Have a look at the photo of the bouquet and tell us whether you like it.
order-next-approved = { $fulfilment ->
    [pickup] Your bouquet will soon be ready for pickup — we'll let you know.
   *[delivery] We'll hand the bouquet to the courier soon — we'll let you know.
}
order-next-in-delivery = The courier is on the way with your bouquet: delivery on { $date }, { $slot }.
order-next-ready-for-pickup = We'll be expecting you on { $date }, { $slot }, at { $address }.
order-next-thanks = Thank you for choosing us! We hope to see you again 💐
order-next-cancelled = { $paid ->
    [yes] We'll refund your payment — we'll be in touch.
   *[no] If you'd like to place a new order, the catalog is in the menu.
}

## Florists' board

board-staff-only = The /{ $command } command is for shop staff. Your orders are in “📦 My orders” or under /my.
board-staff-only-button = This button is for shop staff
board-orders-usage = I didn't understand which day to show orders for. For example: /orders, /orders tomorrow or /orders 05.12
board-order-usage = Give the order number, for example: /order 12
board-order-not-found = There is no order #{ $number }.
board-order-gone = There is no such order
board-day-title = 📋 Orders for { $date }: { $count }
board-day-count = { $count ->
    [one] { $count } order
   *[other] { $count } orders
}
board-day-empty = 📋 No orders for { $date }.
board-day-footer = For an order card, tap its number or send /order N. Other days: /orders tomorrow, /orders 05.12
board-slot = ⏰ { $slot }
board-day-button = 📋 All orders for { $date }
board-entry = #{ $number } · { $status } · { $fulfilment ->
    [pickup] 🏪
   *[delivery] 🚚
} { $items } · { $paid ->
    [yes] ✅ paid
   *[no] 💳 not paid
}
board-card-title = 📦 Order #{ $number }
board-paid-at = ✅ Paid: { $date }, { $time }
board-unpaid = 💳 Not paid
board-action-accepted = ✅ Accept
board-action-assembling = 💐 Start making
board-action-reassemble = 🔁 Back to making
board-action-photo-sent = 📷 Send photo
board-action-approved = 👍 Photo approved
board-action-in-delivery = 🚚 To the courier
board-action-delivered = 🏁 Delivered
board-action-ready-for-pickup = 🏪 Ready for pickup
board-action-picked-up = 🤝 Picked up
board-action-cancelled = ✖️ Cancel
board-action-paid = 💰 Payment received
board-status-changed = { $code ->
    [cancelled] ✖️
   *[other] ✅
} Order #{ $number }: { $status }
board-customer-notified = 🔔 The customer has been notified.
board-status-stale = The status of order #{ $number } has already changed: it is now “{ $status }”. The button was out of date; nothing has been changed.
board-cancel-confirm = Cancel order #{ $number }? The customer will be notified with the reason.
board-cancel-yes = ✖️ Yes, cancel
board-cancel-no = Don't cancel
board-cancel-ask-reason = Why are we cancelling order #{ $number }? Type the reason — the customer will see it. Or choose an option below.
board-reason-customer = The customer asked to cancel
board-reason-no-flowers = The flowers needed are not available
board-reason-no-contact = We couldn't reach the customer
board-cancel-keep = ⬅️ Don't cancel
board-cancel-kept = All right, the order stays.
board-cancel-reason-too-long = The reason can be at most { $limit } characters. Please shorten it.
board-paid-marked = 💰 Order #{ $number } is marked as paid.
board-paid-already = Order #{ $number } is already marked as paid

## Live on Telegram: the commands menu (descriptions up to 256 characters)

bot-command-catalog = Catalog: choose and order a bouquet
bot-command-my = My orders
bot-command-help = Help
bot-command-cancel = Cancel what we're doing
bot-command-start = Main menu
bot-command-orders = Today's orders
bot-command-photo = Photo of a finished bouquet for the customer

## Photo search

menu-photo-search = 📷 Search by photo
photo-search-ask =
    Send me a photo of a bouquet you like — I'll find it in our catalog or pick similar ones.
    A phone snapshot, a screenshot or a picture from the internet will do; you can also send it as a file.
photo-search-exact =
    I found this bouquet in our catalog:

    { $title }
    { $description }

    Price: { $price }
photo-search-exact-short =
    I found this bouquet in our catalog:

    { $title }
    Price: { $price }
photo-search-similar-intro = { $count ->
    [one] We don't have exactly this bouquet, but here is a similar one:
   *[other] We don't have exactly this bouquet, but here are some similar ones:
}
photo-search-card =
    { $title }
    Price: { $price }
photo-search-none = Sorry, we couldn't find any similar bouquets. Have a look at the catalog — you're sure to find something you like.
photo-search-exact-sold-out = This bouquet is in our catalog ({ $title }), but unfortunately it's out of stock right now. Have a look at the other bouquets in the catalog.
photo-search-sold-out-message = Sorry, this bouquet has already sold out. Have a look at the other bouquets in the catalog.
photo-search-order-button = Order
photo-search-catalog-button = 💐 Open the catalog
photo-search-error-unsupported = I can't open this file. Please send a photo in JPEG or PNG format.
photo-search-error-corrupt = The file seems to be damaged: I couldn't open it. Please send another photo.
photo-search-error-too-large = This photo is too large. Please send a smaller one — an ordinary phone photo will do.
photo-search-error-download = I couldn't load the photo. Please try sending it again a little later.

## Admin tools: roles, notices to customers, catalog by chat, stats (issue 7)

admin-only = This command is for shop administrators. See /help for what I can do.
admin-only-button = This button is for shop administrators.
admin-cancelled = All right, cancelled.
admin-florist-ask = Send the florist's contact (📎 → Contact) or their numeric Telegram ID. Changed your mind? /cancel.
admin-florist-usage =
    Managing florists:
    /florist add — add one: the bot will ask for a contact or an ID
    /florist add 123456789 — add by Telegram ID
    /florist remove 123456789 — remove
    /florists — the list
admin-florist-contact-without-account = This contact has no Telegram account, so it can't be added. Send another contact or a numeric ID.
admin-florist-added = ✅ { $who } is now a florist: /orders, order cards and status changes are available to them. The command menu in the florist's chat will update.
admin-florist-already = { $who } is already on the shop team — nothing to change.
admin-florist-removed = ✅ { $who } is no longer a florist: orders and staff buttons are no longer available to them.
admin-florist-not-granted = { $who } is not among the florists added in chat. Florists from the shop settings file are changed in the file itself.
admin-florists-title = { $count ->
    [one] 👩‍🌾 The shop has { $count } florist:
   *[other] 👩‍🌾 The shop has { $count } florists:
}
admin-florists-configured = • { $who } — from the settings file
admin-florists-granted = • { $who } — added in chat
admin-person = { $name } (ID { $id })
admin-person-id = ID { $id }
admin-florists-empty = No florists yet. To add one: /florist add
admin-florists-footer = To add: /florist add. To remove: the button below or /florist remove ID.
admin-florist-remove-button = ✖️ Remove: { $who }

broadcast-ask = Send the text of the broadcast or a photo with a caption. Before sending, I'll show you how customers will see it. Changed your mind? /cancel.
broadcast-usage = /broadcast — a new broadcast to customers, /broadcast cancel — stop the current one.
broadcast-too-long = Too long: { $length } characters, and the limit is { $limit }. Please shorten it and send it again.
broadcast-confirm = { $count ->
    [one] ☝️ This is how customers will see the message. It will go to { $count } person. Shall we send it?
   *[other] ☝️ This is how customers will see the message. It will go to { $count } people. Shall we send it?
}
broadcast-send = 📣 Send
broadcast-discard = ✖️ Don't send
broadcast-discarded = The broadcast won't be sent.
broadcast-confirm-first = First send the broadcast with “📣 Send” under the preview, or drop it with “✖️ Don't send”.
broadcast-stale = This preview is out of date. Start again: /broadcast
broadcast-no-recipients = There's nobody to send it to: every customer has unsubscribed from news or blocked the bot.
broadcast-busy = Broadcast #{ $id } is being sent right now. You can start a new one when it finishes, or stop it: /broadcast cancel
broadcast-nothing-to-cancel = There's no broadcast in progress to stop.
broadcast-progress-title = 📣 Broadcast #{ $id } is being sent
broadcast-progress-hint = To stop it: /broadcast cancel
broadcast-done-title = 📣 Broadcast #{ $id } is complete
broadcast-stopped-title = ⏹ Broadcast #{ $id } has been stopped
broadcast-report-title = ✅ Broadcast #{ $id } is complete. Summary:
broadcast-cancelled-title = ⏹ Broadcast #{ $id } has been stopped. Summary:
broadcast-sent = Delivered: { $count } of { $total }
broadcast-failed = Not delivered because of an error: { $count }
broadcast-blocked = Blocked the bot: { $count }
broadcast-withdrawn = Withdrawn before sending: { $count }
broadcast-remaining = Still to send: { $count }

subscription-stopped = Done, we won't send you news and offers any more. Messages about your orders will keep coming as usual. Changed your mind? /subscribe.
subscription-already-stopped = You've already unsubscribed from news. Messages about your orders come as usual. To get news again: /subscribe.
subscription-started = Done, we'll send you the shop's news and offers again. To unsubscribe: /stop.
subscription-already-on = You're already getting the shop's news. To unsubscribe: /stop.
subscription-resumed-on-start = You're subscribed to the shop's news again. To unsubscribe: /stop.
help-notices = /stop — no more news and offers (we'll still tell you about your orders), /subscribe — get them again
help-admin =
    For administrators:
    /broadcast — a broadcast to customers (/broadcast cancel — stop it)
    /stats — orders, revenue and customers
    /products — products with their numbers; /product add — add a product from a photo
    /product hide 12, /product show 12, /product price 12 15000 — hide, show, change the price
    /florists — florists; /florist add, /florist remove — add and remove

product-ask = Send a photo of the bouquet with the caption: Name; price; category. For example: Tenderness; 15000; Bouquets. Changed your mind? /cancel.
product-caption-invalid = I couldn't read the caption. It should be: Name; price; category — for example: Tenderness; 15000; Bouquets. Please send the photo with the caption again.
product-unknown-category = There is no category “{ $category }”. The categories are: { $categories }. Please send the photo with the caption again.
product-photo-unavailable = I couldn't load the photo. Please send it again.
product-added = ✅ Product #{ $id } “{ $title }” at { $price } has been added to the catalog. It can already be ordered and found by photo.
product-usage = Products: /product add — add, /product hide 12 — hide, /product show 12 — show, /product price 12 15000 — new price.
product-not-found = There is no product #{ $id }. Product numbers are in /products.
product-hidden = 🙈 Product #{ $id } “{ $title }” is hidden: it no longer appears in the catalog or in photo search.
product-shown = 👁 Product #{ $id } “{ $title }” is back in the catalog.
product-price-changed = 💰 Product #{ $id } “{ $title }” now costs { $price }.
products-title = { $count ->
    [one] 🛍 The catalog has { $count } product:
   *[other] 🛍 The catalog has { $count } products:
}
products-category = <b>{ $category }</b>
products-entry = #{ $id } { $title } — { $price }
products-entry-hidden = #{ $id } { $title } — { $price } (hidden)

stats-title = 📊 Shop statistics
stats-today = Today — orders: { $count }, revenue: { $revenue }, average order: { $average }
stats-week = Since Monday — orders: { $count }, revenue: { $revenue }, average order: { $average }
stats-conversion = Started an order this week: { $started }, placed one: { $confirmed } — conversion { $rate }
stats-photo-approval = Bouquet photo approved the first time: { $approved } of { $decided } ({ $rate })
stats-audience = Blocked the bot: { $blocked }, unsubscribed from news: { $opted }

bot-command-stop = Stop the shop's news
bot-command-broadcast = Broadcast to customers
bot-command-stats = Statistics
bot-command-products = Products
bot-command-florists = Florists

## Photo approval

approval-staff-only = Photos of finished bouquets are sent by the shop's florists. If you'd like to find a bouquet by your own photo, just send it to me, without a command.
approval-photo-usage = Send the bouquet photo with the caption /photo N, where N is the order number, or as a reply to the order card. A plain photo works too — I'll suggest the orders being made today.
approval-send-photo = 📷 Send the photo of the finished bouquet for order #{ $number } — one or several at once.
approval-no-orders-today = No orders are being made today. Send the photo with the caption /photo N, where N is the order number.
approval-not-assembling = Order #{ $number } is now: { $status }. Bouquet photos can be sent until the customer has approved the bouquet.
approval-choose-order = { $count ->
    [one] Which order is this photo for?
   *[other] Which order are these photos for?
}
approval-order-button = #{ $number } · { $slot }
approval-prompt-choose = Choose the order with a button above or send /cancel.
approval-abandoned = All right, I won't send the photo anywhere.
approval-sent-to-customer = { $chats ->
    [0] 📷 The photo for order #{ $number } is saved, but the order has no chat with the customer — please contact them yourself.
   *[other] { $photos ->
        [one] 📷 The photo for order #{ $number } has been sent to the customer. We'll wait for an answer until { $time }; after that the bouquet will be approved automatically.
       *[other] 📷 { $photos } photos for order #{ $number } have been sent to the customer. We'll wait for an answer until { $time }; after that the bouquet will be approved automatically.
    }
}
approval-approved-for-florist = 👍 The customer likes the bouquet for order #{ $number } — the photo is approved.
approval-auto-approved-for-florist = ⏰ The customer didn't answer in time — the photo for order #{ $number } has been approved automatically.
approval-change-for-florist = ✏️ The customer would like changes to the bouquet for order #{ $number }. I'll ask what exactly and pass it on to you.
approval-late-approval-for-florist = 👍 The customer confirmed they like the bouquet for order #{ $number } (the photo had already been approved automatically).
approval-comment-for-florist = { $late ->
    [yes] 💬 The customer answered after the automatic approval, order #{ $number }:
   *[no] 💬 What to change in the bouquet for order #{ $number }:
}
approval-comment-quote = “{ $comment }”
approval-button-approve = 👍 All good
approval-button-change = ✏️ I'd like changes
approval-photo-caption = { $fulfilment ->
    [pickup] 💐 Your bouquet for order #{ $number } is ready! Pickup: { $date }, { $slot }.
   *[delivery] 💐 Your bouquet for order #{ $number } is ready! Delivery: { $date }, { $slot }.
}
approval-question = Do you like it? If you don't answer by { $time }, { $fulfilment ->
    [pickup] we'll get the bouquet ready for pickup as it is.
   *[delivery] we'll hand the bouquet to the courier as it is.
}
approval-reminder = ⏰ A reminder: please look at the photo of the bouquet for order #{ $number } and answer by { $time }. If we don't hear from you, { $fulfilment ->
    [pickup] we'll get the bouquet ready for pickup as it is.
   *[delivery] we'll hand the bouquet to the courier as it is.
}
approval-approved-thanks = 👍 Thank you! The bouquet for order #{ $number } is approved. { $fulfilment ->
    [pickup] We'll let you know when you can pick it up.
   *[delivery] We'll hand it to the courier soon — we'll let you know.
}
approval-ask-comment = ✏️ What should we change in the bouquet for order #{ $number }? Write it in a reply — or send a photo with a caption showing how it should look. The florist will adjust the bouquet and send a new photo.
approval-ask-late-comment = The bouquet for order #{ $number } has already been approved automatically, but the florist can still adjust it. Write what to change and we'll pass it on straight away.
approval-prompt-comment = Write what to change in the bouquet for order #{ $number }, or send a photo with a caption. Changed your mind? Send /cancel.
approval-comment-abandoned = All right, no changes.
approval-comment-too-long = That's too long: please keep it within { $limit } characters.
approval-comment-passed = { $late ->
    [yes] Thank you, we've passed it on to the florist. If anything changes, we'll let you know.
   *[no] Thank you, we've passed it on to the florist! We'll send a new photo as soon as the bouquet is ready.
}
approval-change-elsewhere = ✏️ Changes to the bouquet for order #{ $number } have been requested — we'll send a new photo once the florist has adjusted it.
approval-auto-approved = { $fulfilment ->
    [pickup] ⏰ We didn't hear back, so we've approved the bouquet for order #{ $number } as it is — we'll let you know when you can pick it up. If something isn't right, tap “✏️ I'd like changes” under the photo and we'll pass it on to the florist.
   *[delivery] ⏰ We didn't hear back, so we've approved the bouquet for order #{ $number } as it is — we'll hand it to the courier soon. If something isn't right, tap “✏️ I'd like changes” under the photo and we'll pass it on to the florist.
}
approval-late-thanks = Thank you! We're glad you like the bouquet 💐
approval-stale = This photo is out of date — no answer needed
approval-not-yours = This order was placed in another chat
approval-help-staff = /photo 12 as the caption of the bouquet photo (or a photo as a reply to the order card) — send the photo to the customer for approval

## Language: /language

language-choose = 🌐 Which language shall we speak?
language-name-ru = Русский
language-name-kk = Қазақша
language-name-en = English
language-changed = Done! From now on I'll speak English with you.
language-unknown = Sorry, I don't speak that language — nothing has changed. Please choose one of the buttons.
help-language = 🌐 /language — change the language: Русский, Қазақша, English
bot-command-language = Language: Русский, Қазақша, English
