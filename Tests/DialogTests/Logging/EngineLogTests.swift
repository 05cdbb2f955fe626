import BotTesting
import FlowerShop
import Foundation
import GRDB
import Logging
import TelegramBotAPI
import Testing

@testable import Dialog

/// Writes a row and notes it on "order"; notes, then fails, on "boom".
struct NotingLogic: ChatLogic {
  struct Failure: Error {}
  var initialState: Int { 0 }
  func handle(_ event: IncomingEvent, state: Int, turn: inout Turn) throws -> Int {
    guard case .text(let text) = event.input else { return state }
    try turn.db.execute(sql: "INSERT INTO made (id) VALUES (?)", arguments: [state + 1])
    turn.note(LogNote(level: .info, message: "order created", metadata: ["order_id": "\(state + 1)"]))
    if text == "boom" { throw Failure() }
    return state + 1
  }
}

/// The engine on a database file, so a separate reader sees only what was committed.
struct LoggedEngine {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("engine-log-\(UUID().uuidString)")
  let pool: DatabasePool
  let capture: LogCapture
  let engine: Engine<NotingLogic>

  init(level: Logger.Level) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let pool = try DatabasePool(path: folder.appendingPathComponent("db.sqlite").path)
    var migrator = DatabaseMigrator()
    DialogSchema.register(in: &migrator)
    migrator.registerMigration("made") { db in try db.execute(sql: "CREATE TABLE made (id INTEGER PRIMARY KEY)") }
    try migrator.migrate(pool)
    self.pool = pool
    capture = LogCapture { entry in
      guard let id = entry.metadata["order_id"].flatMap(Int64.init) else { return [:] }
      let visible = DispatchQueue.global().sync {
        (try? pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM made WHERE id = ?", arguments: [id]) })
          == 1
      }
      return ["test.visible": visible ? "yes" : "no"]
    }
    let localizer = Localizer(bundles: [try LocaleBundle(language: "ru", source: "error-generic = Sorry.")])
    engine = Engine(
      database: pool, logic: NotingLogic(), localizer: localizer,
      clock: ManualClock(Date(timeIntervalSince1970: 1_800_000_000)), random: SeededRandom(),
      logger: capture.logger(level: level))
  }

  func text(_ text: String, update: Int64, chat: Int64 = 10) -> Update {
    let user = User(id: chat, firstName: "Test", languageCode: "ru")
    return Update(
      updateID: update, message: Message(messageID: update, from: user, chat: Chat(id: chat), date: 0, text: text))
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}

@Suite struct EngineLogTests {
  @Test func notesAreLoggedAfterTheCommitWithTheUpdateAndChatIDs() async throws {
    let h = try LoggedEngine(level: .info)
    defer { h.remove() }
    #expect(try await h.engine.process(h.text("order", update: 7, chat: 42)) == .processed)
    #expect(
      h.capture.entries == [
        LogCapture.Entry(
          level: .info, message: "order created",
          metadata: ["order_id": "1", "chat_id": "42", "update_id": "7", "test.visible": "yes"], label: "test")
      ])
  }

  @Test func theProbeDoesNotSeeAnUncommittedRow() async throws {
    let h = try LoggedEngine(level: .info)
    defer { h.remove() }
    let logger = h.capture.logger()
    try await h.pool.write { db in
      try db.execute(sql: "INSERT INTO made (id) VALUES (5)")
      logger.info("inside", metadata: ["order_id": "5"])
    }
    logger.info("after", metadata: ["order_id": "5"])
    #expect(h.capture.entries.map { $0.metadata["test.visible"] } == ["no", "yes"])
  }

  @Test func aRolledBackUpdateLogsOnlyTheErrorWithItsIDs() async throws {
    let h = try LoggedEngine(level: .info)
    defer { h.remove() }
    #expect(try await h.engine.process(h.text("boom", update: 8, chat: 42)) == .failed)
    let entries = h.capture.entries
    #expect(entries.map(\.message) == ["update failed"])
    let failure = try #require(entries.first)
    #expect(failure.level == .error)
    #expect(failure.metadata["update_id"] == "8" && failure.metadata["chat_id"] == "42")
    #expect(failure.metadata["input"] == "text")
    #expect(failure.metadata["error"]?.contains("Failure") == true)
  }

  @Test func debugLogsEachUpdateWithoutWhatThePersonWrote() async throws {
    let h = try LoggedEngine(level: .debug)
    defer { h.remove() }
    _ = try await h.engine.process(h.text("order", update: 1, chat: 42))
    _ = try await h.engine.process(h.text("order", update: 1, chat: 42))
    _ = try await h.engine.process(Update(updateID: 2))
    let processed = h.capture.entries("update processed")
    #expect(processed.map { $0.metadata["outcome"] } == ["processed", "duplicate"])
    #expect(processed.allSatisfy { $0.metadata["update_id"] == "1" && $0.metadata["chat_id"] == "42" })
    #expect(processed.allSatisfy { $0.metadata["input"] == "text" && $0.metadata["duration_ms"] != nil })
    #expect(h.capture.entries("ignored update").map { $0.metadata["update_id"] } == ["2"])
    #expect(!h.capture.entries.contains { $0.message.contains("order ") && $0.level == .debug })
    #expect(!h.capture.entries.contains { $0.metadata.values.contains("order") })
  }

  @Test func atTheDefaultLevelAProcessedUpdateLogsNothing() async throws {
    let h = try LoggedEngine(level: .info)
    defer { h.remove() }
    _ = try await h.engine.process(h.text("hello", update: 1))
    _ = try await h.engine.process(h.text("hello", update: 1))
    #expect(h.capture.entries.map(\.message) == ["order created"])
  }
}
