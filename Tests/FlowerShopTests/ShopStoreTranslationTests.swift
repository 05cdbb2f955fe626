import FlowerShop
import Foundation
import GRDB
import Testing

/// Translations in SQLite: synced from the shop file, kept at restarts and chat edits, replaced
/// by the file's; imported from `title_<language>` columns; added to old databases by a new
/// migration.
@Suite struct ShopStoreTranslationTests {
  static var translatedShop: ShopConfiguration {
    var shop = Fixtures.shop
    shop.catalog.categories[0].translations = [
      "kk": CategoryTexts(title: "Раушандар"), "en": CategoryTexts(title: "Roses"),
    ]
    shop.catalog.products[0].translations = [
      "en": ProductTexts(title: "25 roses", description: "Red ones."), "kk": ProductTexts(title: "25 раушан"),
    ]
    return shop
  }

  func catalog(_ database: DatabaseQueue) throws -> Catalog {
    try database.read { db in try ShopStore.catalog(db, shopID: "demo") }
  }

  @Test func syncStoresTranslationsAndTheCatalogReadsThemBack() throws {
    let database = try makeShopDatabase(Self.translatedShop)
    let catalog = try catalog(database)
    #expect(
      catalog
        == Catalog(categories: Self.translatedShop.catalog.categories, products: Self.translatedShop.catalog.products))
    #expect(catalog.products[ProductID(1)]?.title(in: "kk") == "25 раушан")
    #expect(catalog.category(CategoryID("roses"))?.title(in: "en") == "Roses")
    let stored = try database.read { db in
      try String.fetchOne(db, sql: "SELECT translations FROM products WHERE id = 1")
    }
    #expect(stored == #"{"en":{"description":"Red ones.","title":"25 roses"},"kk":{"title":"25 раушан"}}"#)
  }

  @Test func aRestartAndAChatEditKeepThemAndTheFileReplacesThem() throws {
    let database = try makeShopDatabase(Self.translatedShop)
    try database.write { db in
      _ = try ShopStore.setPrice(db, shopID: "demo", product: ProductID(1), .tenge(18000))
      _ = try ShopStore.setAvailable(db, shopID: "demo", product: ProductID(1), false)
      try ShopStore.sync(db, configuration: Self.translatedShop)
    }
    let kept = try #require(try catalog(database).products[ProductID(1)])
    #expect(kept.translations == Self.translatedShop.catalog.products[0].translations)
    #expect(kept.price == .tenge(18000) && !kept.available)
    // The file is where titles and their translations are edited: a new title without its old
    // translations shows the new title in every language, never the stale translation.
    var edited = Self.translatedShop
    edited.catalog.products[0].title = "25 алых роз"
    edited.catalog.products[0].translations = ["en": ProductTexts(description: "Red ones.")]
    edited.catalog.categories[0].translations = [:]
    try database.write { db in try ShopStore.sync(db, configuration: edited) }
    let product = try #require(try catalog(database).products[ProductID(1)])
    #expect(
      [product.title(in: "en"), product.title(in: "kk"), product.description(in: "en")] == [
        "25 алых роз", "25 алых роз", "Red ones.",
      ])
    #expect(try catalog(database).category(CategoryID("roses"))?.title(in: "en") == "Розы")
  }

  @Test func importTakesTitleAndDescriptionColumnsPerLanguage() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = folder.appendingPathComponent("products.csv")
    try """
    title,price,category,image,title_kk,title_en,description_en
    Ромашки,5000,roses,daisy.jpg,Түймедақтар,Daisies,"Fresh, white."
    Лилии,7000,roses,lily.jpg,,,
    """.write(to: csv, atomically: true, encoding: .utf8)
    let items = try CatalogImportFile.load(csv)
    #expect(
      items[0].translations == [
        "kk": ProductTexts(title: "Түймедақтар"), "en": ProductTexts(title: "Daisies", description: "Fresh, white."),
      ])
    #expect(items[1].translations == [:])
    let database = try makeShopDatabase()
    let first = try database.write { db in try ShopStore.importProducts(db, shopID: "demo", products: items) }
    let again = try database.write { db in try ShopStore.importProducts(db, shopID: "demo", products: items) }
    #expect(first.created.count == 2 && again.unchanged == first.created)
    let daisies = try #require(try catalog(database).products[first.created[0]])
    #expect(
      [daisies.title(in: "kk"), daisies.title(in: "en"), daisies.description(in: "en")] == [
        "Түймедақтар", "Daisies", "Fresh, white.",
      ])
    // A file that no longer gives the translations takes them away: no stale text is left.
    var bare = items
    bare[0].translations = [:]
    let third = try database.write { db in try ShopStore.importProducts(db, shopID: "demo", products: bare) }
    #expect(third.updated == [first.created[0]])
    #expect(try catalog(database).products[first.created[0]]?.title(in: "en") == "Ромашки")
  }

  @Test func aBadLanguageColumnIsRefused() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: file) }
    try #"[{"title": "Розы", "price": 1, "category": "roses", "image": "r.jpg", "title_Kazakh!": "Раушан"}]"#
      .write(to: file, atomically: true, encoding: .utf8)
    #expect(throws: CatalogImportError.invalid(item: 1, "title_Kazakh!: Kazakh! is not a language code like kk or en"))
    {
      try CatalogImportFile.load(file)
    }
  }

  @Test func aJSONImportMayUseTheShopFilesForm() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: file) }
    try #"""
    [{"title": "Ромашки", "price": 5000, "category": "roses", "image": "d.jpg", "title_en": "Daisies!",
      "translations": {"en": {"title": "Daisies", "description": "Fresh."}, "kk": {"title": "Түймедақтар"}}}]
    """#.write(to: file, atomically: true, encoding: .utf8)
    // A flat column wins over the same text in `translations`.
    #expect(
      try CatalogImportFile.load(file)[0].translations == [
        "en": ProductTexts(title: "Daisies!", description: "Fresh."), "kk": ProductTexts(title: "Түймедақтар"),
      ])
    try
      #"[{"title": "Ромашки", "price": 1, "category": "roses", "image": "d.jpg", "translations": {"kk": "Түймедақ"}}]"#
      .write(to: file, atomically: true, encoding: .utf8)
    #expect(throws: CatalogImportError.self) { try CatalogImportFile.load(file) }
  }

  /// A database made before translations existed gets the columns, with no translations, and
  /// keeps its products.
  @Test func theMigrationIsAdditive() throws {
    let database = try DatabaseQueue()
    var before = DatabaseMigrator()
    FlowerShopSchema.register(in: &before)
    try before.migrate(database, upTo: "flowershop-catalog-version")
    try database.write { db in
      try db.execute(sql: "INSERT INTO shops (id, name) VALUES ('demo', 'Демо')")
      try db.execute(
        sql: """
          INSERT INTO products (id, shop_id, category_id, title, price_tiyn, images) VALUES (7, 'demo', 'roses', 'Розы', 100, '[]')
          """)
    }
    var after = DatabaseMigrator()
    FlowerShopSchema.register(in: &after)
    try after.migrate(database)
    let product = try #require(try catalog(database).products[ProductID(7)])
    #expect(product.translations == [:] && product.title(in: "en") == "Розы")
  }
}
