import Foundation
import GRDB

/// The shop row and its catalog in SQLite.
public enum ShopStore {
  /// Upserts the shop row, its categories and products from configuration (products from the
  /// configuration that it no longer lists are marked unavailable, never deleted; imported and
  /// admin-added products are left alone). A product's stock is reset only when
  /// its configured stock changed, so restarts keep what orders already took; its visibility
  /// and price only when no admin changed them in chat (`ConfigOverrides`). Titles, descriptions
  /// and their `translations` always come from the file: the file is where they are edited.
  public static func sync(_ db: Database, configuration: ShopConfiguration) throws {
    let shopID = configuration.shop.id
    try db.execute(
      sql: """
        INSERT INTO shops (id, name, next_order_number) VALUES (?, ?, 1)
        ON CONFLICT(id) DO UPDATE SET name = excluded.name
        """, arguments: [shopID, configuration.shop.name])
    try db.execute(sql: "DELETE FROM categories WHERE shop_id = ?", arguments: [shopID])
    for (position, category) in configuration.catalog.categories.enumerated() {
      try db.execute(
        sql: "INSERT OR REPLACE INTO categories (shop_id, id, title, position, translations) VALUES (?, ?, ?, ?, ?)",
        arguments: [
          shopID, category.id.rawValue, category.title, position,
          try TranslationsColumn.encode(category.translations),
        ])
    }
    for product in configuration.catalog.products {
      try upsert(db, product: product, shopID: shopID)
    }
    try hideUnlisted(db, shopID: shopID, listed: Set(configuration.catalog.products.map(\.id.rawValue)))
  }

  private static func upsert(_ db: Database, product: Product, shopID: String) throws {
    let images = String(decoding: try JSONEncoder().encode(product.images), as: UTF8.self)
    try db.execute(
      sql: """
        INSERT INTO products
          (id, shop_id, category_id, title, description, price_tiyn, images, available, stock, configured_stock,
           translations)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(id) DO UPDATE SET
          shop_id = excluded.shop_id, category_id = excluded.category_id, title = excluded.title,
          description = excluded.description, images = excluded.images, translations = excluded.translations,
          price_tiyn = CASE WHEN instr(products.source, 'price') > 0
            THEN products.price_tiyn ELSE excluded.price_tiyn END,
          available = CASE WHEN instr(products.source, 'available') > 0
            THEN products.available ELSE excluded.available END,
          stock = CASE WHEN products.configured_stock IS excluded.configured_stock
            THEN products.stock ELSE excluded.stock END,
          configured_stock = excluded.configured_stock
        """,
      arguments: [
        product.id.rawValue, shopID, product.category.rawValue, product.title, product.description,
        product.price.tiyn, images, product.available, product.stock, product.stock,
        try TranslationsColumn.encode(product.translations),
      ])
  }

  /// The shop's categories in display order and all its products, unavailable ones included.
  public static func catalog(_ db: Database, shopID: String) throws -> Catalog {
    let categories = try Row.fetchAll(
      db, sql: "SELECT id, title, translations FROM categories WHERE shop_id = ? ORDER BY position",
      arguments: [shopID]
    ).map {
      Category(
        id: CategoryID($0["id"] as String), title: $0["title"],
        translations: try TranslationsColumn.decode($0["translations"], table: "categories"))
    }
    let products = try Row.fetchAll(
      db,
      sql: """
        SELECT id, category_id, title, description, price_tiyn, images, available, stock, translations
        FROM products WHERE shop_id = ? ORDER BY id
        """, arguments: [shopID]
    ).map(product)
    return Catalog(categories: categories, products: products)
  }

  /// Decrements stock for tracked products (never below zero).
  public static func reserveStock(_ db: Database, lines: [OrderLine]) throws {
    for line in lines {
      try db.cachedStatement(sql: "UPDATE products SET stock = MAX(stock - ?, 0) WHERE id = ? AND stock IS NOT NULL")
        .run {
          $0.bind(line.quantity)
          $0.bind(line.product.rawValue)
        }
    }
  }

  private static func product(_ row: Row) throws -> Product {
    let text: String = row["images"]
    guard let images = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
      throw StoredDataError.corrupt(table: "products", column: "images", value: text)
    }
    return Product(
      id: ProductID(row["id"] as Int64), category: CategoryID(row["category_id"] as String), title: row["title"],
      description: row["description"], price: Money(tiyn: row["price_tiyn"]), images: images,
      available: row["available"], stock: row["stock"],
      translations: try TranslationsColumn.decode(row["translations"], table: "products"))
  }
}
