import BotTesting
import Dialog
import FlowerShop
import Flows
import Foundation
import GRDB
import Testing

/// What the live sender does when Telegram refuses: 429 pauses, 403 marks the chat.
@Suite(.serialized) struct DeliveryFailureTests {
  @Test func aTooManyRequestsAnswerPausesSendingForRetryAfterThenSendsOnce() async throws {
    let tg = try LiveBot.double()
    defer { tg.stop() }
    let live = try LiveBot(double: tg, databasePath: try LiveBot.temporaryDatabase())
    tg.failNext("sendMessage", status: 429, description: "Too Many Requests: retry after 1", retryAfter: 1)

    try await tg.act({ try tg.send("/start", from: LiveBot.customer) }, expect: "Здравствуйте, Айгерим")
    try await live.stop()

    let sends = tg.read { $0.calls.filter { $0.method == "sendMessage" } }
    #expect(sends.map(\.status) == [429, 200])
    if sends.count == 2 { #expect(sends[1].at.timeIntervalSince(sends[0].at) >= 1) }
    #expect(await live.runtime.sender.statistics.pauses == 1)
    #expect(tg.read { $0.messages(chat: LiveBot.customer).filter(\.fromBot).count } == 1)
    #expect(tg.read(\.violations) == [])
  }

  @Test func aChatThatBlockedTheBotIsMarkedAndItsPendingMessagesAreDropped() async throws {
    let tg = try LiveBot.double()
    defer { tg.stop() }
    let live = try LiveBot(double: tg, databasePath: try LiveBot.temporaryDatabase())
    let me = LiveBot.customer
    try await tg.act({ try tg.send("/start", from: me) }, expect: "Здравствуйте, Айгерим")

    tg.block(me)
    // The catalog answers with two messages: the first meets the 403, the second is dropped.
    try tg.press("💐 Каталог", by: me)
    try await tg.waitUntil("a 403") { $0.calls.contains { $0.status == 403 } }
    try await live.stop()

    let chat = try await live.database.read { db in try ChatStore.record(db, chat: ChatID(me)) }
    #expect(chat?.blocked == true)
    let rows = try await live.database.read { db in
      try Row.fetchAll(
        db, sql: "SELECT status, error FROM outbox WHERE chat_id = ? AND status != 'sent' ORDER BY id", arguments: [me]
      )
      .map { "\($0["status"] as String): \($0["error"] as String)" }
    }
    #expect(
      rows == ["failed: Forbidden: bot was blocked by the user", "dropped: Forbidden: bot was blocked by the user"])
    let statistics = await live.runtime.sender.statistics
    #expect(statistics.blockedChats == 1 && statistics.dropped == 1)
    #expect(tg.read { $0.calls.filter { $0.status == 403 }.count } == 1)
  }
}
