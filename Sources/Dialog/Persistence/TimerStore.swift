import FlowerShop
import Foundation
import GRDB

/// A timer that fires as an input in its chat.
public struct DueTimer: Sendable, Equatable {
  public var id: Int64
  public var chat: ChatID
  public var name: String
  public var payload: String
  public var dueAt: Date
}

/// Timers as rows, so they survive restarts.
public enum TimerStore {
  /// Sets (or moves) the timer identified by chat, name and payload.
  public static func set(_ db: Database, chat: ChatID, name: String, payload: String, at dueAt: Date) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO timers (chat_id, name, payload, due_at) VALUES (?, ?, ?, ?)
        ON CONFLICT(chat_id, name, payload) DO UPDATE SET due_at = excluded.due_at
        """
    ).run {
      $0.bind(chat.rawValue)
      $0.bind(name)
      $0.bind(payload)
      $0.bind(StoredDate(dueAt))
    }
  }

  public static func cancel(_ db: Database, chat: ChatID, name: String, payload: String? = nil) throws {
    if let payload {
      try db.cachedStatement(sql: "DELETE FROM timers WHERE chat_id = ? AND name = ? AND payload = ?").run {
        $0.bind(chat.rawValue)
        $0.bind(name)
        $0.bind(payload)
      }
    } else {
      try db.cachedStatement(sql: "DELETE FROM timers WHERE chat_id = ? AND name = ?").run {
        $0.bind(chat.rawValue)
        $0.bind(name)
      }
    }
  }

  public static func due(_ db: Database, at now: Date, limit: Int) throws -> [DueTimer] {
    try Row.fetchAll(
      db,
      sql: "SELECT id, chat_id, name, payload, due_at FROM timers WHERE due_at <= ? ORDER BY due_at, id LIMIT ?",
      arguments: [now, limit]
    ).map {
      DueTimer(
        id: $0["id"], chat: ChatID($0["chat_id"] as Int64), name: $0["name"], payload: $0["payload"],
        dueAt: $0["due_at"])
    }
  }

  /// Removes a fired timer; false if it was already gone (fired or cancelled elsewhere).
  public static func remove(_ db: Database, id: Int64) throws -> Bool {
    try db.execute(sql: "DELETE FROM timers WHERE id = ?", arguments: [id])
    return db.changesCount == 1
  }

  public static func nextDue(_ db: Database) throws -> Date? {
    try Date.fetchOne(db, sql: "SELECT MIN(due_at) FROM timers")
  }
}
