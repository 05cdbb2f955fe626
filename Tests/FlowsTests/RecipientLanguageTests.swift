import Dialog
import FlowerShop
import Foundation
import GRDB
import Testing

@testable import Flows

/// Texts built in one chat's turn and sent to others (status notices to every chat linked to an
/// order, the florists' cards) show the shop's data in each recipient chat's language.
@Suite struct RecipientLanguageTests {
  let bot: Bot
  let order: Order

  /// A pickup order, approved, linked to a Russian (1001), a Kazakh (1002) and an English (1003)
  /// chat.
  init() throws {
    bot = try demoBot()
    let sample = sampleOrder(fulfilment: .pickup)
    order = try bot.database.write { db in
      var order = try OrderStore.create(
        db, shopID: demoShop.shop.id, request: sample.request, pricing: sample.pricing, trackingID: sample.trackingID,
        chat: ChatID(1001), actor: "customer:1001", at: orderCreatedAt)
      for (chat, language) in [(Int64(1001), "ru"), (1002, "kk"), (1003, "en")] {
        try ChatStore.touch(
          db, chat: ChatID(chat), sender: Sender(user: UserID(chat), firstName: "Test"), isPrivate: true,
          language: language, at: orderCreatedAt)
        try OrderStore.link(db, chat: ChatID(chat), order: order.id, at: orderCreatedAt)
      }
      for status in [OrderStatus.accepted, .assembling, .photoSent, .approved] {
        order = try OrderStore.changeStatus(db, order: order.id, to: status, actor: "florist:2001", at: orderCreatedAt)
      }
      return order
    }
  }

  func send(_ input: Input, from user: Int64, language: String = "ru", update: Int64) async throws {
    let event = IncomingEvent(
      updateID: update, chat: ChatID(user),
      sender: Sender(user: UserID(user), firstName: "Test", languageCode: language), input: input,
      callbackQueryID: { if case .button = input { "q\(update)" } else { nil } }())
    #expect(try await bot.engine.process(event) == .processed)
  }

  /// The texts of the messages queued for `chat`, prices' no-break spaces as plain ones.
  func sent(to chat: Int64) throws -> String {
    try bot.database.read { db in
      try String.fetchAll(
        db, sql: "SELECT payload FROM outbox WHERE chat_id = ? AND method = 'sendMessage' ORDER BY id",
        arguments: [chat]
      ).joined(separator: "\n").replacingOccurrences(of: "\u{00A0}", with: " ")
    }
  }

  @Test func theReadyForPickupNoticeGivesEachCustomerTheAddressInTheirLanguage() async throws {
    let press = CallbackPayload.staff(.status(order.id, from: .approved, to: .readyForPickup)).data
    try await send(.button(data: press), from: 2001, update: 1)
    let russian = try sent(to: 1001)
    #expect(russian.contains("📦 Заказ №1: готов к выдаче"))
    #expect(russian.contains("по адресу: Алматы, ул. Панфилова, 98."))
    let kazakh = try sent(to: 1002)
    #expect(kazakh.contains("📦 №1 тапсырыс: алып кетуге дайын"))
    #expect(kazakh.contains("мекенжайы: Алматы, Панфилов көшесі, 98."))
    #expect(!kazakh.contains("Панфилова"))
    let english = try sent(to: 1003)
    #expect(english.contains("at 98 Panfilov Street, Almaty."))
  }

  /// A florist whose chat speaks Kazakh reads the bouquet and the pickup address of the order's
  /// card in Kazakh; the stored order keeps the Russian title.
  @Test func aFloristReadsTheCardInTheirLanguage() async throws {
    try await send(.command(name: "order", arguments: "1"), from: 2001, language: "kk", update: 1)
    let card = try sent(to: 2001)
    #expect(card.contains("💐 15 қызыл раушан × 1"))
    #expect(card.contains("Алматы, Панфилов көшесі, 98"))
    #expect(order.pricing.lines.map(\.title) == ["15 красных роз"])
  }
}

/// The same at the level of texts: the florists' card and the board's day list carry the
/// translations and are resolved when rendered.
@Suite struct StaffCardLanguageTests {
  let renderer = Renderer(localizer: localizer)

  func render(_ text: Text, _ language: String) -> String {
    renderer.string(text, language: language).replacingOccurrences(of: "\u{00A0}", with: " ")
  }

  @Test(arguments: [
    ("ru", "💐 15 красных роз × 1 — 21 900 ₸", "(Центр: Алмалинский, Медеуский и Бостандыкский районы)"),
    ("kk", "💐 15 қызыл раушан × 1 — 21 900 ₸", "(Орталық: Алмалы, Медеу және Бостандық аудандары)"),
    ("en", "💐 15 red roses × 1 — 21 900 ₸", "(Centre: Almaly, Medeu and Bostandyk districts)"),
  ])
  func theNewOrderCardInEachStaffLanguage(_ language: String, _ item: String, _ zone: String) {
    let card = render(OrderText.card(sampleOrder(), context()), language)
    #expect(card.contains("\n" + item + "\n"))
    #expect(card.contains(zone))
  }

  @Test func theDayListInEachStaffLanguage() {
    let day = BoardText.day(noonSlot.date, [sampleOrder()], context()).text
    #expect(render(day, "ru").contains("🚚 15 красных роз × 1"))
    #expect(render(day, "kk").contains("🚚 15 қызыл раушан × 1"))
    #expect(render(day, "en").contains("🚚 15 red roses × 1"))
  }

  /// A bouquet renamed after the order was placed: the card shows the title it was ordered
  /// under in every language, never a translation of the new title.
  @Test func aRenamedBouquetKeepsItsOrderedTitle() {
    var c = context()
    c.catalog.products[ProductID(1)]?.title = "15 алых роз"
    let card = OrderText.card(sampleOrder(), c)
    for language in ["ru", "kk", "en"] {
      #expect(render(card, language).contains("💐 15 красных роз × 1"))
    }
  }
}
