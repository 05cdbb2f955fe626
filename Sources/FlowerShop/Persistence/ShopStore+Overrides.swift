import Foundation
import GRDB

/// The fields of a product from the shop configuration that an admin changed in chat
/// (`/product hide|show|price`): `ShopStore.sync` keeps them at the next start instead of
/// taking the file's values again. Kept in the product's `source` column: `config` (no
/// override), else `config:` followed by the overridden fields, e.g. `config:available,price`.
struct ConfigOverrides: OptionSet, Sendable {
  let rawValue: Int
  static let available = ConfigOverrides(rawValue: 1)
  static let price = ConfigOverrides(rawValue: 2)

  static let names: [(ConfigOverrides, String)] = [(.available, "available"), (.price, "price")]

  init(rawValue: Int) { self.rawValue = rawValue }

  /// The overrides a `source` value records; nil for products not from the configuration.
  init?(source: String) {
    guard source == "config" || source.hasPrefix("config:") else { return nil }
    let fields = source.dropFirst("config:".count).split(separator: ",").map(String.init)
    self = ConfigOverrides(Self.names.filter { fields.contains($0.1) }.map(\.0))
  }

  /// The `source` value recording these overrides.
  var source: String {
    let fields = Self.names.filter { contains($0.0) }.map(\.1)
    return fields.isEmpty ? "config" : "config:" + fields.joined(separator: ",")
  }

  /// SQL true for a `products` row whose `source` says it comes from the configuration.
  static let fromConfiguration = "(source = 'config' OR source LIKE 'config:%')"
}

extension ShopStore {
  /// Records that an admin set `field` of a configured product in chat (other products: no-op).
  static func recordOverride(_ db: Database, product: ProductID, _ field: ConfigOverrides) throws {
    guard
      let source = try String.fetchOne(
        db, sql: "SELECT source FROM products WHERE id = ?", arguments: [product.rawValue]),
      var overrides = ConfigOverrides(source: source)
    else { return }
    overrides.insert(field)
    try db.execute(
      sql: "UPDATE products SET source = ? WHERE id = ?", arguments: [overrides.source, product.rawValue])
  }

  /// Hides configured products the configuration no longer lists (and forgets their overrides,
  /// so listing one again brings the file's values back).
  static func hideUnlisted(_ db: Database, shopID: String, listed: Set<Int64>) throws {
    let configured = try Int64.fetchAll(
      db, sql: "SELECT id FROM products WHERE shop_id = ? AND \(ConfigOverrides.fromConfiguration)",
      arguments: [shopID])
    for id in configured where !listed.contains(id) {
      try db.execute(sql: "UPDATE products SET available = 0, source = 'config' WHERE id = ?", arguments: [id])
    }
  }
}
