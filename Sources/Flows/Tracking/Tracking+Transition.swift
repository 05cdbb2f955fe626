import Dialog
import FlowerShop
import Foundation

/// The customer's tracking as one pure function: their orders, one order's card, lookup by a
/// tracking code, and lookup by their own phone. Orders are shown only to chats linked to
/// them; linking takes the tracking code or the customer's own contact, never a typed number.
public enum Tracking {
  /// Orders per page of the list.
  public static let pageSize = 5

  /// `state` nil: the chat is in the main menu (or another dialog, for stateless buttons).
  public static func transition(
    _ s: TrackingState?, _ event: TrackingEvent, _ c: OrderingContext, _ actor: Author
  )
    -> TrackingTransition
  {
    switch event {
    case .listRequested:
      return TrackingTransition(s, [.loadOrders(page: 1)])
    case .buttonPressed(.page(let page)):
      return TrackingTransition(s, [.loadOrders(page: page)])
    case .buttonPressed(.order(let id, let page)):
      return TrackingTransition(s, [.loadOrder(id, page: page)])
    case .buttonPressed(.findByPhone):
      return askContact(.trackingAskContact)
    case .codeEntered(let text):
      guard let code = TrackingID(validating: text) else { return codeNotFound(text, s) }
      return TrackingTransition(s, [.lookUp(code)])
    case .contactShared(let phone, let isOwn):
      return contactShared(phone, isOwn: isOwn, s)
    case .phoneTyped:
      return askContact(.trackingPhoneTyped)
    case .menuPressed:
      return TrackingTransition(nil, [.send(MainMenu.reply(.trackingBackToMenu))])
    case .otherInput:
      return TrackingTransition(s, [.send(Reply(key(.trackingHintContact)))])
    case .ordersLoaded(let page, let orders):
      guard !orders.isEmpty else { return askContact(.trackingListEmpty) }
      return TrackingTransition(s, [.send(TrackingText.list(orders, page: page, c))])
    case .orderLoaded(let tracked, let page):
      // The rights check: a chat sees only the orders linked to it, whatever the button says.
      guard let tracked, tracked.linkedChats.contains(actor.chat) else {
        return TrackingTransition(s, [.toast(key(.trackingNotYourOrder))])
      }
      return TrackingTransition(s, [.send(TrackingText.card(tracked, c, backToPage: page))])
    case .codeLookedUp(let code, let tracked):
      guard let tracked else { return codeNotFound(code.rawValue, s) }
      return TrackingTransition(
        nil, [.link([tracked.order.id]), .send(TrackingText.card(tracked, c, backToPage: nil))])
    case .phoneOrdersFound(let phone, let orders):
      let number = LocaleArgument.string(phone.formatted)
      guard !orders.isEmpty else {
        return TrackingTransition(nil, [.send(MainMenu.reply(.trackingPhoneNothing, ["phone": number]))])
      }
      let found = MainMenu.reply(.trackingPhoneLinked, ["count": .number(orders.count), "phone": number])
      return TrackingTransition(nil, [.link(orders.map(\.id)), .send(found), .loadOrders(page: 1)])
    }
  }

  /// The ownership rule: only a contact Telegram marks as the sender's own is looked up.
  static func contactShared(_ phone: String, isOwn: Bool, _ s: TrackingState?) -> TrackingTransition {
    guard isOwn else { return askContact(.trackingContactNotOwn) }
    switch PhoneNumber.parse(phone) {
    case .success(let number):
      return TrackingTransition(s, [.findOrders(number)])
    case .failure:
      return TrackingTransition(nil, [.send(MainMenu.reply(.trackingPhoneNothing, ["phone": .string(phone)]))])
    }
  }

  /// Outside the dialog (a deep link may be the chat's very first message) with the main menu.
  static func codeNotFound(_ code: String, _ s: TrackingState?) -> TrackingTransition {
    let text = key(.trackingCodeNotFound, ["code": .string(String(code.prefix(24)))])
    return TrackingTransition(s, [.send(Reply(text, keyboard: s == nil ? MainMenu.keyboard : nil))])
  }

  /// Explains, and shows the keyboard with the request_contact button.
  static func askContact(_ message: L10n) -> TrackingTransition {
    TrackingTransition(.awaitingContact, [.send(Reply(key(message), keyboard: contactKeyboard))])
  }

  static let contactKeyboard = Keyboard.reply([
    [ReplyButton(key(.buttonShareContact), request: .contact)],
    [ReplyButton(key(.trackingMenuButton))],
  ])

  /// Whether typed text is a phone number (which is never looked up): a valid number, or
  /// at least ten digits with only what people put between them (a foreign number).
  public static func looksLikePhone(_ text: String) -> Bool {
    if case .success = PhoneNumber.parse(text) { return true }
    let digits = text.filter { $0.isASCII && $0.isNumber }.count
    return digits >= 10 && text.allSatisfy { ($0.isASCII && $0.isNumber) || " +-().\u{00A0}".contains($0) }
  }

  static func key(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> Text { .key(key.rawValue, arguments) }
}
