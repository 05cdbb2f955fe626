import Dialog
import FlowerShop

/// The staff dialog of the order board. Outside it (`nil`) commands and card buttons need no
/// dialog; the dialog exists only while a cancellation waits for its reason.
public enum BoardState: Codable, Sendable, Equatable {
  /// A staff member confirmed cancelling an order; waits for their reason (typed, or one of
  /// the suggested ones) or "keep the order".
  case awaitingCancelReason(CancelRequest)
}

/// A confirmed cancellation waiting for its reason.
public struct CancelRequest: Codable, Sendable, Equatable {
  public var order: OrderID
  public var number: OrderNumber
  /// Who confirmed: only they give the reason (the florists' chat may be a group).
  public var by: UserID
  public init(order: OrderID, number: OrderNumber, by: UserID) {
    self.order = order
    self.number = number
    self.by = by
  }
}

/// How an order is named: by a card's button (its id) or by a person (its number).
public enum OrderReference: Sendable, Equatable {
  case id(OrderID)
  case number(OrderNumber)
}

/// Why an order is loaded.
public enum BoardLoadPurpose: Sendable, Equatable {
  /// To show its card.
  case card
  /// To ask whether to cancel it.
  case confirmCancel
  /// To ask for the reason of a confirmed cancellation.
  case askReason
}

/// The result of `changeStatus`.
public enum StatusChangeOutcome: Sendable, Equatable {
  /// Changed and recorded; `linkedChats` are notified.
  case changed(Order, linkedChats: [ChatID], note: String?)
  /// Not changed: the order is no longer in the status the button was made for, or the
  /// lifecycle does not allow the change now.
  case refused(Order)
  case notFound
}

/// The result of `markPaid`.
public enum PaymentOutcome: Sendable, Equatable {
  case marked(Order, linkedChats: [ChatID])
  case alreadyPaid(Order)
  case notFound
}

/// What a staff member (or someone pretending) did, and the results of the board's effects.
public enum BoardEvent: Sendable, Equatable {
  /// `/orders`, `/orders tomorrow`, `/orders 05.12`.
  case ordersCommand(arguments: String)
  /// `/order 12`.
  case orderCommand(arguments: String)
  case buttonPressed(StaffButton)
  case textEntered(String)
  /// `/cancel` while a cancellation waits for its reason.
  case abandoned
  /// A photo, contact or location while a cancellation waits for its reason.
  case otherInput
  case dayLoaded(LocalDate, [Order])
  case orderLoaded(OrderReference, Order?, BoardLoadPurpose)
  case statusChanged(StatusChangeOutcome)
  case paymentMarked(PaymentOutcome)
}

/// What the board asks the shell to do.
public enum BoardEffect: Sendable, Equatable {
  case send(Reply)
  case toast(Text)
  /// Loads the shop's orders of a day; comes back as `dayLoaded`.
  case loadDay(LocalDate)
  /// Comes back as `orderLoaded`.
  case loadOrder(OrderReference, BoardLoadPurpose)
  /// Changes the status if the order is still in `from` (nil: whatever it is), validated by
  /// the lifecycle and recorded with `actor`; comes back as `statusChanged`.
  case changeStatus(OrderID, from: OrderStatus?, to: OrderStatus, note: String?, actor: String)
  /// Records the payment received; comes back as `paymentMarked`.
  case markPaid(OrderID, actor: String)
}

/// The next state (nil: no board dialog) and what to do.
public struct BoardTransition: Sendable, Equatable {
  public var state: BoardState?
  public var effects: [BoardEffect]
  public init(_ state: BoardState?, _ effects: [BoardEffect] = []) {
    self.state = state
    self.effects = effects
  }
}
