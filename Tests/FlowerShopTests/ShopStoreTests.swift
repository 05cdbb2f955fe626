import FlowerShop
import GRDB
import Testing

/// An in-memory database migrated with the shop's schema and synced with the fixture shop.
func makeShopDatabase(_ shop: ShopConfiguration = Fixtures.shop) throws -> DatabaseQueue {
  let database = try DatabaseQueue()
  var migrator = DatabaseMigrator()
  FlowerShopSchema.register(in: &migrator)
  try migrator.migrate(database)
  try database.write { db in try ShopStore.sync(db, configuration: shop) }
  return database
}

@Suite struct ShopStoreTests {
  @Test func syncStoresTheCatalog() throws {
    let database = try makeShopDatabase()
    let catalog = try database.read { db in try ShopStore.catalog(db, shopID: "demo") }
    #expect(catalog == Fixtures.catalog)
    #expect(catalog.products(in: CategoryID("roses")).map(\.id) == [ProductID(1)])
  }

  @Test func syncTwiceIsIdempotent() throws {
    let database = try makeShopDatabase()
    let (first, rows) = try database.read { db throws in
      (try ShopStore.catalog(db, shopID: "demo"), try Row.fetchAll(db, sql: "SELECT * FROM products ORDER BY id"))
    }
    try database.write { db in try ShopStore.sync(db, configuration: Fixtures.shop) }
    try database.read { db throws in
      #expect(try ShopStore.catalog(db, shopID: "demo") == first)
      #expect(try Row.fetchAll(db, sql: "SELECT * FROM products ORDER BY id") == rows)
      #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM shops") == 1)
      #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM categories") == 2)
    }
  }

  @Test func productsLeftOutOfTheConfigurationBecomeUnavailable() throws {
    let database = try makeShopDatabase()
    var shop = Fixtures.shop
    shop.catalog.products.removeAll { $0.id == ProductID(1) }
    shop.catalog.categories.removeAll { $0.id == CategoryID("tulips") }
    shop.catalog.products[0].price = .tenge(9500)
    try database.write { db in try ShopStore.sync(db, configuration: shop) }
    let catalog = try database.read { db in try ShopStore.catalog(db, shopID: "demo") }
    #expect(catalog.products[ProductID(1)]?.available == false)
    #expect(catalog.products[ProductID(1)]?.title == "25 роз")
    #expect(catalog.products[ProductID(2)]?.price == .tenge(9500))
    #expect(catalog.categories.map(\.id) == [CategoryID("roses")])
  }

  @Test func reserveStockDecrementsTrackedProductsOnly() throws {
    let database = try makeShopDatabase()
    let catalog = try database.write { db in
      try ShopStore.reserveStock(
        db, lines: [OrderLine(product: ProductID(1), quantity: 2), OrderLine(product: ProductID(2), quantity: 2)])
      return try ShopStore.catalog(db, shopID: "demo")
    }
    #expect(catalog.products[ProductID(1)]?.stock == nil)
    #expect(catalog.products[ProductID(2)]?.stock == 1)
  }

  @Test func resyncKeepsStockUnlessTheConfiguredStockChanged() throws {
    let database = try makeShopDatabase()
    try database.write { db in try ShopStore.reserveStock(db, lines: [OrderLine(product: ProductID(2), quantity: 2)]) }
    try database.write { db in try ShopStore.sync(db, configuration: Fixtures.shop) }
    #expect(try database.read { db in try ShopStore.catalog(db, shopID: "demo") }.products[ProductID(2)]?.stock == 1)
    var restocked = Fixtures.shop
    restocked.catalog.products[1].stock = 10
    try database.write { db in try ShopStore.sync(db, configuration: restocked) }
    #expect(try database.read { db in try ShopStore.catalog(db, shopID: "demo") }.products[ProductID(2)]?.stock == 10)
  }

