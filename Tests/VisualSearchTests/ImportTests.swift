import FlowerShop
import Flows
import Foundation
import GRDB
import Testing

@testable import VisualSearch

@Suite struct ImportTests {
  /// A folder with an import file naming two generated bouquets by relative path.
  func importFolder(json: Bool) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowerbot-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("photos"), withIntermediateDirectories: true)
    for name in ["gen-03", "gen-17"] {
      try FileManager.default.copyItem(
        at: fixtures.appendingPathComponent("catalog/\(name).jpg"),
        to: folder.appendingPathComponent("photos/\(name).jpg"))
    }
    let text =
      json
      ? """
      [
        {"title": "Весенний", "description": "Тюльпаны и ирисы", "price": 15900, "category": "mixed", "image": "photos/gen-03.jpg"},
        {"title": "Ночь", "price": 21000, "category": "Розы", "image": "photos/gen-17.jpg", "available": false}
      ]
      """
      : #"""
      title,description,price,category,image,available
      Весенний,"Тюльпаны, ирисы и ""радость""",15900,mixed,photos/gen-03.jpg,
      Ночь,,21 000,Розы,photos/gen-17.jpg,false
      """#
    let file = folder.appendingPathComponent(json ? "catalog.json" : "catalog.csv")
    try text.write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  func database() throws -> (DatabaseQueue, ShopConfiguration) {
    let database = try DatabaseQueue()
    try BotDatabase.migrator().migrate(database)
    let shop = try ShopConfigurationLoader.load(from: demoShopDirectory.appendingPathComponent("shop.json"))
    try database.write { db in try ShopStore.sync(db, configuration: shop) }
    return (database, shop)
  }

  @Test func readsJSONAndCSVAlike() throws {
    let json = try CatalogImportFile.load(try importFolder(json: true))
    let csv = try CatalogImportFile.load(try importFolder(json: false))
    #expect(json.map(\.title) == ["Весенний", "Ночь"])
    #expect(json.map(\.price) == [.tenge(15_900), .tenge(21_000)])
    #expect(json.map(\.available) == [true, false])
    #expect(csv.map(\.price) == json.map(\.price))
    #expect(csv.map(\.available) == json.map(\.available))
    #expect(csv[0].description == "Тюльпаны, ирисы и \"радость\"")
    #expect(json[0].image.hasSuffix("/photos/gen-03.jpg") && json[0].image.hasPrefix("/"))
  }

  @Test func importingTwiceChangesNothingAndImportedProductsSurviveARestart() throws {
    let (database, shop) = try database()
    let items = try CatalogImportFile.load(try importFolder(json: true))
    let first = try database.write { db in try ShopStore.importProducts(db, shopID: shop.shop.id, products: items) }
    #expect(first.created == [ProductID(100_000), ProductID(100_001)])
    let indexer = CatalogIndexer(embedder: DescriptorEmbedder())
    let indexed = try indexer.indexCatalog(database, shopID: shop.shop.id, imageDirectory: demoShopDirectory)
    #expect(indexed.indexed == 19)

    let second = try database.write { db in try ShopStore.importProducts(db, shopID: shop.shop.id, products: items) }
    #expect(second.created.isEmpty && second.updated.isEmpty && second.unchanged.count == 2)
    #expect(try indexer.indexCatalog(database, shopID: shop.shop.id, imageDirectory: demoShopDirectory).indexed == 0)

    try database.write { db in try ShopStore.sync(db, configuration: shop) }  // a restart
    let catalog = try database.read { db in try ShopStore.catalog(db, shopID: shop.shop.id) }
    #expect(catalog.products[ProductID(100_000)]?.available == true)
    #expect(catalog.products[ProductID(100_000)]?.category == CategoryID("mixed"))
    #expect(catalog.products[ProductID(100_001)]?.category == CategoryID("roses"))

    var changed = items
    changed[0].price = .tenge(16_900)
    let third = try database.write { db in try ShopStore.importProducts(db, shopID: shop.shop.id, products: changed) }
    #expect(third.updated == [ProductID(100_000)] && third.unchanged == [ProductID(100_001)])
  }

  @Test func importedPhotosAreFoundBySearch() throws {
    let (database, shop) = try database()
    let items = try CatalogImportFile.load(try importFolder(json: false))
    try database.write { db in _ = try ShopStore.importProducts(db, shopID: shop.shop.id, products: items) }
    let embedder = DescriptorEmbedder()
    try CatalogIndexer(embedder: embedder).indexCatalog(
      database, shopID: shop.shop.id, imageDirectory: demoShopDirectory)
    let index = try database.read { db in try EmbeddingStore.loadIndex(db, shopID: shop.shop.id, embedder: embedder) }
    let search = PhotoSearch(embedder: embedder, index: index)
    let photo = try Data(contentsOf: fixtures.appendingPathComponent("catalog/gen-03.jpg"))
    guard case .exact(let hit) = search.search(imageData: photo) else { Issue.record("expected exact"); return }
    #expect(hit.product == ProductID(100_000))
    let hidden = try Data(contentsOf: fixtures.appendingPathComponent("catalog/gen-17.jpg"))
    if case .exact(let other) = search.search(imageData: hidden) { Issue.record("unavailable product found: \(other)") }
  }

  @Test func refusesUnknownCategoriesAndBadPrices() throws {
    let (database, shop) = try database()
    let item = ImportedProduct(
      title: "X", description: "", price: .tenge(1), category: "cacti", image: "/x.jpg", available: true)
    #expect(throws: CatalogImportError.unknownCategory(item: 1, "cacti")) {
      try database.write { db in try ShopStore.importProducts(db, shopID: shop.shop.id, products: [item]) }
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowerbot-bad-\(UUID().uuidString).csv")
    try "title,price,category,image\nX,дорого,mixed,x.jpg\n".write(to: folder, atomically: true, encoding: .utf8)
    #expect(throws: CatalogImportError.invalid(item: 1, "price must be whole tenge, got дорого")) {
      try CatalogImportFile.load(folder)
    }
  }
}

@Suite struct SearchResultsJSONTests {
  @Test func printsAnArrayOfProductIDTitleSimilarityAndMatch() throws {
    let titles = [ProductID(3): "51 розовая роза", ProductID(7): "Букет «Пастель»"]
    let exact = try #require(
      SearchResultsJSON.encode(.exact(ScoredProduct(product: ProductID(3), similarity: 0.98765)), titles: titles))
    let decoded = try JSONSerialization.jsonObject(with: Data(exact.utf8)) as? [[String: Any]]
    #expect(decoded?.count == 1)
    #expect(Set(decoded?.first?.keys.map { $0 } ?? []) == ["product_id", "title", "similarity", "match"])
    #expect(decoded?.first?["product_id"] as? Int == 3)
    #expect(decoded?.first?["title"] as? String == "51 розовая роза")
    #expect(decoded?.first?["similarity"] as? Double == 0.988)
    #expect(decoded?.first?["match"] as? String == "exact")
    let similar = try #require(
      SearchResultsJSON.encode(
        .similar([
          ScoredProduct(product: ProductID(7), similarity: 0.8), ScoredProduct(product: ProductID(3), similarity: 0.77),
        ]),
        titles: titles))
    let list = try JSONSerialization.jsonObject(with: Data(similar.utf8)) as? [[String: Any]]
    #expect(list?.map { $0["match"] as? String } == ["similar", "similar"])
    #expect(list?.map { $0["product_id"] as? Int } == [7, 3])
    #expect(SearchResultsJSON.encode(.none, titles: titles) == "[]")
    #expect(SearchResultsJSON.encode(.failed(.corrupt), titles: titles) == nil)
  }
}
