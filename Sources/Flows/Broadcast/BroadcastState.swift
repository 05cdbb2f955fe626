import Dialog
import FlowerShop

/// What a notice says: a text, or a photo with an optional caption.
public struct BroadcastContent: Codable, Sendable, Equatable {
  public var text: String
  public var photoFileID: String?
  public init(text: String, photoFileID: String? = nil) {
    self.text = text
    self.photoFileID = photoFileID
  }

  /// Telegram's limits: 4096 characters of text, 1024 of caption (UTF-16 units).
  public var limit: Int { photoFileID == nil ? 4096 : 1024 }
  public var fits: Bool { text.utf16.count <= limit }

  /// The message exactly as a customer receives it (and as the admin's preview shows it).
  public func reply(to chat: ChatID? = nil, priority: OutboxPriority = .interactive) -> Reply {
    Reply(to: chat, .verbatim(text), photo: photoFileID.map(Photo.fileID), priority: priority)
  }
}

/// A notice previewed and waiting for the admin's confirmation.
public struct BroadcastDraft: Codable, Sendable, Equatable {
  public var content: BroadcastContent
  /// Customers who would receive it at preview time (counted again when it starts).
  public var recipients: Int
  /// Ties the confirm button to this preview: a press on an older one is refused.
  public var session: Int64
  public init(content: BroadcastContent, recipients: Int, session: Int64) {
    self.content = content
    self.recipients = recipients
    self.session = session
  }
}

/// Where preparing a broadcast waits.
public enum BroadcastState: Codable, Sendable, Equatable {
  /// Waits for the text, or a photo with its caption.
  case awaitingContent
  /// The preview and the number of recipients were shown; waits for «Отправить» or «Отмена».
  case confirming(BroadcastDraft)
}
