import ArgumentParser
import FlowerShop
import Foundation
import VisualSearch

/// `flowerbot catalog …`: the shop's catalog from the command line.
struct CatalogCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "catalog", abstract: "Manage the catalog.", subcommands: [CatalogImportCommand.self])
}

/// `flowerbot catalog import FILE`: creates or updates products from a JSON array or a CSV
/// file and indexes their images for photo search; importing the same file twice changes nothing.
struct CatalogImportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import products from JSON or CSV and index their photos.",
    discussion: """
      Columns (JSON keys or CSV header): title, description (optional), price (whole tenge), \
      category (id or title of a shop category), image (path relative to the file), \
      available (optional, default true). Products are matched by title and category.
      """)

  @Argument(help: "A .json (array of objects) or .csv file.") var file: String
  @Option(help: "SQLite database (created if missing).") var db = "flowerbot.sqlite"
  @Option(help: "Shop configuration JSON (default: the embedded demo shop).") var config: String?

  func run() async throws {
    let products = try CatalogImportFile.load(URL(fileURLWithPath: file))
    for product in products where !FileManager.default.fileExists(atPath: product.image) {
      throw CommandFailure("\(product.title): no image at \(product.image)")
    }
    let database = try CatalogDatabase(path: db, config: config)
    let summary = try await database.pool.write { db in
      try ShopStore.importProducts(db, shopID: database.shopID, products: products)
    }
    let report = try database.index()
    print(
      "products: \(summary.created.count) created, \(summary.updated.count) updated, "
        + "\(summary.unchanged.count) unchanged")
    print("photos: \(report.indexed) indexed, \(report.unchanged) already indexed, \(report.removed) dropped")
    for (image, reason) in report.failed.sorted(by: { $0.key < $1.key }) { print("not indexed: \(image): \(reason)") }
  }
}
