import Foundation
import GRDB

/// The catalog as last read, per shop, with the catalog version it was read at. Triggers give
/// `catalog_version` a fresh random value on every change to products or categories (from this
/// process, `flowerbot catalog import` or any other), so a version always names one content,
/// even after a rolled-back change: a matching version means the cached catalog is current.
public final class CatalogCache: @unchecked Sendable {
  private let lock = NSLock()
  private var entries: [String: (version: Int64, catalog: Catalog)] = [:]

  public init() {}

  /// The shop's catalog: from the cache when the version matches, else read and cached.
  public func catalog(_ db: Database, shopID: String) throws -> Catalog {
    let version = try ShopStore.catalogVersion(db)
    if let cached = lock.withLock({ entries[shopID] }), cached.version == version { return cached.catalog }
    let catalog = try ShopStore.catalog(db, shopID: shopID)
    lock.withLock { entries[shopID] = (version, catalog) }
    return catalog
  }
}

extension ShopStore {
  /// The current catalog version (changes with every product or category change).
  public static func catalogVersion(_ db: Database) throws -> Int64 {
    // Read on every update: a cached statement, no GRDB cursor.
    try db.cachedStatement(sql: "SELECT version FROM catalog_version WHERE id = 1").fetchInt64() ?? 0
  }
}

enum CatalogVersionSchema {
  static func register(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("flowershop-catalog-version") { db in
      try db.execute(
        sql: """
          CREATE TABLE catalog_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
          INSERT INTO catalog_version (id, version) VALUES (1, random());
          """)
      for table in ["products", "categories"] {
        for event in ["INSERT", "UPDATE", "DELETE"] {
          try db.execute(
            sql: """
              CREATE TRIGGER catalog_version_\(table)_\(event.lowercased()) AFTER \(event) ON \(table)
              BEGIN UPDATE catalog_version SET version = random() WHERE id = 1; END
              """)
        }
      }
    }
  }
}
