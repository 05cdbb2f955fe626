import FlowerShop
import Foundation
import GRDB

extension ChatStore {
  /// Opts the chat out of notices (`/stop`) or back in (`/subscribe`, `/start`); order
  /// notifications are never affected. Returns whether the flag changed.
  @discardableResult
  public static func setOptedOut(_ db: Database, chat: ChatID, _ optedOut: Bool) throws -> Bool {
    try db.cachedStatement(sql: "UPDATE chats SET opted_out = ? WHERE chat_id = ? AND opted_out <> ?")
      .execute(arguments: [optedOut, chat.rawValue, optedOut])
    return db.changesCount == 1
  }

  /// Chats that blocked the bot and chats opted out of notices, among private chats.
  public static func audience(_ db: Database) throws -> (blocked: Int, optedOut: Int) {
    let row = try Row.fetchOne(
      db,
      sql: """
        SELECT COALESCE(SUM(blocked), 0) AS blocked, COALESCE(SUM(opted_out), 0) AS opted_out
        FROM chats WHERE is_private = 1
        """)
    return (row?["blocked"] ?? 0, row?["opted_out"] ?? 0)
  }
}
