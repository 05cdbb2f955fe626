import Dialog
import FlowerShop
import Foundation

extension Approval {
  /// The event of an approval button.
  static func event(for button: ApprovalButton) -> ApprovalEvent {
    switch button {
    case .approve(let round): .approvePressed(round)
    case .change(let round): .changePressed(round)
    case .pick(let order): .orderPicked(order)
    }
  }
}

extension ShopLogic {
  /// Inputs that belong to approval whatever the chat's state: its timers, staff photos and a
  /// customer's photo with the change they want; nil for everything else.
  func approvalInput(
    _ event: IncomingEvent, _ state: ChatState, _ turn: inout Turn, _ c: OrderingContext
  ) throws
    -> ChatState?
  {
    switch event.input {
    case .timer(let name, let payload):
      let round = Int64(payload).map(PhotoRoundID.init(rawValue:))
      switch (name, round) {
      case (ApprovalTimer.album, _): return try approval(.albumComplete(albumID: payload), state, &turn, c)
      case (ApprovalTimer.reminder, let round?): return try approval(.reminderDue(round), state, &turn, c)
      case (ApprovalTimer.deadline, let round?): return try approval(.deadlineReached(round), state, &turn, c)
      default: return nil
      }
    case .photo(let fileID, let caption):
      if case .approval(.awaitingComment) = state {
        return try approval(.textEntered(caption ?? "", photo: fileID), state, &turn, c)
      }
      guard actor(turn).role.isStaff, takesStaffPhoto(state) else { return nil }
      let photo = StaffPhoto(
        photo: OrderPhoto(fileID: fileID, localPath: event.prepared.savedFile?.path), caption: caption,
        albumID: event.mediaGroupID, repliedOrder: try repliedOrder(turn))
      return try approval(.photoReceived(photo), state, &turn, c)
    case .text, .command, .button, .contact, .location, .unsupported:
      return nil
    }
  }

  /// A staff member's photo is a bouquet photo unless they are ordering or using an admin tool.
  func takesStaffPhoto(_ state: ChatState) -> Bool {
    switch state {
    case .idle, .tracking, .board, .approval: true
    case .ordering, .admin: false
    }
  }
}
