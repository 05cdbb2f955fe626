import Dialog
import FlowerShop
import Foundation

/// What florists, customers and timers did, and the results of the flow's effects.
public enum ApprovalEvent: Sendable, Equatable {
  /// A florist's or admin's photo.
  case photoReceived(StaffPhoto)
  /// `/photo` typed as text (with or without the order number).
  case photoCommand(arguments: String)
  /// The album's debounce timer fired.
  case albumComplete(albumID: String)
  /// «📷 Отправить фото» on an order's card.
  case sendPhotoPressed(OrderID)
  /// One of the offered orders was picked for the photos.
  case orderPicked(OrderID)
  case approvePressed(PhotoRoundID)
  case changePressed(PhotoRoundID)
  /// Text, or a photo (its caption as the text) inside a dialog of this flow.
  case textEntered(String, photo: String?)
  /// A contact, location or other input inside a dialog of this flow.
  case otherInput
  /// `/cancel` inside a dialog of this flow.
  case abandoned
  case reminderDue(PhotoRoundID)
  case deadlineReached(PhotoRoundID)
  case orderLoaded(PhotoTarget, Order?, PhotoOrderPurpose)
  /// Today's orders in assembly, to offer for `PhotoBatch`.
  case assemblingLoaded([Order], PhotoBatch)
  /// The new round, or the order as it is when it takes no photo now.
  case roundStored(RoundView?, Order)
  case roundLoaded(RoundView?, RoundPurpose)
  /// The round after the decision; nil when it had been decided meanwhile.
  case decided(RoundView?, PhotoDecision)
  case commentRecorded(RoundView, text: String, photo: String?)
}

/// What the flow asks the shell to do.
public enum ApprovalEffect: Sendable, Equatable {
  case send(Reply)
  case toast(Text)
  /// Sets a timer that fires in `chat` (nil: this chat).
  case setTimer(chat: ChatID?, name: String, payload: String, at: Date)
  /// Comes back as `orderLoaded`.
  case loadOrder(PhotoTarget, PhotoOrderPurpose)
  /// Loads today's orders in assembly; comes back as `assemblingLoaded`.
  case loadAssembling(PhotoBatch)
  /// Stores the photos as the order's new round and moves the order to photo_sent; comes back
  /// as `roundStored`.
  case storeRound(OrderID, PhotoBatch, actor: String)
  /// Comes back as `roundLoaded`.
  case loadRound(PhotoRoundID, RoundPurpose)
  /// Ends the waiting round, moves the order (approved, or back to assembling) and cancels the
  /// round's timers; comes back as `decided`.
  case decide(PhotoRoundID, PhotoDecision, actor: String)
  /// Comes back as `commentRecorded`.
  case recordComment(PhotoRoundID, text: String, photo: String?)
}

/// The next state (nil: no dialog of this flow) and what to do.
public struct ApprovalTransition: Sendable, Equatable {
  public var state: ApprovalState?
  public var effects: [ApprovalEffect]
  public init(_ state: ApprovalState?, _ effects: [ApprovalEffect] = []) {
    self.state = state
    self.effects = effects
  }
}

/// Timer names of the flow; payloads are the round id or the album id.
public enum ApprovalTimer {
  public static let album = "approval-album"
  public static let reminder = "approval-reminder"
  public static let deadline = "approval-deadline"
  /// How long after an album's last photo the album counts as complete.
  public static let albumDebounce: TimeInterval = 2
}
