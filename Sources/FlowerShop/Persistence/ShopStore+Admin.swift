import Foundation
import GRDB

extension ShopStore {
  /// Creates a product an admin added in chat (`source = 'admin'`, kept across restarts), with
  /// an id from `firstRuntimeProductID` on.
  public static func addProduct(
    _ db: Database, shopID: String, category: CategoryID, title: String, price: Money, image: String
  ) throws -> Product {
    let next = max(try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM products") ?? 0, firstRuntimeProductID - 1) + 1
    let images = String(decoding: try JSONEncoder().encode([image]), as: UTF8.self)
    try db.execute(
      sql: """
        INSERT INTO products (id, shop_id, category_id, title, description, price_tiyn, images, available, source)
        VALUES (?, ?, ?, ?, '', ?, ?, 1, 'admin')
        """,
      arguments: [next, shopID, category.rawValue, title, price.tiyn, images])
    return Product(
      id: ProductID(next), category: category, title: title, description: "", price: price, images: [image],
      available: true)
  }

  /// Shows or hides a product; nil when the shop has no such product. For a product from the
  /// shop configuration the choice outlives restarts (`ConfigOverrides`).
  public static func setAvailable(_ db: Database, shopID: String, product: ProductID, _ available: Bool) throws -> Bool?
  {
    try db.execute(
      sql: "UPDATE products SET available = ? WHERE id = ? AND shop_id = ?",
      arguments: [available, product.rawValue, shopID])
    guard db.changesCount == 1 else { return nil }
    try recordOverride(db, product: product, .available)
    return available
  }

  /// Changes a product's price; false when the shop has no such product. For a product from the
  /// shop configuration the new price outlives restarts (`ConfigOverrides`).
  public static func setPrice(_ db: Database, shopID: String, product: ProductID, _ price: Money) throws -> Bool {
    try db.execute(
      sql: "UPDATE products SET price_tiyn = ? WHERE id = ? AND shop_id = ?",
      arguments: [price.tiyn, product.rawValue, shopID])
    guard db.changesCount == 1 else { return false }
    try recordOverride(db, product: product, .price)
    return true
  }
}
