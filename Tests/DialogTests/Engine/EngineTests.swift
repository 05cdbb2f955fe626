import BotTesting
import FlowerShop
import Foundation
import GRDB
import Logging
import TelegramBotAPI
import Testing

@testable import Dialog

/// A tiny application: counts the inputs of each chat, echoes text, fails on "boom" (and on
/// "sqlboom" with a database error),
/// sets a timer on "remind" and answers it when it fires.
struct CountingLogic: ChatLogic {
  struct Failure: Error {}
  var initialState: Int { 0 }
  func handle(_ event: IncomingEvent, state: Int, turn: inout Turn) throws -> Int {
    switch event.input {
    case .text("boom"):
      turn.send(Reply(.verbatim("never sent")))
      // Written before the failure: rolled back with the rest of the input.
      try turn.db.execute(sql: "CREATE TABLE IF NOT EXISTS boom_written (x INTEGER)")
      throw Failure()
    case .text("sqlboom"):
      // A database error (not the application's): the engine does not apologise, it fails.
      try turn.db.execute(sql: "INSERT INTO no_such_table VALUES (1)")
    case .text("remind"):
      turn.setTimer(name: "reminder", payload: "tea", at: turn.now.addingTimeInterval(600))
    case .text("trap"):
      turn.setTimer(name: "trap", payload: "", at: turn.now.addingTimeInterval(60))
    case .timer("trap", _):
      turn.send(Reply(.verbatim("never sent")))
      throw Failure()
    case .text(let text):
      turn.send(Reply(.key("echo", ["text": .string(text), "count": .number(state + 1)])))
    case .timer(let name, let payload):
      turn.send(Reply(.verbatim("\(name):\(payload)")))
    case .button:
      turn.toast = .verbatim("pressed")
    default:
      break
    }
    return state + 1
  }
}

struct EngineHarness {
  let database: DatabaseQueue
  let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
  let transport = FakeTelegramTransport()
  let engine: Engine<CountingLogic>
  let dispatcher: OutboxDispatcher

  init() throws {
    database = try DatabaseQueue()
    var migrator = DatabaseMigrator()
    DialogSchema.register(in: &migrator)
    try migrator.migrate(database)
    let bundle = try LocaleBundle(
      language: "ru", source: "echo = { $text } ({ $count })\nerror-generic = Простите, что-то пошло не так.")
    let localizer = Localizer(bundles: [bundle])
    engine = Engine(
      database: database, logic: CountingLogic(), localizer: localizer, clock: clock, random: SeededRandom(),
      logger: Logger(label: "test"))
    dispatcher = OutboxDispatcher(database: database, delivery: transport, clock: clock, logger: Logger(label: "test"))
  }

  func text(_ text: String, update: Int64, chat: Int64 = 10) -> Update {
    let user = User(id: chat, firstName: "Test", languageCode: "ru")
    let message = Message(messageID: update, from: user, chat: Chat(id: chat), date: 0, text: text)
    return Update(updateID: update, message: message)
  }

  func texts() async throws -> [String] {
    try await dispatcher.deliverPending()
    return transport.take().compactMap { if case .message(let m) = $0 { m.text } else { nil } }
  }
}

@Suite struct EngineTests {
  @Test func processesEachUpdateExactlyOnce() async throws {
    let h = try EngineHarness()
    #expect(try await h.engine.process(h.text("hi", update: 1)) == .processed)
    #expect(try await h.engine.process(h.text("hi", update: 1)) == .duplicate)
    #expect(try await h.engine.process(h.text("again", update: 2)) == .processed)
    #expect(try await h.texts() == ["hi (1)", "again (2)"])
  }

  @Test func stateSurvivesANewEngineOnTheSameDatabase() async throws {
    let h = try EngineHarness()
    _ = try await h.engine.process(h.text("one", update: 1))
    let restarted = Engine(
      database: h.database, logic: CountingLogic(), localizer: h.engine.renderer.localizer, clock: h.clock,
      random: SeededRandom(), logger: Logger(label: "test"))
    _ = try await restarted.process(h.text("two", update: 2))
    #expect(try await h.texts() == ["one (1)", "two (2)"])
  }

  @Test func aFailingUpdateRollsBackApologisesAndIsNotRetried() async throws {
    let h = try EngineHarness()
    _ = try await h.engine.process(h.text("one", update: 1))
    #expect(try await h.engine.process(h.text("boom", update: 2)) == .failed)
    #expect(try await h.engine.process(h.text("boom", update: 2)) == .duplicate)
    _ = try await h.engine.process(h.text("three", update: 3))
    #expect(try await h.texts() == ["one (1)", "Простите, что-то пошло не так.", "three (2)"])
    #expect(try await h.database.read { db in try db.tableExists("boom_written") } == false)
  }

