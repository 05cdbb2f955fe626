import Dialog
import FlowerShop
import Foundation

/// What the board does with the results of its effects.
extension Board {
  static func loaded(
    _ reference: OrderReference, _ order: Order?, _ purpose: BoardLoadPurpose, _ s: BoardState?, _ c: OrderingContext,
    _ actor: Author
  ) -> BoardTransition {
    guard let order else {
      switch reference {
      case .number(let number):
        return BoardTransition(s, [.send(Reply(key(.boardOrderNotFound, ["number": .number(number.rawValue)])))])
      case .id: return BoardTransition(s, [.toast(key(.boardOrderGone))])
      }
    }
    let cancellable = OrderLifecycle.nextStatuses(from: order.status, fulfilment: order.request.fulfilment).contains(
      .cancelled)
    switch purpose {
    case .card:
      return BoardTransition(s, [.send(BoardText.card(order, c))])
    case .confirmCancel:
      guard cancellable else { return BoardTransition(s, [.send(BoardText.stale(order, c))]) }
      return BoardTransition(s, [.send(BoardText.confirmCancel(order, c))])
    case .askReason:
      guard cancellable else { return BoardTransition(s, [.send(BoardText.stale(order, c))]) }
      let request = CancelRequest(order: order.id, number: order.number, by: actor.user)
      return BoardTransition(.awaitingCancelReason(request), [.send(BoardText.askReason(order.number))])
    }
  }

  static func reasonEntered(_ raw: String, _ s: BoardState?, _ c: OrderingContext, _ actor: Author) -> BoardTransition {
    guard case .awaitingCancelReason(let request) = s else { return BoardTransition(s) }
    // In a group, only the person who confirmed gives the reason; others' messages are not for the bot.
    guard request.by == actor.user else { return BoardTransition(s) }
    let reason = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    if c.labels.matches(reason, .boardCancelKeep) { return kept(actor) }
    guard !reason.isEmpty, reason.count <= reasonLimit else {
      return BoardTransition(s, [.send(Reply(key(.boardCancelReasonTooLong, ["limit": .number(reasonLimit)])))])
    }
    return BoardTransition(
      s, [.changeStatus(request.order, from: nil, to: .cancelled, note: reason, actor: actor.name)])
  }

  static func statusChanged(
    _ outcome: StatusChangeOutcome, _ s: BoardState?, _ c: OrderingContext, _ actor: Author
  )
    -> BoardTransition
  {
    switch outcome {
    case .changed(let order, let chats, let note):
      let staff = BoardText.statusChanged(order, note: note, notified: !chats.isEmpty, c, actor)
      let notices = OrderNotice.statusChanged(order, note: note, to: chats, c).map { BoardEffect.send($0) }
      return BoardTransition(s.closing(order.id), [.send(staff)] + notices)
    case .refused(let order):
      return BoardTransition(s.closing(order.id), [.send(BoardText.stale(order, c))])
    case .notFound:
      return BoardTransition(nil, [.send(Reply(key(.boardOrderGone)))])
    }
  }

  /// The cancellation is dropped; the menu keyboard comes back.
  static func kept(_ actor: Author) -> BoardTransition {
    BoardTransition(nil, [.send(Reply(key(.boardCancelKept), keyboard: BoardText.restoredKeyboard(actor)))])
  }
}
