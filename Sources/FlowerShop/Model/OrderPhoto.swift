import Foundation

/// Database id of one round of pre-delivery photos (a florist's photo or album and the
/// customer's answer to it).
public struct PhotoRoundID: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
  public var rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public init(_ rawValue: Int64) { self.rawValue = rawValue }
  public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(Int64.self) }
  public func encode(to encoder: any Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(rawValue) }
  public var description: String { String(rawValue) }
}

/// One photo of an order: Telegram's file id and the copy kept under the bot's data directory.
public struct OrderPhoto: Codable, Sendable, Equatable {
  public var fileID: String
  /// Nil when the download failed (the file id still works for sending it on).
  public var localPath: String?
  public init(fileID: String, localPath: String? = nil) {
    self.fileID = fileID
    self.localPath = localPath
  }
}

/// How a round of photos ended. Raw values are stored.
public enum PhotoDecision: String, Codable, Sendable, CaseIterable {
  /// The customer pressed "all good".
  case approved
  /// The customer asked for changes; the order went back to assembling.
  case changesRequested = "changes_requested"
  /// Nobody answered in time; approved by the bot.
  case autoApproved = "auto_approved"
  /// Staff moved the order on the card (approved for the customer, or back to assembling).
  case closedByStaff = "closed_by_staff"
  /// A newer photo was sent before any answer.
  case superseded
}

/// One round: the photos a florist sent for an order, and what became of them.
public struct PhotoRound: Codable, Sendable, Equatable {
  public var id: PhotoRoundID
  public var order: OrderID
  /// 1 for the first photo of the order, 2 after the first change request, …
  public var number: Int
  public var photos: [OrderPhoto]
  /// "florist:2001"
  public var sentBy: String
  /// The chat the florist sent the photos from: told about the answer.
  public var sentChat: ChatID
  public var sentAt: Date
  /// Nil while the photos wait for an answer.
  public var decision: PhotoDecision?
  public var decidedBy: String?
  public var decidedAt: Date?
  /// What the customer asked to change (also an answer after auto-approval).
  public var comment: String?
  /// A photo the customer attached to the comment.
  public var commentPhoto: String?
  /// Who wrote the comment: "customer:1001".
  public var commentBy: String?
  public var commentAt: Date?

  public init(
    id: PhotoRoundID, order: OrderID, number: Int, photos: [OrderPhoto], sentBy: String, sentChat: ChatID,
    sentAt: Date, decision: PhotoDecision? = nil, decidedBy: String? = nil, decidedAt: Date? = nil,
    comment: String? = nil, commentPhoto: String? = nil, commentBy: String? = nil, commentAt: Date? = nil
  ) {
    self.id = id
    self.order = order
    self.number = number
    self.photos = photos
    self.sentBy = sentBy
    self.sentChat = sentChat
    self.sentAt = sentAt
    self.decision = decision
    self.decidedBy = decidedBy
    self.decidedAt = decidedAt
    self.comment = comment
    self.commentPhoto = commentPhoto
    self.commentBy = commentBy
    self.commentAt = commentAt
  }

  /// Whether the photos still wait for the customer's answer.
  public var isPending: Bool { decision == nil }
}
