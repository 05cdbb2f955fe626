import FlowerShop
import Foundation
import Testing

/// Shop data in other languages: the fallback rules, the shop file's `translations` objects
/// (files without them still load, and encode as before) and the demo shop's texts.
@Suite struct TranslationsTests {
  static let roses = Product(
    id: ProductID(1), category: CategoryID("roses"), title: "Красные розы", description: "Пятнадцать роз.",
    price: .tenge(17000), images: ["roses.jpg"],
    translations: [
      "en": ProductTexts(title: "Red roses", description: "Fifteen roses."),
      "kk": ProductTexts(title: "Қызыл раушандар"),
      "de": ProductTexts(title: "  ", description: ""),
    ])

  @Test func aTranslationWinsElseTheTextAsWritten() {
    let p = Self.roses
    #expect(p.title(in: "en") == "Red roses")
    #expect(p.description(in: "en") == "Fifteen roses.")
    // A missing field, a blank one, a missing language, the default language and nil: as written.
    #expect(p.title(in: "kk") == "Қызыл раушандар")
    #expect(p.description(in: "kk") == "Пятнадцать роз.")
    #expect(p.title(in: "de") == "Красные розы")
    #expect(p.description(in: "de") == "Пятнадцать роз.")
    #expect(p.title(in: "fr") == "Красные розы")
    #expect(p.title(in: "ru") == "Красные розы")
    #expect(p.title(in: nil) == "Красные розы")
  }

  @Test func categoriesZonesTheShopAndThePickupAddressFollowTheSameRules() {
    let category = Category(id: CategoryID("roses"), title: "Розы", translations: ["en": CategoryTexts(title: "Roses")])
    #expect(
      [category.title(in: "en"), category.title(in: "kk"), category.title(in: nil)] == ["Roses", "Розы", "Розы"])
    let zone = DeliveryZone(id: ZoneID("c"), name: "Центр", cost: .tenge(1), translations: ["kk": ZoneTexts()])
    #expect(zone.name(in: "kk") == "Центр")
    let shop = ShopInfo(id: "s", name: "Лавка", active: true, translations: ["en": ShopTexts(name: "The Shop")])
    #expect([shop.name(in: "en"), shop.name(in: "kk")] == ["The Shop", "Лавка"])
    var delivery = Fixtures.delivery
    delivery.translations = ["en": DeliveryTexts(pickupAddress: "1 Abay Ave")]
    #expect([delivery.pickupAddress(in: "en"), delivery.pickupAddress(in: "kk")] == ["1 Abay Ave", "ул. Абая, 1"])
  }

  @Test func anOrderedLineIsTranslatedOnlyWhileTheProductKeepsItsTitle() {
    var catalog = Catalog(categories: [], products: [Self.roses])
    #expect(catalog.title(of: ProductID(1), ordered: "Красные розы", in: "en") == "Red roses")
    #expect(catalog.title(of: ProductID(9), ordered: "Старый букет", in: "en") == "Старый букет")
    catalog.products[ProductID(1)]?.title = "Алые розы"
    #expect(catalog.title(of: ProductID(1), ordered: "Красные розы", in: "en") == "Красные розы")
  }

  @Test func aFileWithoutTranslationsLoadsAndEncodesAsBefore() throws {
    let json = #"{"id": 1, "category": "roses", "title": "Розы", "images": ["r.jpg"], "price": 17000}"#
    let product = try JSONDecoder().decode(Product.self, from: Data(json.utf8))
    #expect(product.translations == [:])
    let encoded = String(decoding: try JSONEncoder().encode(product), as: UTF8.self)
    #expect(!encoded.contains("translations"))
    let shop = try JSONDecoder().decode(ShopConfiguration.self, from: try JSONEncoder().encode(Fixtures.shop))
    #expect(shop == Fixtures.shop)
  }

  @Test func translationsRoundTripThroughTheShopFile() throws {
    var configuration = Fixtures.shop
    configuration.shop.translations = ["kk": ShopTexts(name: "Демо дүкен")]
    configuration.delivery.translations = ["en": DeliveryTexts(pickupAddress: "1 Abay Ave")]
    configuration.delivery.zones[0].translations = ["en": ZoneTexts(name: "Centre")]
    configuration.catalog.categories[0].translations = ["en": CategoryTexts(title: "Roses")]
    configuration.catalog.products[0] = Self.roses
    let decoded = try JSONDecoder().decode(ShopConfiguration.self, from: try JSONEncoder().encode(configuration))
    #expect(decoded == configuration)
  }

  @Test func aTranslationUnderSomethingThatIsNoLanguageCodeIsRefused() throws {
    var configuration = Fixtures.shop
    configuration.catalog.categories[1].translations = ["KZ": CategoryTexts(title: "Қызғалдақтар")]
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("shop-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: url) }
    try JSONEncoder().encode(configuration).write(to: url)
    #expect(
      throws: ShopConfigurationError.invalid(
        url, "category tulips.translations: KZ is not a language code like kk or en")
    ) {
      try ShopConfigurationLoader.load(from: url)
    }
    #expect(["kk", "en", "pt-br", "zh-hant"].allSatisfy(LanguageCode.isValid))
    #expect(!["", "KK", "kazakh", "k", "kk-", "kk_KZ"].contains(where: LanguageCode.isValid))
  }

  /// Everything of the demo shop a customer reads exists in Kazakh and English, different from
  /// the Russian text (a copied Russian text would be no translation).
  @Test(arguments: ["kk", "en"])
  func theDemoShopIsTranslated(_ language: String) throws {
    let shop = try DemoShop.configuration()
    var pairs: [(String, String)] = [
      (shop.shop.name, shop.shop.name(in: language)),
      (shop.delivery.pickupAddress, shop.delivery.pickupAddress(in: language)),
    ]
    pairs += shop.delivery.zones.map { ($0.name, $0.name(in: language)) }
    pairs += shop.catalog.categories.map { ($0.title, $0.title(in: language)) }
    pairs += shop.catalog.products.flatMap {
      [($0.title, $0.title(in: language)), ($0.description, $0.description(in: language))]
    }
    #expect(pairs.count == 2 + 3 + 4 + 30)
    for (russian, translated) in pairs { #expect(russian != translated, "\(language): \(russian)") }
    // Kazakh is written with the Kazakh letters, English with no Cyrillic at all.
    let texts = pairs.map(\.1).joined()
    if language == "kk" { #expect(texts.contains { "әғқңөұүһі".contains($0) }) }
    if language == "en" { #expect(!texts.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }) }
  }
}
