import Dialog
import FlowerShop

/// The tracking dialog. Outside it (`nil`) the customer still uses tracking from the main menu;
/// the dialog exists only while the bot waits for the customer's own contact.
public enum TrackingState: Codable, Sendable, Equatable {
  /// Shows the "share my number" keyboard; waits for the customer's own contact, a tracking
  /// code, or "back to the menu".
  case awaitingContact
}

/// An order as a customer may see it: with its status history and the chats linked to it,
/// so the transition can check that the asking chat is one of them.
public struct TrackedOrder: Sendable, Equatable {
  public var order: Order
  public var history: [StatusChange]
  public var linkedChats: [ChatID]
  public init(order: Order, history: [StatusChange], linkedChats: [ChatID]) {
    self.order = order
    self.history = history
    self.linkedChats = linkedChats
  }
}

/// What the customer did, as tracking sees it, and the results of its effects.
public enum TrackingEvent: Sendable, Equatable {
  /// «📦 Мои заказы» or /my.
  case listRequested
  case buttonPressed(TrackingButton)
  /// A tracking code, typed or from a deep link (`/start t<code>`); checked before any lookup.
  case codeEntered(String)
  /// A shared contact; `isOwn` only when Telegram says it is the sender's own.
  case contactShared(phone: String, isOwn: Bool)
  /// A phone number typed as text: it never reveals an order.
  case phoneTyped
  /// «⬅️ В меню» on the tracking keyboard.
  case menuPressed
  /// Anything else while waiting for the contact.
  case otherInput
  /// Results of `loadOrders`: every order linked to the chat, newest first.
  case ordersLoaded(page: Int, [Order])
  /// Result of `loadOrder`; nil when no such order exists.
  case orderLoaded(TrackedOrder?, page: Int)
  /// Result of `lookUp`; nil when no order of this shop has the code.
  case codeLookedUp(TrackingID, TrackedOrder?)
  /// Result of `findOrders`: the orders placed with this phone, newest first.
  case phoneOrdersFound(PhoneNumber, [Order])
}

/// What tracking asks the shell to do.
public enum TrackingEffect: Sendable, Equatable {
  case send(Reply)
  /// Answers the pressed button with a short notice.
  case toast(Text)
  /// Loads the orders linked to this chat; comes back as `ordersLoaded`.
  case loadOrders(page: Int)
  /// Loads one order with its history and links; comes back as `orderLoaded`.
  case loadOrder(OrderID, page: Int)
  /// Finds this shop's order with the code; comes back as `codeLookedUp`.
  case lookUp(TrackingID)
  /// Finds this shop's orders placed with the phone; comes back as `phoneOrdersFound`.
  case findOrders(PhoneNumber)
  /// Links this chat to the orders: it sees them and gets their status changes.
  case link([OrderID])
}

/// The next state (nil: the tracking dialog is not open) and what to do.
public struct TrackingTransition: Sendable, Equatable {
  public var state: TrackingState?
  public var effects: [TrackingEffect]
  public init(_ state: TrackingState?, _ effects: [TrackingEffect] = []) {
    self.state = state
    self.effects = effects
  }
}
