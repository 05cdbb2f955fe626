import Dialog
import FlowerShop
import Foundation

/// The dialogs of pre-delivery photo approval. Outside them (`nil`) photos, commands, buttons
/// and timers need no dialog: rounds live in the database.
public enum ApprovalState: Codable, Sendable, Equatable {
  /// A florist sent photos without naming the order; waits for one of today's orders in
  /// assembly to be picked from the offered buttons.
  case choosingOrder(PhotoBatch)
  /// A florist asked to send an order's photo (the card's button or `/photo N` typed alone);
  /// waits for the photo.
  case awaitingPhoto(order: OrderID, number: OrderNumber, by: UserID)
  /// The photos of an album arrive one message at a time; waits for the album to be complete
  /// (a short timer after the last photo).
  case collectingAlbum(PhotoBatch)
  /// A customer asked for changes (or answers after auto-approval); waits for what to change:
  /// text, or a photo with a caption.
  case awaitingComment(round: PhotoRoundID, number: OrderNumber)
}

/// Photos a florist sent for one order, and the order when they named it.
public struct PhotoBatch: Codable, Sendable, Equatable {
  public var photos: [OrderPhoto]
  public var target: PhotoTarget?
  /// Telegram's `media_group_id` of an album.
  public var albumID: String?
  public var by: UserID
  /// How the round records the sender: "florist:2001".
  public var actor: String
  public init(photos: [OrderPhoto], target: PhotoTarget?, albumID: String?, by: UserID, actor: String) {
    self.photos = photos
    self.target = target
    self.albumID = albumID
    self.by = by
    self.actor = actor
  }
}

/// How a florist named the order of a photo.
public enum PhotoTarget: Codable, Sendable, Equatable {
  /// `/photo 12` as the caption, or `/photo 12` typed before.
  case number(OrderNumber)
  /// A reply to the bot's card of the order, a card button, or an offered order picked.
  case id(OrderID)
}

/// One photo message a staff member sent.
public struct StaffPhoto: Sendable, Equatable {
  public var photo: OrderPhoto
  public var caption: String?
  public var albumID: String?
  /// The order of the bot's message this photo replies to, if it was about one.
  public var repliedOrder: OrderID?
  public init(photo: OrderPhoto, caption: String? = nil, albumID: String? = nil, repliedOrder: OrderID? = nil) {
    self.photo = photo
    self.caption = caption
    self.albumID = albumID
    self.repliedOrder = repliedOrder
  }
}

/// A round with what decides who may answer it and whether it is still current.
public struct RoundView: Sendable, Equatable {
  public var round: PhotoRound
  public var order: Order
  /// The customer chats linked to the order.
  public var linkedChats: [ChatID]
  /// Whether no newer round of the order exists.
  public var isLatest: Bool
  public init(round: PhotoRound, order: Order, linkedChats: [ChatID], isLatest: Bool) {
    self.round = round
    self.order = order
    self.linkedChats = linkedChats
    self.isLatest = isLatest
  }

  /// The photos wait for the customer's answer.
  public var awaitsAnswer: Bool { isLatest && round.isPending && order.status == .photoSent }
  /// Approved automatically and not moved on since: an answer is still passed to the florist.
  public var takesLateAnswer: Bool {
    isLatest && round.decision == .autoApproved && order.status == .approved
  }
}

/// Why an order is loaded.
public enum PhotoOrderPurpose: Sendable, Equatable {
  /// To wait for its photo.
  case awaitPhoto
  /// To store these photos as its new round.
  case submit(PhotoBatch)
}

/// Why a round is loaded.
public enum RoundPurpose: Sendable, Equatable {
  case approve
  case change
  case remind
  case deadline
}
