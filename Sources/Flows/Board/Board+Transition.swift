import Dialog
import FlowerShop
import Foundation

/// The florists' order board as one pure function: the day's orders, an order's card, status
/// changes by the lifecycle, cancellation with confirmation and a reason, payment received.
public enum Board {
  /// The longest cancellation reason kept.
  public static let reasonLimit = 300

  public static func transition(
    _ s: BoardState?, _ event: BoardEvent, _ c: OrderingContext, _ actor: Author
  )
    -> BoardTransition
  {
    // The rights check: the presser's role, looked up for this very input, before anything else.
    guard actor.role.isStaff else { return refused(event, s) }
    switch event {
    case .ordersCommand(let arguments):
      guard let date = day(arguments, c) else { return BoardTransition(s, [.send(Reply(key(.boardOrdersUsage)))]) }
      return BoardTransition(s, [.loadDay(date)])
    case .orderCommand(let arguments):
      guard let number = orderNumber(arguments) else {
        return BoardTransition(s, [.send(Reply(key(.boardOrderUsage)))])
      }
      return BoardTransition(s, [.loadOrder(.number(number), .card)])
    case .buttonPressed(let button):
      return pressed(button, s, c, actor)
    case .textEntered(let text):
      return reasonEntered(text, s, c, actor)
    case .abandoned:
      guard s != nil else { return BoardTransition(nil) }
      return kept(actor)
    case .otherInput:
      guard case .awaitingCancelReason(let request) = s else { return BoardTransition(s) }
      return BoardTransition(s, [.send(BoardText.askReason(request.number))])
    case .dayLoaded(let date, let orders):
      return BoardTransition(s, [.send(BoardText.day(date, orders, c))])
    case .orderLoaded(let reference, let order, let purpose):
      return loaded(reference, order, purpose, s, c, actor)
    case .statusChanged(let outcome):
      return statusChanged(outcome, s, c, actor)
    case .paymentMarked(.marked(let order, let chats)):
      let notices = OrderNotice.paid(order, to: chats).map { BoardEffect.send($0) }
      return BoardTransition(s, [.send(BoardText.paymentMarked(order, notified: !chats.isEmpty, c))] + notices)
    case .paymentMarked(.alreadyPaid(let order)):
      return BoardTransition(s, [.toast(key(.boardPaidAlready, ["number": .number(order.number.rawValue)]))])
    case .paymentMarked(.notFound):
      return BoardTransition(s, [.toast(key(.boardOrderGone))])
    }
  }

  /// A customer's staff command or button: a polite answer, nothing changed or shown.
  static func refused(_ event: BoardEvent, _ s: BoardState?) -> BoardTransition {
    switch event {
    case .ordersCommand: return BoardTransition(s, [.send(Reply(key(.boardStaffOnly, ["command": "orders"])))])
    case .orderCommand: return BoardTransition(s, [.send(Reply(key(.boardStaffOnly, ["command": "order"])))])
    case .buttonPressed: return BoardTransition(s, [.toast(key(.boardStaffOnlyButton))])
    // A dialog left open when the role was taken away ends without doing anything.
    case .textEntered, .abandoned, .otherInput:
      return BoardTransition(nil, [.send(MainMenu.reply(.boardStaffOnly, ["command": "orders"]))])
    case .dayLoaded, .orderLoaded, .statusChanged, .paymentMarked: return BoardTransition(nil)
    }
  }

  static func pressed(_ button: StaffButton, _ s: BoardState?, _ c: OrderingContext, _ actor: Author) -> BoardTransition
  {
    switch button {
    case .card(let id):
      return BoardTransition(s, [.loadOrder(.id(id), .card)])
    case .status(let id, _, .cancelled):
      return BoardTransition(s, [.loadOrder(.id(id), .confirmCancel)])
    case .status(let id, let from, let to):
      return BoardTransition(s, [.changeStatus(id, from: from, to: to, note: nil, actor: actor.name)])
    case .confirmCancel(let id):
      return BoardTransition(s, [.loadOrder(.id(id), .askReason)])
    case .keepOrder(let id):
      if case .awaitingCancelReason(let request) = s, request.order == id { return kept(actor) }
      return BoardTransition(s, [.toast(key(.boardCancelKept)), .loadOrder(.id(id), .card)])
    case .paid(let id):
      return BoardTransition(s, [.markPaid(id, actor: actor.name)])
    case .day(let date):
      return BoardTransition(s, [.loadDay(date)])
    }
  }

  static func key(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> Text { .key(key.rawValue, arguments) }
}

extension Optional where Wrapped == BoardState {
  /// The state once `order` is settled: a cancellation waiting for this order is over.
  func closing(_ order: OrderID) -> BoardState? {
    switch self {
    case .awaitingCancelReason(let request)? where request.order == order: nil
    case .awaitingCancelReason?, nil: self
    }
  }
}
