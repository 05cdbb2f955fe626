import BotTesting
import Dialog
import FlowerShop
import Flows
import Foundation
import GRDB
import Testing

/// The process restarted mid-conversation resumes the dialog from SQLite, sends what was still
/// waiting in the outbox, skips an update Telegram delivers again, and sends nothing twice.
@Suite(.serialized) struct RestartTests {
  @Test func aRestartMidConversationResumesItAndSendsNothingTwice() async throws {
    let tg = try LiveBot.double()
    defer { tg.stop() }
    let path = try LiveBot.temporaryDatabase()
    let me = LiveBot.customer
    let first = try LiveBot(double: tg, databasePath: path)
    try await tg.act({ try tg.send("/start", from: me) }, expect: "Здравствуйте, Айгерим")
    try await tg.act({ try tg.press("💐 Каталог", by: me) }, expect: "Выберите категорию")
    try await tg.act({ try tg.press("Розы", by: me) }, expect: "Розы — выберите букет")
    try await tg.act({ try tg.press("15 красных роз — 21\u{00A0}900\u{00A0}₸", by: me) }, expect: "Сколько букетов")
    try await tg.act({ try tg.press("1", by: me) }, expect: "Как вы хотите получить букет")

    // Telegram slows the bot down just as the next menu is due: the edit waits in the outbox.
    tg.failNext("editMessageText", status: 429, description: "Too Many Requests: retry after 30", retryAfter: 30)
    let press = try tg.press("🚚 Доставка", by: me)
    try await tg.waitUntil("the 429") { $0.calls.contains { $0.status == 429 } }
    try await tg.waitUntil("the press confirmed") { $0.confirmedOffset > press }
    try await first.stop()
    let waiting = try await first.database.read { db in try OutboxStore.pendingCount(db) }
    #expect(waiting == 1)

    // The confirmation got lost: Telegram delivers the press again to the new process.
    tg.redeliver([press])
    let second = try LiveBot(double: tg, databasePath: path)
    try await tg.waitUntil("the waiting menu") { state in
      state.messages(chat: me).contains { $0.text?.contains("Куда доставить") == true }
    }
    try await tg.act(
      { try tg.press("Центр: Алмалинский, Медеуский и Бостандыкский районы — 1\u{00A0}500\u{00A0}₸", by: me) },
      expect: "На какой день")
    try await tg.act({ try tg.press("Завтра", by: me) }, expect: "Выберите удобное время")
    try await tg.waitForAnswers()
    try await second.stop()

    #expect(await second.runtime.polling.statistics.duplicates == 1)
    let shown = tg.read { state in
      state.calls.filter { $0.status == 200 && ["sendMessage", "sendPhoto", "editMessageText"].contains($0.method) }
        .compactMap(\.text)
    }
    #expect(Set(shown).count == shown.count, "a message was sent twice: \(shown)")
    #expect(tg.read(\.violations) == [])
    let pending = try await second.database.read { db in try OutboxStore.pendingCount(db) }
    #expect(pending == 0)
  }
}
