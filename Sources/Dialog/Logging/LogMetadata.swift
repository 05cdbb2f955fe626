import FlowerShop
import Logging
import TelegramBotAPI

// The metadata keys every log line uses for the same thing: `update_id`, `chat_id`,
// `order_id`, `outbox_id`, `method`, `timer`. Ids go in metadata, never in the message text.

extension Update {
  /// `update_id`, and `chat_id` when the update belongs to a chat.
  public var logMetadata: Logger.Metadata {
    var metadata: Logger.Metadata = ["update_id": "\(updateID)"]
    if let chat = chatID { metadata["chat_id"] = "\(chat)" }
    return metadata
  }
}

extension OutboxRow {
  /// `chat_id`, `outbox_id` and the Bot API `method` of the row.
  public var logMetadata: Logger.Metadata {
    ["chat_id": "\(chat)", "outbox_id": "\(id)", "method": "\(message.method)"]
  }

  /// The row's metadata with `extra` added.
  public func logMetadata(_ extra: Logger.Metadata) -> Logger.Metadata {
    logMetadata.merging(extra) { _, new in new }
  }
}

extension IncomingEvent {
  /// `chat_id`, and `update_id` unless the input is a timer, with `extra` added.
  public func logMetadata(_ extra: Logger.Metadata = [:]) -> Logger.Metadata {
    var metadata: Logger.Metadata = ["chat_id": "\(chat)"]
    if let updateID { metadata["update_id"] = "\(updateID)" }
    return metadata.merging(extra) { _, new in new }
  }
}
