import FlowerShop
import Foundation
import GRDB

extension OutboxStore {
  /// The next row of each chat with pending rows (most urgent first, then oldest), ordered the
  /// same way across chats: what the sender may send now without breaking any chat's order.
  /// Reads the `window` most urgent pending rows through the `outbox_pending` index, so a chat
  /// with a longer queue than that waits for it to shrink before others behind it are seen.
  public static func heads(_ db: Database, limit: Int, window: Int = 2_000) throws -> [OutboxRow] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT id, chat_id, method, payload, priority, attempts FROM outbox
        WHERE status = 'pending' ORDER BY priority, id LIMIT ?
        """,
      arguments: [max(limit, window)])
    var seen = Set<Int64>()
    var heads: [OutboxRow] = []
    for row in rows where heads.count < limit {
      let chat: Int64 = row["chat_id"]
      guard seen.insert(chat).inserted else { continue }
      heads.append(
        OutboxRow(
          id: row["id"], chat: ChatID(chat),
          message: try OutgoingMessage(method: row["method"], payload: Data((row["payload"] as String).utf8)),
          priority: OutboxPriority(rawValue: row["priority"]) ?? .bulk, attempts: row["attempts"]))
    }
    return heads
  }

  /// The chat and time of every message sent at or after `date`.
  public static func sentSince(_ db: Database, _ date: Date) throws -> [(chat: Int64, at: Date)] {
    try Row.fetchAll(
      db,
      sql:
        "SELECT chat_id, sent_at FROM outbox WHERE status = 'sent' AND sent_at >= ? AND method <> 'answerCallbackQuery'",
      arguments: [StoredDate(date)]
    ).map { row in (row["chat_id"], row["sent_at"]) }
  }

  /// How many rows wait to be sent.
  public static func pendingCount(_ db: Database) throws -> Int {
    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE status = 'pending'") ?? 0
  }
}