  @Test func timersFireWhenDueAndOnlyOnce() async throws {
    let h = try EngineHarness()
    _ = try await h.engine.process(h.text("remind", update: 1))
    #expect(try await h.engine.fireDueTimers() == 0)
    h.clock.advance(by: 601)
    #expect(try await h.engine.fireDueTimers() == 1)
    #expect(try await h.engine.fireDueTimers() == 0)
    #expect(try await h.texts() == ["reminder:tea"])
  }

  @Test func aFailingTimerIsDroppedAndTheOthersStillFire() async throws {
    let h = try EngineHarness()
    _ = try await h.engine.process(h.text("trap", update: 1))
    _ = try await h.engine.process(h.text("remind", update: 2))
    h.clock.advance(by: 601)
    #expect(try await h.engine.fireDueTimers() == 1)
    #expect(try await h.engine.fireDueTimers() == 0)
    #expect(try await h.texts() == ["reminder:tea"])
  }

  @Test func ignoredUpdatesAreRecordedAndCounted() async throws {
    let h = try EngineHarness()
    #expect(try await h.engine.process(Update(updateID: 5)) == .ignored)
    #expect(try await h.texts() == [])
  }

  @Test func blockedChatsAreMarkedAndTheirRowsDropped() async throws {
    let h = try EngineHarness()
    h.transport.block(chat: 10)
    _ = try await h.engine.process(h.text("one", update: 1, chat: 10))
    _ = try await h.engine.process(h.text("two", update: 2, chat: 10))
    _ = try await h.engine.process(h.text("other", update: 3, chat: 11))
    let report = try await h.dispatcher.deliverPending()
    #expect(report.blocked == 1)
    #expect(report.sent == 1)
    let blocked = try await h.database.read { db in try ChatStore.record(db, chat: ChatID(10))?.blocked }
    #expect(blocked == true)
    let pending = try await h.database.read { db in try OutboxStore.pending(db, limit: 10) }
    #expect(pending.isEmpty)
  }

  @Test func sentRowsAreNeverSentAgain() async throws {
    let h = try EngineHarness()
    _ = try await h.engine.process(h.text("one", update: 1))
    #expect(try await h.dispatcher.deliverPending().sent == 1)
    #expect(try await h.dispatcher.deliverPending().sent == 0)
  }
}

@Suite struct InputNormalizerTests {
  func message(_ build: (inout Message) -> Void) -> Update {
    var m = Message(messageID: 1, from: User(id: 7, firstName: "A"), chat: Chat(id: 7), date: 0)
    build(&m)
    return Update(updateID: 1, message: m)
  }

  @Test func commandsWithPayloadAndBotSuffix() {
    #expect(InputNormalizer.command(in: "/start p12") == .command(name: "start", arguments: "p12"))
    #expect(InputNormalizer.command(in: "/Order@FlowerBot  12 ") == .command(name: "order", arguments: "12"))
    #expect(InputNormalizer.command(in: "/") == nil)
    #expect(InputNormalizer.command(in: "/ привет") == nil)
  }

  @Test func contactIsOwnOnlyWithTheSendersUserID() {
    let own = message { $0.contact = Contact(phoneNumber: "+77015211545", firstName: "A", userID: 7) }
    let other = message { $0.contact = Contact(phoneNumber: "+77015211545", firstName: "B", userID: 8) }
    let typed = message { $0.contact = Contact(phoneNumber: "+77015211545", firstName: "B") }
    #expect(InputNormalizer.event(from: own)?.input == .contact(phone: "+77015211545", isOwn: true))
    #expect(InputNormalizer.event(from: other)?.input == .contact(phone: "+77015211545", isOwn: false))
    #expect(InputNormalizer.event(from: typed)?.input == .contact(phone: "+77015211545", isOwn: false))
  }

  @Test func photosLocationsAndTheRest() {
    let photo = message {
      $0.photo = [
        PhotoSize(fileID: "small", fileUniqueID: "s", width: 90, height: 90),
        PhotoSize(fileID: "big", fileUniqueID: "b", width: 1280, height: 1280),
      ]
      $0.caption = "/photo 12"
    }
    #expect(InputNormalizer.event(from: photo)?.input == .photo(fileID: "big", caption: "/photo 12"))
    let location = message { $0.location = Location(latitude: 43.2, longitude: 76.9) }
    #expect(InputNormalizer.event(from: location)?.input == .location(latitude: 43.2, longitude: 76.9))
    #expect(InputNormalizer.event(from: message { _ in })?.input == .unsupported)
    let fromBot = message {
      $0.from = User(id: 9, isBot: true, firstName: "bot"); $0.text = "hi"
    }
    #expect(InputNormalizer.event(from: fromBot) == nil)
  }
}
