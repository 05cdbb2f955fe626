import Dialog
import FlowerShop
import Foundation

/// The customer's side: answers, reminders, the deadline, comments.
extension Approval {
  /// The photos went out: the florist is told, every linked chat gets them with the buttons,
  /// and the reminder and deadline timers are set.
  static func stored(_ view: RoundView, _ c: OrderingContext) -> [ApprovalEffect] {
    let deadline = deadline(for: view, c)
    let reminder = view.round.sentAt.addingTimeInterval(deadline.timeIntervalSince(view.round.sentAt) / 2)
    let payload = String(view.round.id.rawValue)
    var effects: [ApprovalEffect] = [.send(ApprovalText.sentToCustomer(view, deadline: deadline, c))]
    for chat in view.linkedChats {
      effects += ApprovalText.photosForCustomer(view, chat: chat, deadline: deadline, c).map { .send($0) }
    }
    if reminder > view.round.sentAt {
      effects.append(.setTimer(chat: view.round.sentChat, name: ApprovalTimer.reminder, payload: payload, at: reminder))
    }
    effects.append(.setTimer(chat: view.round.sentChat, name: ApprovalTimer.deadline, payload: payload, at: deadline))
    return effects
  }

  /// The configured waiting time after the photo, but never later than the courier must leave
  /// for the slot (and never before the photo was sent).
  public static func deadline(for view: RoundView, _ c: OrderingContext) -> Date {
    let delivery = c.shop.delivery
    let waited = view.round.sentAt.addingTimeInterval(Double(delivery.photoApprovalMinutes * 60))
    let courier = c.policy.start(of: view.order.request.slot).addingTimeInterval(Double(-delivery.courierMinutes * 60))
    return max(min(waited, courier), view.round.sentAt)
  }

  static func roundLoaded(
    _ view: RoundView?, _ purpose: RoundPurpose, _ s: ApprovalState?, _ c: OrderingContext, _ actor: Author
  ) -> ApprovalTransition {
    switch purpose {
    case .remind:
      guard let view, view.awaitsAnswer else { return ApprovalTransition(s) }
      let deadline = deadline(for: view, c)
      return ApprovalTransition(
        s, view.linkedChats.map { .send(ApprovalText.reminder(view, chat: $0, deadline: deadline, c)) })
    case .deadline:
      guard let view, view.awaitsAnswer else { return ApprovalTransition(s) }
      return ApprovalTransition(s, [.decide(view.round.id, .autoApproved, actor: "system")])
    case .approve, .change:
      guard let view else { return ApprovalTransition(s, [.toast(ApprovalText.stale())]) }
      // Rights: only the chats linked to the order answer for it.
      guard view.linkedChats.contains(actor.chat) else {
        return ApprovalTransition(s, [.toast(ApprovalText.notYours())])
      }
      let by = actor.role.actor(actor.user)
      if view.awaitsAnswer {
        return ApprovalTransition(
          s, [.decide(view.round.id, purpose == .approve ? .approved : .changesRequested, actor: by)])
      }
      guard view.takesLateAnswer else { return ApprovalTransition(s, [.toast(ApprovalText.stale())]) }
      if purpose == .approve {
        return ApprovalTransition(
          s, [.send(ApprovalText.lateThanks(view)), .send(ApprovalText.lateApprovalForFlorist(view))])
      }
      return ApprovalTransition(
        .awaitingComment(round: view.round.id, number: view.order.number), [.send(ApprovalText.askLateComment(view))])
    }
  }

  static func decided(
    _ view: RoundView?, _ decision: PhotoDecision, _ s: ApprovalState?, _ c: OrderingContext, _ actor: Author
  ) -> ApprovalTransition {
    guard let view else { return ApprovalTransition(s, [.toast(ApprovalText.stale())]) }
    switch decision {
    case .approved:
      let others = view.linkedChats.filter { $0 != actor.chat }
      return ApprovalTransition(
        s,
        [.send(ApprovalText.approvedThanks(view))]
          + OrderNotice.statusChanged(view.order, note: nil, to: others, c).map { .send($0) }
          + [.send(ApprovalText.approvedForFlorist(view, c))])
    case .changesRequested:
      let others = view.linkedChats.filter { $0 != actor.chat }
      return ApprovalTransition(
        .awaitingComment(round: view.round.id, number: view.order.number),
        [.send(ApprovalText.askComment(view))]
          + others.map { .send(ApprovalText.changeRequestedElsewhere(view, chat: $0)) }
          + [.send(ApprovalText.changeRequestedForFlorist(view))])
    case .autoApproved:
      return ApprovalTransition(
        s,
        view.linkedChats.map { .send(ApprovalText.autoApproved(view, chat: $0)) } + [
          .send(ApprovalText.autoApprovedForFlorist(view, c))
        ])
    case .closedByStaff, .superseded:
      return ApprovalTransition(s)
    }
  }

  /// Text (or a photo's caption) inside a dialog: the customer's comment, or a florist's
  /// message where a photo was expected.
  static func entered(_ text: String, photo: String?, _ s: ApprovalState?) -> ApprovalTransition {
    guard case .awaitingComment(let round, let number)? = s else {
      return ApprovalTransition(s, s.map { ApprovalText.prompt($0).map { .send($0) } } ?? [])
    }
    let comment = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !comment.isEmpty || photo != nil else {
      return ApprovalTransition(
        s, ApprovalText.prompt(.awaitingComment(round: round, number: number)).map { .send($0) })
    }
    guard comment.count <= commentLimit else {
      return ApprovalTransition(s, [.send(ApprovalText.commentTooLong(commentLimit))])
    }
    return ApprovalTransition(s, [.recordComment(round, text: comment, photo: photo)])
  }

  /// The longest comment passed on (a caption holds 1024 characters with the card's header).
  public static let commentLimit = 800
}
