import Foundation
import GRDB

/// What an import changed.
public struct CatalogImportSummary: Sendable, Equatable {
  public var created: [ProductID] = []
  public var updated: [ProductID] = []
  public var unchanged: [ProductID] = []
  public init() {}
}

extension ShopStore {
  /// Products added at run time get ids from here on, so the hand-written ids of a shop file
  /// never collide with them.
  public static let firstRuntimeProductID: Int64 = 100_000

  /// Creates or updates products from an import file, matching by title and category; a
  /// product whose fields are all equal is left untouched, so importing the same file twice
  /// changes nothing. New products are marked `source = 'import'` and survive restarts. An
  /// updated product takes the file's translations, none when the file gives none.
  public static func importProducts(
    _ db: Database, shopID: String, products: [ImportedProduct]
  ) throws(CatalogImportError) -> CatalogImportSummary {
    do {
      let categories = try Row.fetchAll(
        db, sql: "SELECT id, title FROM categories WHERE shop_id = ?", arguments: [shopID])
      var summary = CatalogImportSummary()
      for (n, item) in products.enumerated() {
        guard
          let category = categories.first(where: {
            ($0["id"] as String) == item.category || ($0["title"] as String).lowercased() == item.category.lowercased()
          })?["id"] as String?
        else { throw CatalogImportError.unknownCategory(item: n + 1, item.category) }
        try importOne(db, shopID: shopID, category: category, item: item, into: &summary)
      }
      return summary
    } catch let error as CatalogImportError {
      throw error
    } catch {
      throw .unreadable(String(describing: error))
    }
  }

  private static func importOne(
    _ db: Database, shopID: String, category: String, item: ImportedProduct, into summary: inout CatalogImportSummary
  ) throws {
    let images = String(decoding: try JSONEncoder().encode([item.image]), as: UTF8.self)
    let translations = try TranslationsColumn.encode(item.translations)
    let existing = try Row.fetchOne(
      db,
      sql: """
        SELECT id, description, price_tiyn, images, available, translations FROM products
        WHERE shop_id = ? AND category_id = ? AND title = ?
        """,
      arguments: [shopID, category, item.title])
    guard let existing else {
      let next = max(try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM products") ?? 0, firstRuntimeProductID - 1) + 1
      try db.execute(
        sql: """
          INSERT INTO products
            (id, shop_id, category_id, title, description, price_tiyn, images, available, source, translations)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'import', ?)
          """,
        arguments: [
          next, shopID, category, item.title, item.description, item.price.tiyn, images, item.available, translations,
        ])
      summary.created.append(ProductID(next))
      return
    }
    let id = ProductID(existing["id"] as Int64)
    let same =
      existing["description"] as String == item.description && existing["price_tiyn"] as Int64 == item.price.tiyn
      && existing["images"] as String == images && existing["available"] as Bool == item.available
      && existing["translations"] as String == translations
    if same {
      summary.unchanged.append(id)
      return
    }
    // The file's translations replace the stored ones: a description changed in the file without
    // its translations drops them, so customers read the new text rather than a stale translation.
    try db.execute(
      sql:
        "UPDATE products SET description = ?, price_tiyn = ?, images = ?, available = ?, translations = ? WHERE id = ?",
      arguments: [item.description, item.price.tiyn, images, item.available, translations, id.rawValue])
    summary.updated.append(id)
  }
}
