import FlowerShop
import Foundation
import GRDB
import Testing

@testable import Dialog

/// `ChatStore.touch` writes only when something changed: a new chat, a new name, a chat that
/// had blocked the bot, or a new minute for `updated_at`.
@Suite struct ChatTouchTests {
  let start = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15 08:00:00 UTC

  func database() throws -> DatabaseQueue {
    let queue = try DatabaseQueue()
    var migrator = DatabaseMigrator()
    DialogSchema.register(in: &migrator)
    try migrator.migrate(queue)
    return queue
  }

  func touch(_ db: Database, name: String = "Aliya", at: Date, language: String = "ru") throws -> String {
    try ChatStore.touch(
      db, chat: ChatID(7), sender: Sender(user: UserID(7), firstName: name), isPrivate: true, language: language,
      at: at)
  }

  func updatedAt(_ db: Database) throws -> String? {
    try String.fetchOne(db, sql: "SELECT updated_at FROM chats WHERE chat_id = 7")
  }

  @Test func aKnownChatInTheSameMinuteIsOnlyRead() throws {
    try database().write { (db: Database) throws -> Void in
      #expect(try touch(db, at: start, language: "kk") == "kk")
      let changes = db.totalChangesCount
      #expect(try touch(db, at: start.addingTimeInterval(59), language: "en") == "kk")
      #expect(db.totalChangesCount == changes)
      #expect(try updatedAt(db) == "2027-01-15 08:00:00.000")
    }
  }

  @Test func aNewMinuteANewNameOrAnUnblockIsWritten() throws {
    try database().write { (db: Database) throws -> Void in
      _ = try touch(db, at: start)
      _ = try touch(db, at: start.addingTimeInterval(60))
      #expect(try updatedAt(db) == "2027-01-15 08:01:00.000")
      _ = try touch(db, name: "Алия", at: start.addingTimeInterval(61))
      #expect(try ChatStore.record(db, chat: ChatID(7))?.firstName == "Алия")
      try db.execute(sql: "UPDATE chats SET blocked = 1 WHERE chat_id = 7")
      _ = try touch(db, name: "Алия", at: start.addingTimeInterval(62))
      #expect(try ChatStore.record(db, chat: ChatID(7))?.blocked == false)
    }
  }

  @Test func theLanguageChosenInTheBotWinsOverTheClients() throws {
    try database().write { (db: Database) throws -> Void in
      _ = try touch(db, at: start)
      try ChatStore.setLanguage(db, chat: ChatID(7), language: "en")
      #expect(try touch(db, at: start.addingTimeInterval(1)) == "en")
      #expect(try touch(db, name: "New", at: start.addingTimeInterval(120)) == "en")
    }
  }
}
