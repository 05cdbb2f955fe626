import ArgumentParser
import FlowerShop
import Flows
import Foundation
import GRDB

/// `flowerbot orders --db PATH --json`: the orders as a JSON array, for export.
struct OrdersCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "orders", abstract: "Print the orders of a database.")

  @Option(help: "The bot's SQLite database.") var db: String
  @Flag(help: "Print a JSON array (snake_case keys, amounts in tenge).") var json = false

  func run() async throws {
    guard FileManager.default.fileExists(atPath: db) else { throw CLIError.databaseMissing(db) }
    let pool = try BotDatabase.openPool(path: db)
    try BotDatabase.migrator().migrate(pool)
    let orders = try await pool.read { db in try OrderStore.all(db) }
    if json {
      print(try OrderExport.json(orders))
      return
    }
    for order in orders {
      let r = order.request
      print(
        "#\(order.number) \(order.trackingID) \(order.status.rawValue) \(r.slot.date) \(r.slot.label) "
          + "\(r.fulfilment.rawValue) \(order.pricing.total.formatted)")
    }
  }
}
