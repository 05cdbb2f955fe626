import BotTesting
import Dialog
import FlowerShop
import Flows
import Foundation
import GRDB
import Testing

/// A customer orders a bouquet end to end over HTTP: the real client, polling, engine and
/// sender against the Bot API double on 127.0.0.1.
@Suite(.serialized) struct OrderOverHTTPTests {
  @Test func customerOrdersABouquetByPressingButtonsAndTyping() async throws {
    let tg = try LiveBot.double()
    defer { tg.stop() }
    let live = try LiveBot(double: tg, databasePath: try LiveBot.temporaryDatabase())
    let me = LiveBot.customer

    try await tg.act({ try tg.send("/start", from: me) }, expect: "Здравствуйте, Айгерим")
    try await orderUpToTheAddress(tg)
    try await tg.act({ try tg.send("ул. Абая <10> & Co, кв. 5", from: me) }, expect: "Как зовут получателя")
    try await tg.act({ try tg.send("Алия <3", from: me) }, expect: "Номер телефона получателя (Алия <3)")
    try await tg.act({ try tg.send("8 707 111 22 33", from: me) }, expect: "Добавим открытку")
    try await tg.act({ try tg.send("С днём рождения, <b>мама</b>!", from: me) }, expect: "Подписать букет")
    try await tg.act({ try tg.press("✍️ От моего имени", by: me) }, expect: "Позвонить получателю")
    try await tg.act({ try tg.press("🤫 Не звонить — это сюрприз", by: me) }, expect: "Ваш номер телефона")
    try await tg.act({ try tg.press("📱 Отправить мой номер", by: me) }, expect: "Как вам удобнее оплатить")
    let summary = try await tg.act({ try tg.press("📲 Kaspi.kz", by: me) }, expect: "Проверьте, пожалуйста, заказ")
    // What people typed reads exactly as typed: escaped for HTML, not interpreted.
    #expect(summary.text?.contains("ул. Абая <10> & Co, кв. 5") == true)
    #expect(summary.text?.contains("Алия <3") == true)
    #expect(summary.text?.contains("«С днём рождения, <b>мама</b>!»") == true)
    try await tg.act({ try tg.press("✅ Подтвердить заказ", by: me) }, expect: "Заказ №1 оформлен")
    try await tg.waitUntil("the florists' card") { state in
      state.messages(chat: LiveBot.florist).contains { $0.text?.contains("Новый заказ №1") == true }
    }
    try await tg.waitForAnswers()
    try await live.stop()

    #expect(tg.read(\.violations) == [])
    let orders = try await live.database.read { db in try OrderStore.all(db) }
    #expect(orders.map(\.number.rawValue) == [1])
    let statuses = try await live.database.read { db in
      try String.fetchAll(db, sql: "SELECT DISTINCT status FROM outbox")
    }
    #expect(statuses == ["sent"])
    let sentWithoutID = try await live.database.read { db in
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM outbox WHERE method != 'answerCallbackQuery' AND message_id IS NULL")
    }
    #expect(sentWithoutID == 0)
  }

  /// From the catalog to the address prompt; menus the flow continues in are edited in place.
  func orderUpToTheAddress(_ tg: BotAPIDouble) async throws {
    let me = LiveBot.customer
    let categories = try await tg.act({ try tg.press("💐 Каталог", by: me) }, expect: "Выберите категорию")
    let roses = try await tg.act({ try tg.press("Розы", by: me) }, expect: "Розы — выберите букет")
    #expect(roses.id == categories.id && roses.edits == 1)
    let card = try await tg.act(
      { try tg.press("15 красных роз — 21\u{00A0}900\u{00A0}₸", by: me) }, expect: "Сколько букетов")
    #expect(card.hasPhoto)
    // The list the photo replaced lost its buttons: no stale buttons left behind.
    #expect(tg.read { $0.messages(chat: me).first { $0.id == roses.id }?.inline } == nil)
    try await tg.act({ try tg.press("1", by: me) }, expect: "Как вы хотите получить букет")
    try await tg.act({ try tg.press("🚚 Доставка", by: me) }, expect: "Куда доставить")
    try await tg.act(
      { try tg.press("Центр: Алмалинский, Медеуский и Бостандыкский районы — 1\u{00A0}500\u{00A0}₸", by: me) },
      expect: "На какой день")
    try await tg.act({ try tg.press("Завтра", by: me) }, expect: "Выберите удобное время")
    try await tg.act({ try tg.press("13:00–15:00", by: me) }, expect: "Напишите адрес доставки")
  }
}