  @Test func chatEditsOfConfiguredProductsSurviveARestart() throws {
    let database = try makeShopDatabase()
    try database.write { db throws in
      #expect(try ShopStore.setAvailable(db, shopID: "demo", product: ProductID(1), false) == false)
      #expect(try ShopStore.setAvailable(db, shopID: "demo", product: ProductID(3), true) == true)
      #expect(try ShopStore.setPrice(db, shopID: "demo", product: ProductID(2), .tenge(9500)))
    }
    try database.write { db in try ShopStore.sync(db, configuration: Fixtures.shop) }
    var expected = Fixtures.catalog
    expected.products[ProductID(1)]?.available = false
    expected.products[ProductID(2)]?.price = .tenge(9500)
    expected.products[ProductID(3)]?.available = true
    #expect(try database.read { db in try ShopStore.catalog(db, shopID: "demo") } == expected)
    let sources = try database.read { db in try String.fetchAll(db, sql: "SELECT source FROM products ORDER BY id") }
    #expect(sources == ["config:available", "config:price", "config:available"])
  }

  @Test func syncStillUpdatesTheFieldsTheAdminDidNotChange() throws {
    let database = try makeShopDatabase()
    try database.write { db throws in
      #expect(try ShopStore.setPrice(db, shopID: "demo", product: ProductID(2), .tenge(9500)))
      #expect(try ShopStore.setAvailable(db, shopID: "demo", product: ProductID(2), false) == false)
      #expect(try ShopStore.setPrice(db, shopID: "demo", product: ProductID(1), .tenge(18000)))
    }
    var shop = Fixtures.shop
    shop.catalog.products[0].available = false
    shop.catalog.products[0].price = .tenge(16000)
    shop.catalog.products[1].title = "Тюльпаны микс"
    shop.catalog.products[1].price = .tenge(8000)
    shop.catalog.products[1].available = true
    try database.write { db in try ShopStore.sync(db, configuration: shop) }
    let catalog = try database.read { db in try ShopStore.catalog(db, shopID: "demo") }
    #expect(catalog.products[ProductID(1)]?.available == false)
    #expect(catalog.products[ProductID(1)]?.price == .tenge(18000))
    #expect(catalog.products[ProductID(2)]?.title == "Тюльпаны микс")
    #expect(catalog.products[ProductID(2)]?.price == .tenge(9500))
    #expect(catalog.products[ProductID(2)]?.available == false)
  }

  @Test func aProductTheConfigurationDropsIsHiddenEvenIfShownAndComesBackWithTheFilesValues() throws {
    let database = try makeShopDatabase()
    try database.write { db throws in
      #expect(try ShopStore.setAvailable(db, shopID: "demo", product: ProductID(3), true) == true)
      #expect(try ShopStore.setPrice(db, shopID: "demo", product: ProductID(3), .tenge(25000)))
    }
    var shop = Fixtures.shop
    shop.catalog.products.removeAll { $0.id == ProductID(3) }
    try database.write { db in try ShopStore.sync(db, configuration: shop) }
    let dropped = try database.read { db in try ShopStore.catalog(db, shopID: "demo") }.products[ProductID(3)]
    #expect(dropped?.available == false)
    try database.write { db in try ShopStore.sync(db, configuration: Fixtures.shop) }
    #expect(try database.read { db in try ShopStore.catalog(db, shopID: "demo") } == Fixtures.catalog)
  }

  @Test func chatEditsOfProductsAddedAtRunTimeKeepTheirSource() throws {
    let database = try makeShopDatabase()
    let added = try database.write { db in
      try ShopStore.addProduct(
        db, shopID: "demo", category: CategoryID("roses"), title: "Гортензии", price: .tenge(12000), image: "h.jpg")
    }
    try database.write { db throws in
      #expect(try ShopStore.setPrice(db, shopID: "demo", product: added.id, .tenge(13000)))
      #expect(try ShopStore.setAvailable(db, shopID: "demo", product: ProductID(999), false) == nil)
      try ShopStore.sync(db, configuration: Fixtures.shop)
    }
    let source = try database.read { db in
      try String.fetchOne(db, sql: "SELECT source FROM products WHERE id = ?", arguments: [added.id.rawValue])
    }
    #expect(source == "admin")
    #expect(
      try database.read { db in try ShopStore.catalog(db, shopID: "demo") }.products[added.id]?.price == .tenge(13000))
  }
}
