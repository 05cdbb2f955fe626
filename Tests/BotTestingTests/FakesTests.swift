import Dialog
import Foundation
import TelegramBotAPI
import Testing

@testable import BotTesting

@Suite struct FakesTests {
  @Test func manualClockMovesOnlyWhenTold() {
    let clock = ManualClock(Date(timeIntervalSince1970: 1000))
    #expect(clock.now() == Date(timeIntervalSince1970: 1000))
    clock.advance(by: 90)
    #expect(clock.now() == Date(timeIntervalSince1970: 1090))
    clock.set(Date(timeIntervalSince1970: 10))
    #expect(clock.now() == Date(timeIntervalSince1970: 10))
  }

  @Test func seededRandomIsReproducible() {
    let a = SeededRandom(seed: 42)
    let b = SeededRandom(seed: 42)
    let first = (0..<5).map { _ in a.next() }
    #expect(first == (0..<5).map { _ in b.next() })
    #expect(Set(first).count == 5)
    #expect(SeededRandom(seed: 0).next() == 0xE220_A839_7B1D_CDAF)
  }

  @Test func transportRecordsTakesAndNumbersPerChat() async throws {
    let transport = FakeTelegramTransport()
    let hello = OutgoingMessage.message(SendMessage(chatID: 1, text: "a"))
    #expect(try await transport.deliver(hello) == 1)
    #expect(try await transport.deliver(.message(SendMessage(chatID: 2, text: "b"))) == 1)
    #expect(transport.nextMessageID(chat: 1) == 2)
    #expect(try await transport.deliver(hello) == 3)
    #expect(try await transport.deliver(.callbackAnswer(AnswerCallbackQuery(callbackQueryID: "q"))) == nil)
    #expect(transport.take().count == 4)
    #expect(transport.take().isEmpty)
    #expect(transport.delivered.count == 4)
    #expect(transport.history(chat: 1).map(\.messageID) == [1, 3])
  }

  @Test func blockedChatsFailWith403() async throws {
    let transport = FakeTelegramTransport()
    transport.block(chat: 5)
    await #expect(throws: DeliveryError.blocked("Forbidden: bot was blocked by the user")) {
      try await transport.deliver(.message(SendMessage(chatID: 5, text: "x")))
    }
    #expect(transport.delivered.isEmpty)
    transport.unblock(chat: 5)
    #expect(try await transport.deliver(.message(SendMessage(chatID: 5, text: "x"))) == 1)
  }

  @Test func fileStoreKeepsOneIDPerFile() {
    let store = FakeFileStore(baseDirectory: URL(fileURLWithPath: "/base"))
    let id = store.register(path: "images/a.jpg")
    #expect(store.register(path: "/base/images/a.jpg") == id)
    #expect(store.register(path: "images/b.jpg") != id)
    #expect(store.path(forFileID: id + "-thumb") == "/base/images/a.jpg")
    #expect(store.path(forFileID: "nope") == nil)
  }
}
