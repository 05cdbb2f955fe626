import ArgumentParser
import FlowerShop
import Foundation
import GRDB
import VisualSearch

/// `flowerbot search IMAGE`: what the bot would answer to this photo.
struct SearchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search", abstract: "Find the catalog's bouquets that look like a photo (JPEG or PNG).")

  @Argument(help: "The photo.") var image: String
  @Option(help: "SQLite database (created if missing).") var db = "flowerbot.sqlite"
  @Option(help: "Shop configuration JSON (default: the embedded demo shop).") var config: String?
  @Option(help: "At most this many similar products.") var top = 5
  @Flag(help: "Print a JSON array of {product_id, title, similarity, match}.") var json = false

  func run() async throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: image))
    let database = try CatalogDatabase(path: db, config: config)
    try database.index()
    var rule = database.matching.rule
    rule.maxSimilar = max(1, top)
    let outcome = try database.photoSearch(rule: rule).search(imageData: data)
    let catalog = try await database.pool.read { db in try ShopStore.catalog(db, shopID: database.shopID) }
    let titles = catalog.products.mapValues(\.title)
    if case .failed(let failure) = outcome { throw CommandFailure("cannot search \(image): \(failure.rawValue)") }
    if json, let text = SearchResultsJSON.encode(outcome, titles: titles) {
      print(text)
      return
    }
    switch outcome {
    case .exact(let hit): print("exact\t#\(hit.product)\t\(score(hit))\t\(titles[hit.product] ?? "")")
    case .similar(let hits):
      for hit in hits { print("similar\t#\(hit.product)\t\(score(hit))\t\(titles[hit.product] ?? "")") }
    case .none, .failed: print("no match")
    }
  }

  private func score(_ hit: ScoredProduct) -> String { String(format: "%.3f", hit.similarity) }
}
