import FlowerShop
import Foundation
import GRDB

/// A row of the outbox.
public struct OutboxRow: Sendable, Equatable {
  public var id: Int64
  public var chat: ChatID
  public var message: OutgoingMessage
  public var priority: OutboxPriority
  public var attempts: Int
}

/// Messages to send, appended in the update's transaction and delivered afterwards.
public enum OutboxStore {
  public static func append(
    _ db: Database, chat: ChatID, message: OutgoingMessage, priority: OutboxPriority, at now: Date
  ) throws {
    let payload = try message.payloadBytes()
    // A cached statement: compiled once per connection, not once per message.
    try db.cachedStatement(
      sql: "INSERT INTO outbox (chat_id, method, payload, priority, created_at) VALUES (?, ?, ?, ?, ?)"
    ).run {
      $0.bind(chat.rawValue)
      $0.bind(message.method)
      $0.bind(utf8: payload)
      $0.bind(priority.rawValue)
      $0.bind(StoredDate(now))
    }
  }

  /// Pending rows, most urgent first, in insertion order within a priority.
  public static func pending(_ db: Database, limit: Int) throws -> [OutboxRow] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT id, chat_id, method, payload, priority, attempts FROM outbox
        WHERE status = 'pending' ORDER BY priority, id LIMIT ?
        """,
      arguments: [limit])
    return try rows.map { row in
      OutboxRow(
        id: row["id"], chat: ChatID(row["chat_id"] as Int64),
        message: try OutgoingMessage(method: row["method"], payload: Data((row["payload"] as String).utf8)),
        priority: OutboxPriority(rawValue: row["priority"]) ?? .bulk, attempts: row["attempts"])
    }
  }

  /// What the bot sent (or edited) as message `messageID` of `chat`, newest version first: lets
  /// a reply to one of the bot's messages find what that message was about.
  public static func sentMessages(_ db: Database, chat: ChatID, messageID: Int64) throws -> [OutgoingMessage] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT method, payload FROM outbox WHERE chat_id = ? AND message_id = ? AND status = 'sent' ORDER BY id DESC
        """,
      arguments: [chat.rawValue, messageID]
    ).compactMap { row in try? OutgoingMessage(method: row["method"], payload: Data((row["payload"] as String).utf8)) }
  }

  public static func markSent(_ db: Database, id: Int64, messageID: Int64?, at now: Date) throws {
    try db.execute(
      sql: "UPDATE outbox SET status = 'sent', sent_at = ?, message_id = ?, attempts = attempts + 1 WHERE id = ?",
      arguments: [now, messageID, id])
  }

  public static func markFailed(_ db: Database, id: Int64, error: String, at now: Date) throws {
    try db.execute(
      sql: "UPDATE outbox SET status = 'failed', sent_at = ?, error = ?, attempts = attempts + 1 WHERE id = ?",
      arguments: [now, error, id])
  }

  /// Drops every pending row of a chat that blocked the bot; returns how many.
  @discardableResult
  public static func dropPending(_ db: Database, chat: ChatID, reason: String) throws -> Int {
    try db.execute(
      sql: "UPDATE outbox SET status = 'dropped', error = ? WHERE chat_id = ? AND status = 'pending'",
      arguments: [reason, chat.rawValue])
    return db.changesCount
  }

  public static func recordAttempt(_ db: Database, id: Int64) throws {
    try db.execute(sql: "UPDATE outbox SET attempts = attempts + 1 WHERE id = ?", arguments: [id])
  }
}
