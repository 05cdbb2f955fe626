import Dialog
import FlowerShop
import Foundation

/// The florists' side of the flow's texts.
enum ApprovalText {
  static func key(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> Text { .key(key.rawValue, arguments) }
  static func number(_ order: Order) -> [String: LocaleArgument] { ["number": .number(order.number.rawValue)] }

  static func staffOnly() -> Reply { Reply(key(.approvalStaffOnly)) }
  static func photoUsage() -> Reply { Reply(key(.approvalPhotoUsage)) }
  static func sendPhoto(_ order: Order) -> Reply { Reply(key(.approvalSendPhoto, number(order))) }
  static func noOrdersToday() -> Reply { Reply(key(.approvalNoOrdersToday)) }
  static func stale() -> Text { key(.approvalStale) }
  static func notYours() -> Text { key(.approvalNotYours) }
  static func commentTooLong(_ limit: Int) -> Reply { Reply(key(.approvalCommentTooLong, ["limit": .number(limit)])) }

  static func orderNotFound(_ target: PhotoTarget) -> Reply {
    switch target {
    case .number(let number): Reply(key(.boardOrderNotFound, ["number": .number(number.rawValue)]))
    case .id: Reply(key(.boardOrderGone))
    }
  }

  static func notAssembling(_ order: Order) -> Reply {
    Reply(
      .format(
        L10n.approvalNotAssembling.rawValue,
        ["number": .verbatim(String(order.number.rawValue)), "status": OrderText.status(order.status)]))
  }

  /// "For which order?" with today's orders in assembly as buttons.
  static func chooseOrder(_ orders: [Order], photos: Int) -> Reply {
    let buttons = orders.prefix(BoardText.dayButtonLimit).map { order in
      InlineButton(
        key(
          .approvalOrderButton, ["number": .number(order.number.rawValue), "slot": .string(order.request.slot.label)]),
        data: CallbackPayload.approval(.pick(order.id)).data)
    }
    let rows = stride(from: 0, to: buttons.count, by: 2).map { Array(buttons[$0..<min($0 + 2, buttons.count)]) }
    return Reply(key(.approvalChooseOrder, ["count": .number(photos)]), keyboard: .inline(rows))
  }

  /// What a dialog of the flow waits for, said again.
  static func prompt(_ s: ApprovalState) -> [Reply] {
    switch s {
    case .choosingOrder: [Reply(key(.approvalPromptChoose))]
    case .awaitingPhoto(_, let number, _): [Reply(key(.approvalSendPhoto, ["number": .number(number.rawValue)]))]
    case .collectingAlbum: []
    case .awaitingComment(_, let number): [Reply(key(.approvalPromptComment, ["number": .number(number.rawValue)]))]
    }
  }

  static func abandoned(_ s: ApprovalState?, _ actor: Author) -> Reply {
    let keyboard = BoardText.restoredKeyboard(actor)
    switch s {
    case .awaitingComment?: return Reply(key(.approvalCommentAbandoned), keyboard: keyboard)
    case .choosingOrder?, .awaitingPhoto?, .collectingAlbum?, nil:
      return Reply(key(.approvalAbandoned), keyboard: keyboard)
    }
  }

  /// "The photo went to the customer; we wait until 12:35", over the order's card.
  static func sentToCustomer(_ view: RoundView, deadline: Date, _ c: OrderingContext) -> Reply {
    let arguments: [String: LocaleArgument] = [
      "number": .number(view.order.number.rawValue), "time": .string(c.policy.localTime(at: deadline).description),
      "photos": .number(view.round.photos.count), "chats": .number(view.linkedChats.count),
    ]
    return cardForFlorist(view, [key(.approvalSentToCustomer, arguments)], c)
  }

  /// The order's card under what happened, to the florist who sent the photo.
  static func cardForFlorist(_ view: RoundView, _ notice: [Text], _ c: OrderingContext, photo: String? = nil) -> Reply {
    var reply = BoardText.card(view.order, c, notice: notice)
    reply.chat = view.round.sentChat
    reply.priority = .notification
    reply.photo = photo.map(Photo.fileID)
    return reply
  }

  static func approvedForFlorist(_ view: RoundView, _ c: OrderingContext) -> Reply {
    cardForFlorist(view, [key(.approvalApprovedForFlorist, number(view.order))], c)
  }

  static func autoApprovedForFlorist(_ view: RoundView, _ c: OrderingContext) -> Reply {
    cardForFlorist(view, [key(.approvalAutoApprovedForFlorist, number(view.order))], c)
  }

  static func changeRequestedForFlorist(_ view: RoundView) -> Reply {
    Reply(to: view.round.sentChat, key(.approvalChangeForFlorist, number(view.order)), priority: .notification)
  }

  static func lateApprovalForFlorist(_ view: RoundView) -> Reply {
    Reply(to: view.round.sentChat, key(.approvalLateApprovalForFlorist, number(view.order)), priority: .notification)
  }

  /// The customer's words (and photo) with the order's card.
  static func commentForFlorist(_ view: RoundView, _ text: String, _ photo: String?, _ c: OrderingContext) -> Reply {
    let late = view.round.decision == .autoApproved
    var notice = [
      key(.approvalCommentForFlorist, number(view.order).merging(["late": .string(late ? "yes" : "no")]) { a, _ in a })
    ]
    if !text.isEmpty { notice.append(key(.approvalCommentQuote, ["comment": .string(text)])) }
    return cardForFlorist(view, notice, c, photo: photo)
  }
}
