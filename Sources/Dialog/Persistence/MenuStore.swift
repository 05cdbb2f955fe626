import FlowerShop
import Foundation
import GRDB
import TelegramBotAPI

/// The table of the commands menus set for one chat (`setMyCommands`, scope `chat`): one row per
/// chat with a fingerprint of the menu last queued for it. A start compares each with the menu
/// the chat would get now and queues only the ones that differ.
public enum MenuSchema {
  /// Registered by `BotDatabase.migrator()` after every earlier migration. A database from
  /// before it gets a row with an empty fingerprint for every chat that still has a
  /// `setMyCommands` row in the outbox, so the next start refreshes those menus once.
  public static func register(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("dialog-v3-chat-menus") { db in
      try db.execute(
        sql: """
          CREATE TABLE chat_menus (
            chat_id INTEGER PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            updated_at DATETIME NOT NULL
          );
          INSERT OR IGNORE INTO chat_menus (chat_id, fingerprint, updated_at)
            SELECT chat_id, '', MAX(created_at) FROM outbox WHERE method = 'setMyCommands' GROUP BY chat_id;
          """)
    }
  }
}

/// A chat with a menu of its own, as a start's refresh reads it.
public struct ChatMenuRecord: Sendable, Equatable {
  public var chat: ChatID
  /// The fingerprint of the menu last queued for the chat (`MenuStore.fingerprint`).
  public var fingerprint: String
  /// The chat's language (`ChatStore`); nil when the bot never saw the chat.
  public var language: String?
  /// Whether the person blocked the bot.
  public var blocked: Bool

  public init(chat: ChatID, fingerprint: String, language: String?, blocked: Bool) {
    self.chat = chat
    self.fingerprint = fingerprint
    self.language = language
    self.blocked = blocked
  }
}

/// What commands menu each chat was sent in its own scope.
public enum MenuStore {
  /// Notes that `fingerprint` is the chat's menu now; call it in the transaction that queues it.
  public static func record(_ db: Database, chat: ChatID, fingerprint: String, at now: Date) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO chat_menus (chat_id, fingerprint, updated_at) VALUES (?, ?, ?)
        ON CONFLICT(chat_id) DO UPDATE SET fingerprint = excluded.fingerprint, updated_at = excluded.updated_at
        """
    ).run {
      $0.bind(chat.rawValue)
      $0.bind(fingerprint)
      $0.bind(StoredDate(now))
    }
  }

  /// Every chat with a menu of its own, with its language and whether it blocked the bot.
  public static func records(_ db: Database) throws -> [ChatMenuRecord] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT m.chat_id, m.fingerprint, c.language, c.blocked FROM chat_menus m
        LEFT JOIN chats c ON c.chat_id = m.chat_id ORDER BY m.chat_id
        """
    ).map {
      ChatMenuRecord(
        chat: ChatID($0["chat_id"] as Int64), fingerprint: $0["fingerprint"], language: $0["language"],
        blocked: ($0["blocked"] as Bool?) ?? false)
    }
  }

  /// The fingerprint of a menu: FNV-1a (64 bits) of its commands and language code as JSON, the
  /// same on every run and machine. The scope is left out: it names the chat, not the menu.
  public static func fingerprint(_ call: SetMyCommands) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let commands = (try? encoder.encode(call.commands)) ?? Data()
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in commands + Data((call.languageCode ?? "").utf8) {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
