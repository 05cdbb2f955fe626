import FlowerShop
import Flows
import Foundation
import GRDB
import VisualSearch

/// The shop database as `catalog import` and `search` use it: migrated, the shop file synced
/// and the catalog's images indexed, as `run` would leave it.
struct CatalogDatabase {
  let pool: DatabasePool
  let shop: ShopConfiguration
  let imageDirectory: URL
  let matching: PhotoMatching
  var embedder: any Embedder { matching.embedder }

  /// `weights`: the EfficientNet-Lite0 file; when it is absent the hand-made descriptor is used
  /// and a one-line hint goes to standard error.
  init(path: String, config: String?, weights: String = NeuralEmbedder.defaultWeightsPath) throws {
    let (matching, hint) = PhotoMatching.preferred(weights: URL(fileURLWithPath: weights))
    self.matching = matching
    if let hint { FileHandle.standardError.write(Data((hint + "\n").utf8)) }
    if let config {
      let url = URL(fileURLWithPath: config)
      shop = try ShopConfigurationLoader.load(from: url)
      imageDirectory = url.deletingLastPathComponent()
    } else {
      shop = try DemoShop.configuration()
      imageDirectory = try DemoShop.directory
    }
    pool = try BotDatabase.openPool(path: path)
    try BotDatabase.migrator().migrate(pool)
    try pool.write { db in try ShopStore.sync(db, configuration: shop) }
  }

  var shopID: String { shop.shop.id }

  /// Indexes what is not indexed yet with the current embedder.
  @discardableResult
  func index() throws -> IndexingReport {
    try CatalogIndexer(embedder: embedder).indexCatalog(pool, shopID: shopID, imageDirectory: imageDirectory)
  }

  func photoSearch(rule: MatchRule? = nil) throws -> PhotoSearch {
    let index = try pool.read { db in try EmbeddingStore.loadIndex(db, shopID: shopID, embedder: embedder) }
    return PhotoSearch(embedder: embedder, index: index, rule: rule ?? matching.rule)
  }
}

/// A command that could not do its job; printed as is, without the usage text.
struct CommandFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
