import FlowerShop
import Foundation
import GRDB

/// A chat the bot has seen, with its language and delivery flags.
public struct ChatRecord: Sendable, Equatable {
  public var chat: ChatID
  public var user: UserID?
  public var firstName: String
  public var language: String
  public var isPrivate: Bool
  public var blocked: Bool
  public var optedOut: Bool
}

public enum ChatStore {
  /// Records the chat on its first update (language from the client), refreshes the name and
  /// `updated_at` (kept to the minute) and clears `blocked`. Returns the chat's language.
  /// Most updates come from a known chat with nothing to change: one read, no write.
  @discardableResult
  public static func touch(
    _ db: Database, chat: ChatID, sender: Sender, isPrivate: Bool, language: String, at now: Date
  ) throws -> String {
    let stamp = StoredDate.text(now)
    let known = try db.cachedStatement(
      sql: "SELECT language, first_name, blocked, updated_at FROM chats WHERE chat_id = ?"
    )
    .fetchFirst({ $0.bind(chat.rawValue) }) { row in
      (language: row.text(0), firstName: row.text(1), blocked: row.int64(2), updatedAt: row.text(3))
    }
    if let known, let knownLanguage = known.language, known.firstName == sender.firstName, known.blocked == 0,
      known.updatedAt?.prefix(16) == stamp.prefix(16)
    {
      return knownLanguage
    }
    // A person who writes again has also unblocked the bot.
    try db.cachedStatement(
      sql: """
        INSERT INTO chats (chat_id, user_id, first_name, language, is_private, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(chat_id) DO UPDATE
        SET first_name = excluded.first_name, blocked = 0, updated_at = excluded.updated_at
        """
    ).run {
      $0.bind(chat.rawValue)
      $0.bind(sender.user.rawValue)
      $0.bind(sender.firstName)
      $0.bind(language)
      $0.bind(isPrivate)
      $0.bind(stamp)
      $0.bind(stamp)
    }
    return known?.language ?? language
  }

  public static func language(_ db: Database, chat: ChatID) throws -> String? {
    try db.cachedStatement(sql: "SELECT language FROM chats WHERE chat_id = ?").fetchText { $0.bind(chat.rawValue) }
  }

  public static func setLanguage(_ db: Database, chat: ChatID, language: String) throws {
    try db.execute(
      sql: "UPDATE chats SET language = ? WHERE chat_id = ?", arguments: [language, chat.rawValue])
  }

  public static func record(_ db: Database, chat: ChatID) throws -> ChatRecord? {
    guard
      let row = try Row.fetchOne(
        db,
        sql: "SELECT user_id, first_name, language, is_private, blocked, opted_out FROM chats WHERE chat_id = ?",
        arguments: [chat.rawValue])
    else { return nil }
    return ChatRecord(
      chat: chat, user: (row["user_id"] as Int64?).map(UserID.init(rawValue:)),
      firstName: row["first_name"], language: row["language"], isPrivate: row["is_private"],
      blocked: row["blocked"], optedOut: row["opted_out"])
  }

  public static func markBlocked(_ db: Database, chat: ChatID, _ blocked: Bool) throws {
    try db.execute(
      sql: "UPDATE chats SET blocked = ? WHERE chat_id = ?", arguments: [blocked, chat.rawValue])
  }
}
