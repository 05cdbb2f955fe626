import FlowerShop
import GRDB
import Testing

/// The catalog cache answers from memory while nothing changed, and sees every change: made in
/// SQL by anyone, and undone by a rollback.
@Suite struct CatalogCacheTests {
  struct Undo: Error {}

  func price(_ catalog: Catalog) -> Int64? { catalog.products[ProductID(1)]?.price.tiyn }

  @Test func aChangeToAProductOrCategoryIsSeenAtOnce() throws {
    let database = try makeShopDatabase()
    let cache = CatalogCache()
    let first = try database.read { db in try cache.catalog(db, shopID: "demo") }
    #expect(first == Fixtures.catalog)
    try database.write { db in try db.execute(sql: "UPDATE products SET price_tiyn = 123 WHERE id = 1") }
    #expect(try database.read { db in price(try cache.catalog(db, shopID: "demo")) } == 123)
    try database.write { db in try db.execute(sql: "UPDATE categories SET title = 'Розочки' WHERE id = 'roses'") }
    let titles = try database.read { db in try cache.catalog(db, shopID: "demo").categories.map(\.title) }
    #expect(titles.contains("Розочки"))
  }

  @Test func aRolledBackChangeLeavesNoStaleCatalogBehind() throws {
    let database = try makeShopDatabase()
    let cache = CatalogCache()
    let original = try database.read { db in price(try cache.catalog(db, shopID: "demo")) }
    // Read inside a transaction that is then rolled back: the cache saw the change.
    #expect(throws: Undo.self) {
      try database.write { db in
        try db.execute(sql: "UPDATE products SET price_tiyn = 777 WHERE id = 1")
        #expect(price(try cache.catalog(db, shopID: "demo")) == 777)
        throw Undo()
      }
    }
    #expect(try database.read { db in price(try cache.catalog(db, shopID: "demo")) } == original)
    // Another change afterwards is seen as itself, not as the rolled-back one.
    try database.write { db in try db.execute(sql: "UPDATE products SET price_tiyn = 555 WHERE id = 1") }
    #expect(try database.read { db in price(try cache.catalog(db, shopID: "demo")) } == 555)
  }
}
