import Dialog
import FlowerShop
import Foundation
import GRDB
import Testing

@testable import Flows

/// Kazakh and English customers read the shop's data (categories, bouquets, districts, the pickup
/// address) in their language, from the demo shop's `translations`; the florists' card is in the
/// florists' chat's language (see `RecipientLanguageTests`).
@Suite struct ShopTranslationTests {
  func context(_ language: String) -> OrderingContext {
    var c = FlowsTests.context()
    c.labels = ButtonLabels(localizer: localizer, language: language)
    return c
  }

  /// The text as the person reads it, with prices' no-break spaces as plain ones.
  func render(_ text: Text, _ language: String) -> String {
    Renderer(localizer: localizer).string(text, language: language).replacingOccurrences(of: "\u{00A0}", with: " ")
  }

  func button(_ label: Text, _ payload: OrderingButton) -> InlineButton {
    InlineButton(label, data: CallbackPayload.ordering(session: 7, payload).data)
  }

  @Test(arguments: [
    ("kk", ["Раушандар", "Аралас гүл шоқтары", "Қораптағы гүлдер", "Біртекті гүл шоқтары"]),
    ("en", ["Roses", "Mixed bouquets", "Flowers in a box", "Single-variety bouquets"]),
  ])
  func theCatalogsCategoriesAreInTheCustomersLanguage(_ language: String, _ titles: [String]) {
    let s = OrderingState(step: .category, draft: OrderDraft(), session: 7)
    let ids = ["roses", "mixed", "boxes", "mono"].map { CategoryID($0) }
    let rows = zip(titles, ids).map { [button(.verbatim($0), .category($1))] }
    #expect(Prompts.prompt(s, context(language)) == [Reply(key(.orderingChooseCategory), keyboard: .inline(rows))])
  }

  @Test func aKazakhCustomerReadsBouquetsAndTheirCard() {
    let c = context("kk")
    var draft = OrderDraft()
    draft.category = CategoryID("roses")
    let products = Prompts.prompt(OrderingState(step: .product, draft: draft, session: 7), c)
    let first = key(
      .orderingProductButton, ["title": "15 қызыл раушан", "price": .string(Money.tenge(21_900).formatted)])
    #expect(products.first?.text == key(.orderingChooseProduct, ["category": "Раушандар"]))
    guard case .inline(let rows)? = products.first?.keyboard else {
      Issue.record("no buttons")
      return
    }
    #expect(rows.first == [button(first, .product(ProductID(1)))])
    #expect(rows.count == 6)
    draft.product = ProductID(1)
    let card = Prompts.prompt(OrderingState(step: .quantity, draft: draft, session: 7), c)
    #expect(
      render(card[0].text, "kk").hasPrefix(
        "15 қызыл раушан\nМахаббатыңызды білдірудің классикалық тәсілі: қара күңгірт қағазға оралған он бес қызыл раушан."
      ))
  }

  @Test func districtsAndThePickupAddressAreInTheCustomersLanguage() {
    var draft = completeDeliveryDraft()
    draft.zone = nil
    let zones = Prompts.prompt(OrderingState(step: .zone, draft: draft, session: 7), context("en"))
    guard case .inline(let rows)? = zones.first?.keyboard else {
      Issue.record("no buttons")
      return
    }
    #expect(
      rows.dropLast().map { render($0[0].label, "en") } == [
        "Centre: Almaly, Medeu and Bostandyk districts — 1 500 ₸",
        "Auezov, Zhetysu, Turksib, Alatau and Nauryzbay districts — 2 500 ₸",
        "Suburbs: Boralday, Otegen Batyr, Irgeli, Tausamaly — 4 000 ₸",
      ])
    let pickup = Prompts.prompt(OrderingState(step: .fulfilment, draft: draft, session: 7), context("kk"))
    #expect(render(pickup[0].text, "kk").contains("Алматы, Панфилов көшесі, 98"))
  }

  /// The summary the customer confirms is in their language; the card the florists get at the
  /// confirmation is rendered in their chat's language, Russian here.
  @Test(arguments: [
    ("kk", "💐 15 қызыл раушан × 1 — 21 900 ₸", "(Орталық: Алмалы, Медеу және Бостандық аудандары)"),
    ("en", "💐 15 red roses × 1 — 21 900 ₸", "(Centre: Almaly, Medeu and Bostandyk districts)"),
  ])
  func theOrderSummaryAndConfirmation(_ language: String, _ item: String, _ zone: String) throws {
    let c = context(language)
    let summary = render(OrderText.summary(completeDeliveryDraft(), c), language)
    #expect(summary.contains("\n" + item + "\n"))
    #expect(summary.contains(zone))
    let request = try #require(completeDeliveryDraft().request(customerName: "Айгерим"))
    let pricing = try OrderRules.validate(request, shop: demoShop, catalog: c.catalog, at: c.now).get()
    #expect(pricing.lines.map(\.title) == ["15 красных роз"])
    let order = Order(
      id: OrderID(1), shopID: "demo-almaty", number: OrderNumber(1), trackingID: TrackingID(rawValue: "AAAAAAAAAAAA"),
      status: .new, request: request, pricing: pricing, createdAt: c.now)
    let t = Ordering.transition(
      OrderingState(step: .summary, draft: completeDeliveryDraft(), session: 7), .orderCreated(order), c)
    let card = Reply(
      to: ChatID(2001), OrderText.card(order, c), keyboard: BoardText.actions(order), priority: .notification)
    #expect(t == OrderingTransition(nil, [.send(MainMenu.orderConfirmation(order)), .send(card)]))
    let florists = render(card.text, "ru")
    #expect(florists.contains("💐 15 красных роз × 1 — 21 900 ₸"))
    #expect(florists.contains("(Центр: Алмалинский, Медеуский и Бостандыкский районы)"))
    // The order's list and card in tracking speak the customer's language too.
    let list = render(TrackingText.list([order], page: 1, c).text, language)
    #expect(list.contains(language == "kk" ? "💐 15 қызыл раушан × 1" : "💐 15 red roses × 1"))
  }

  /// Through the real engine and SQLite: the catalog the bot reads back from the database carries
  /// the translations, and a chat whose Telegram speaks Kazakh or English gets them.
  @Test(arguments: [("kk", "Раушандар", "15 қызыл раушан — 21 900 ₸"), ("en", "Roses", "15 red roses — 21 900 ₸")])
  func throughTheEngine(_ language: String, _ category: String, _ product: String) async throws {
    let bot = try demoBot()
    func send(_ input: Input, update: Int64) async throws {
      let event = IncomingEvent(
        updateID: update, chat: ChatID(1001),
        sender: Sender(user: UserID(1001), firstName: "Aigerim", languageCode: language), input: input,
        callbackQueryID: update > 1 ? "q\(update)" : nil)
      #expect(try await bot.engine.process(event) == .processed)
    }
    func sent() throws -> String {
      try bot.database.read { db in
        try String.fetchAll(db, sql: "SELECT payload FROM outbox WHERE chat_id = 1001 ORDER BY id").joined()
          .replacingOccurrences(of: "\u{00A0}", with: " ")
      }
    }
    try await send(.command(name: "catalog", arguments: ""), update: 1)
    #expect(try sent().contains("\"\(category)\""))
    #expect(!(try sent().contains("Розы")))
    try await send(.button(data: CallbackPayload.ordering(session: 1, .category(CategoryID("roses"))).data), update: 2)
    #expect(try sent().contains(product))
  }
}
