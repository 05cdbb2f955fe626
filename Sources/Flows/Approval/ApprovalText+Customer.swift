import Dialog
import FlowerShop
import Foundation

/// The customers' side of the flow's texts.
extension ApprovalText {
  static func buttons(_ round: PhotoRoundID) -> Keyboard {
    .inline([
      [
        InlineButton(key(.approvalButtonApprove), data: CallbackPayload.approval(.approve(round)).data),
        InlineButton(key(.approvalButtonChange), data: CallbackPayload.approval(.change(round)).data),
      ]
    ])
  }

  static func fulfilment(_ order: Order) -> LocaleArgument { .string(order.request.fulfilment.rawValue) }

  /// The photo (or the album, then the question under it as a message of its own: an album
  /// carries no buttons) with the order's number and slot.
  static func photosForCustomer(_ view: RoundView, chat: ChatID, deadline: Date, _ c: OrderingContext) -> [Reply] {
    let slot = view.order.request.slot
    let caption = Text.format(
      L10n.approvalPhotoCaption.rawValue,
      [
        "number": .verbatim(String(view.order.number.rawValue)), "date": Prompts.dateLabel(slot.date),
        "slot": .verbatim(slot.label), "fulfilment": .verbatim(view.order.request.fulfilment.rawValue),
      ])
    let question = key(
      .approvalQuestion,
      ["time": .string(c.policy.localTime(at: deadline).description), "fulfilment": fulfilment(view.order)])
    let photos = view.round.photos.map { Photo.fileID($0.fileID) }
    guard photos.count > 1 else {
      return [
        Reply(
          to: chat, .lines([caption, question]), photo: photos.first, keyboard: buttons(view.round.id),
          priority: .notification)
      ]
    }
    var album = Reply(to: chat, caption, priority: .notification)
    album.album = photos
    return [album, Reply(to: chat, question, keyboard: buttons(view.round.id), priority: .notification)]
  }

  static func reminder(_ view: RoundView, chat: ChatID, deadline: Date, _ c: OrderingContext) -> Reply {
    let arguments: [String: LocaleArgument] = [
      "number": .number(view.order.number.rawValue), "time": .string(c.policy.localTime(at: deadline).description),
      "fulfilment": fulfilment(view.order),
    ]
    return Reply(to: chat, key(.approvalReminder, arguments), keyboard: buttons(view.round.id), priority: .notification)
  }

  static func approvedThanks(_ view: RoundView) -> Reply {
    Reply(
      key(.approvalApprovedThanks, number(view.order).merging(["fulfilment": fulfilment(view.order)]) { a, _ in a }))
  }

  static func askComment(_ view: RoundView) -> Reply { Reply(key(.approvalAskComment, number(view.order))) }

  static func askLateComment(_ view: RoundView) -> Reply { Reply(key(.approvalAskLateComment, number(view.order))) }

  static func changeRequestedElsewhere(_ view: RoundView, chat: ChatID) -> Reply {
    Reply(to: chat, key(.approvalChangeElsewhere, number(view.order)), priority: .notification)
  }

  static func autoApproved(_ view: RoundView, chat: ChatID) -> Reply {
    Reply(
      to: chat,
      key(.approvalAutoApproved, number(view.order).merging(["fulfilment": fulfilment(view.order)]) { a, _ in a }),
      priority: .notification)
  }

  static func lateThanks(_ view: RoundView) -> Reply { Reply(key(.approvalLateThanks, number(view.order))) }

  static func commentPassed(_ view: RoundView) -> Reply {
    let late = view.round.decision == .autoApproved
    return Reply(
      key(.approvalCommentPassed, number(view.order).merging(["late": .string(late ? "yes" : "no")]) { a, _ in a }),
      keyboard: MainMenu.keyboard)
  }
}
