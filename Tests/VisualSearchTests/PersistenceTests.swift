import BotTesting
import Dialog
import FlowerShop
import Flows
import Foundation
import GRDB
import Testing

@testable import VisualSearch

/// An embedder that is the descriptor under another version: what a changed embedder looks like.
struct RenumberedEmbedder: Embedder {
  let base = DescriptorEmbedder()
  var name: String { base.name }
  let version: Int
  var dimension: Int { base.dimension }
  var preferredMinSide: Int { base.preferredMinSide }
  func embed(_ image: RGBImage) -> [Float] { base.embed(image) }
}

@Suite struct PersistenceTests {
  func demoDatabase() throws -> (DatabaseQueue, ShopConfiguration) {
    let database = try DatabaseQueue()
    try BotDatabase.migrator().migrate(database)
    let shop = try ShopConfigurationLoader.load(from: demoShopDirectory.appendingPathComponent("shop.json"))
    try database.write { db in try ShopStore.sync(db, configuration: shop) }
    return (database, shop)
  }

  @Test func indexesEveryImageOnceAndReindexesWhenTheEmbedderChanges() throws {
    let (database, shop) = try demoDatabase()
    let id = shop.shop.id
    let first = try CatalogIndexer(embedder: DescriptorEmbedder()).indexCatalog(
      database, shopID: id, imageDirectory: demoShopDirectory)
    #expect(first.indexed == 17 && first.unchanged == 0 && first.removed == 0 && first.failed.isEmpty)
    let again = try CatalogIndexer(embedder: DescriptorEmbedder()).indexCatalog(
      database, shopID: id, imageDirectory: demoShopDirectory)
    #expect(again.indexed == 0 && again.unchanged == 17)

    let loaded = try database.read { db in try EmbeddingStore.loadIndex(db, shopID: id, embedder: DescriptorEmbedder())
    }
    #expect(loaded.count == 17 * IndexViews.views(of: RGBImage(width: 8, height: 8, fill: (0, 0, 0))).count)
    #expect(loaded.productCount == 15)

    let changed = RenumberedEmbedder(version: 99)
    let stale = try database.read { db in try EmbeddingStore.loadIndex(db, shopID: id, embedder: changed) }
    #expect(stale.count == 0)
    let reindexed = try CatalogIndexer(embedder: changed).indexCatalog(
      database, shopID: id, imageDirectory: demoShopDirectory)
    #expect(reindexed.indexed == 17 && reindexed.removed == 17)
    let versions = try database.read { db in
      try Int.fetchAll(db, sql: "SELECT DISTINCT embedder_version FROM product_embeddings")
    }
    #expect(versions == [99])
  }

  @Test func theLoadedIndexSkipsUnavailableProductsAndFindsAvailableOnes() throws {
    let (database, shop) = try demoDatabase()
    try CatalogIndexer(embedder: DescriptorEmbedder()).indexCatalog(
      database, shopID: shop.shop.id, imageDirectory: demoShopDirectory)
    let index = try database.read { db in
      try EmbeddingStore.loadIndex(db, shopID: shop.shop.id, embedder: DescriptorEmbedder())
    }
    let search = PhotoSearch(embedder: DescriptorEmbedder(), index: index)
    // Product 13 (peonies) is unavailable in the demo shop.
    let peonies = search.search(imageData: try demoImage("peony-pink-15"))
    if case .exact(let hit) = peonies { Issue.record("unavailable product found: \(hit)") }
    #expect(
      search.search(imageData: try demoImage("rose-white-25"))
        == .exact(ScoredProduct(product: ProductID(2), similarity: 1)))
  }

  @Test func aMissingImageIsReportedAndOthersAreIndexed() throws {
    let (database, shop) = try demoDatabase()
    try database.write { db in try db.execute(sql: "UPDATE products SET images = '[\"images/gone.jpg\"]' WHERE id = 1")
    }
    let report = try CatalogIndexer(embedder: DescriptorEmbedder()).indexCatalog(
      database, shopID: shop.shop.id, imageDirectory: demoShopDirectory)
    #expect(report.indexed == 16)
    #expect(report.failed == ["images/gone.jpg": "no such file"])
  }

  @Test func buildingTheBotIndexesTheCatalogOnceAndAgainOnlyWhatIsNew() throws {
    let database = try DatabaseQueue()
    let shop = try ShopConfigurationLoader.load(from: demoShopDirectory.appendingPathComponent("shop.json"))
    let configuration = BotConfiguration(
      shop: shop, imageDirectory: demoShopDirectory,
      localizer: try Localizer(directory: repositoryRoot.appendingPathComponent("locales")))
    _ = try BotSimulator.make(configuration: configuration, database: database, start: TranscriptRunner.defaultStart)
    let firstStamps = try database.read { db in try EmbeddingStore.stamps(db, embedder: DescriptorEmbedder()) }
    #expect(firstStamps.count == 17)
    try database.write { db in try db.execute(sql: "UPDATE product_embeddings SET indexed_at = '2000-01-01'") }
    _ = try BotSimulator.make(configuration: configuration, database: database, start: TranscriptRunner.defaultStart)
    let untouched = try database.read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM product_embeddings WHERE indexed_at = '2000-01-01'")
    }
    #expect(untouched == 17)
  }
}
