import Dialog
import FlowerShop
import Foundation
import GRDB
import Testing

/// `flowerbot run` killed with SIGKILL at random moments while customers order, and started
/// again each time: every update is processed once, every order created once, every reply
/// delivered, every dialog resumes where it was. The only duplicates allowed are messages
/// Telegram accepted in a crash window (sent, but killed before the outbox recorded it).
@Suite(.serialized, .enabled(if: FlowerbotBinary.url != nil, "needs the flowerbot executable: run swift build first"))
struct CrashTests {
  static let kills = 20
  static let customers: [Int64] = [3001, 3002, 3003, 3004]

  @Test func killedTwentyTimesMidOrderNothingIsLostOrDoneTwice() async throws {
    let tg = try LiveBot.double()
    defer { tg.stop() }
    for (i, id) in Self.customers.enumerated() { tg.addUser(id: id, firstName: "Гость\(i)", phone: "+7701521160\(i)") }
    let database = try LiveBot.temporaryDatabase()
    let bot = CrashingBot(arguments: [
      "--api-url", tg.baseURL.absoluteString, "--db", database, "--locales",
      repositoryRoot.appendingPathComponent("locales").path,
    ])
    try bot.start()
    let orders = Task {
      try await withThrowingTaskGroup(of: Void.self) { group in
        for id in Self.customers { group.addTask { try await Self.order(tg, id) } }
        try await group.waitForAll()
      }
    }
    var random = SystemRandomNumberGenerator()
    for _ in 0..<Self.kills {
      // A random moment: after the bot made a few more visible calls (no timer involved).
      let target = tg.read { Self.visibleCalls($0) } + Int.random(in: 1...4, using: &random)
      try await tg.waitUntil("\(target) calls") { Self.visibleCalls($0) >= target }
      try await bot.killAndRestart()
    }
    try await orders.value
    try await tg.waitForAnswers()
    try await tg.waitUntil("every update confirmed") { $0.confirmedOffset > $0.lastUpdateID }
    await bot.stop()

    let pool = try DatabaseQueue(path: database)
    let chats = Self.customers.map(String.init).joined(separator: ",")
    let (orderCount, perCustomer, undelivered, sentRows, reanswered, seen) = try await pool.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders") ?? 0,
        try Int.fetchAll(db, sql: "SELECT COUNT(*) FROM orders GROUP BY customer_phone"),
        // A callback answer sent again after a crash is refused as too old: it was delivered the first time.
        try Int.fetchOne(
          db,
          sql: """
            SELECT COUNT(*) FROM outbox WHERE status != 'sent' AND chat_id IN (\(chats))
            AND NOT (method = 'answerCallbackQuery' AND error LIKE '%query is too old%')
            """) ?? 0,
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE status = 'sent'") ?? 0,
        try Int.fetchOne(
          db, sql: "SELECT COUNT(*) FROM outbox WHERE method = 'answerCallbackQuery' AND status = 'failed'") ?? 0,
        Set(try Int64.fetchAll(db, sql: "SELECT update_id FROM seen_updates"))
      )
    }
    let history = tg.read { Set($0.history.map(\.updateID)) }
    let accepted = tg.read { state in state.calls.filter { $0.status == 200 && Self.isOutboxMethod($0.method) }.count }
    // Sent twice: accepted by Telegram, then the process died before the outbox recorded it.
    let messagesAgain = accepted - sentRows - reanswered
    let duplicates = messagesAgain + reanswered
    print(
      "crash test: \(Self.kills) SIGKILLs, \(history.count) updates, \(orderCount) orders, \(sentRows) outbox rows "
        + "sent; duplicates from crash windows: \(messagesAgain) messages accepted twice, \(reanswered) button "
        + "answers sent again (refused as too old), \(duplicates) in all")
    #expect(orderCount == Self.customers.count)
    #expect(perCustomer == Array(repeating: 1, count: Self.customers.count))
    #expect(history.isSubset(of: seen), "updates never processed: \(history.subtracting(seen).sorted())")
    #expect(undelivered == 0, "replies to customers never delivered")
    // Each crash window holds at most the messages in flight: one per chat being sent to.
    #expect(messagesAgain >= 0 && duplicates <= Self.kills * (Self.customers.count + 2))
    let violations = tg.read(\.violations).filter {
      !$0.hasPrefix("answerCallbackQuery: Bad Request: query is too old")
    }
    #expect(violations == [])
  }

  static func visibleCalls(_ state: DoubleState) -> Int { state.calls.filter { isOutboxMethod($0.method) }.count }

  static func isOutboxMethod(_ method: String) -> Bool {
    !["getMe", "deleteWebhook", "setMyCommands", "sendChatAction", "getFile", "setWebhook"].contains(method)
  }

  /// One customer's whole order; each step waits for its answer across any number of crashes.
  static func order(_ tg: BotAPIDouble, _ me: Int64) async throws {
    try await tg.act(in: me, { try tg.send("/start", from: me) }, expect: "Здравствуйте")
    let steps: [(String, String)] = [
      ("💐 Каталог", "Выберите категорию"), ("Розы", "Розы — выберите букет"),
      ("15 красных роз — 21\u{00A0}900\u{00A0}₸", "Сколько букетов"), ("1", "Как вы хотите получить букет"),
      ("🚚 Доставка", "Куда доставить"),
      ("Центр: Алмалинский, Медеуский и Бостандыкский районы — 1\u{00A0}500\u{00A0}₸", "На какой день"),
      ("Завтра", "Выберите удобное время"), ("13:00–15:00", "Напишите адрес доставки"),
    ]
    for (label, expected) in steps { try await tg.act(in: me, { try tg.press(label, by: me) }, expect: expected) }
    try await tg.act(in: me, { try tg.send("ул. Абая 10, кв. 5", from: me) }, expect: "Как зовут получателя")
    try await tg.act(in: me, { try tg.send("Алия", from: me) }, expect: "Номер телефона получателя")
    try await tg.act(in: me, { try tg.send("8 707 111 22 33", from: me) }, expect: "Добавим открытку")
    try await tg.act(in: me, { try tg.send("С днём рождения!", from: me) }, expect: "Подписать букет")
    let rest: [(String, String)] = [
      ("✍️ От моего имени", "Позвонить получателю"), ("🤫 Не звонить — это сюрприз", "Ваш номер телефона"),
      ("📱 Отправить мой номер", "Как вам удобнее оплатить"), ("📲 Kaspi.kz", "Проверьте, пожалуйста, заказ"),
      ("✅ Подтвердить заказ", "оформлен"),
    ]
    for (label, expected) in rest { try await tg.act(in: me, { try tg.press(label, by: me) }, expect: expected) }
  }
}

/// A `flowerbot run` that the test kills with SIGKILL and starts again on the same database.
final class CrashingBot: @unchecked Sendable {
  let arguments: [String]
  private var current: FlowerbotProcess?

  init(arguments: [String]) { self.arguments = arguments }

  func start() throws { current = try FlowerbotProcess(arguments: arguments, token: LiveBot.token) }

  func killAndRestart() async throws {
    if let process = current {
      kill(process.process.processIdentifier, SIGKILL)
      _ = await process.exit()
    }
    try start()
  }

  func stop() async {
    guard let process = current else { return }
    process.process.terminate()
    _ = await process.exit()
  }
}
