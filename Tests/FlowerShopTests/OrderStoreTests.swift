import FlowerShop
import Foundation
import GRDB
import Testing

@Suite struct OrderStoreTests {
  static let tracking = ["Ab3_-xY9zQ0p", "Zz9-_aB1cD2e", "Qq1Ww2Ee3Rr4"].compactMap(TrackingID.init(validating:))

  func place(
    _ database: DatabaseQueue, _ request: OrderRequest = Fixtures.request(), tracking: Int = 0, chat: Int64 = 1001,
    at: Date = Fixtures.noon
  ) throws -> Order {
    try database.write { db in
      let catalog = try ShopStore.catalog(db, shopID: "demo")
      let pricing = try OrderRules.validate(request, shop: Fixtures.shop, catalog: catalog, at: Fixtures.noon).get()
      return try OrderStore.create(
        db, shopID: "demo", request: request, pricing: pricing, trackingID: Self.tracking[tracking],
        chat: ChatID(chat), actor: "customer:\(chat)", at: at)
    }
  }

  @Test func numbersOrdersOfAShopFromOne() throws {
    let database = try makeShopDatabase()
    let first = try place(database)
    let second = try place(database, tracking: 1)
    #expect(first.number == OrderNumber(1))
    #expect(second.number == OrderNumber(2))
    #expect(first.id != second.id)
    #expect(try database.read { db in try OrderStore.order(db, shopID: "demo", number: OrderNumber(2)) } == second)
    #expect(try database.read { db in try OrderStore.order(db, shopID: "demo", number: OrderNumber(3)) } == nil)
  }

  @Test func findsAnOrderByTrackingID() throws {
    let database = try makeShopDatabase()
    let order = try place(database)
    #expect(order.trackingID == Self.tracking[0])
    #expect(try database.read { db in try OrderStore.order(db, trackingID: Self.tracking[0]) } == order)
    #expect(try database.read { db in try OrderStore.order(db, trackingID: Self.tracking[1]) } == nil)
    #expect(throws: DatabaseError.self) { try place(database, tracking: 0) }
  }

  @Test(arguments: [
    DeliveryAddress.text("ул. Достык, 5, кв. 12"), .location(latitude: 43.238949, longitude: 76.889709), .askRecipient,
  ])
  func roundTripsEveryField(address: DeliveryAddress) throws {
    let database = try makeShopDatabase()
    var request = Fixtures.request()
    request.address = address
    request.lines = [OrderLine(product: ProductID(1), quantity: 1), OrderLine(product: ProductID(2), quantity: 2)]
    let order = try place(database, request)
    let stored = try #require(try database.read { db in try OrderStore.order(db, id: order.id) })
    #expect(stored == order)
    #expect(stored.request == request)
    #expect(stored.shopID == "demo")
    #expect(stored.status == .new)
    #expect(stored.createdAt == Fixtures.noon)
    #expect(stored.pricing.lines.map(\.title) == ["25 роз", "Тюльпаны"])
    #expect(stored.pricing.itemsTotal == .tenge(35000))
    #expect(stored.pricing.deliveryCost == .zero)
    #expect(stored.pricing.total == .tenge(35000))
  }

  @Test func roundTripsAPickupWithoutOptionalFields() throws {
    let database = try makeShopDatabase()
    var request = Fixtures.request()
    request.fulfilment = .pickup
    request.zone = nil
    request.address = nil
    request.postcard = nil
    request.anonymous = true
    request.surprise = false
    request.payment = .cash
    let order = try place(database, request)
    #expect(try database.read { db in try OrderStore.order(db, id: order.id) }?.request == request)
  }

  /// `create` builds the order it returns without reading it back: it must be what a read gives,
  /// also for times between milliseconds and for a pickup without the optional fields.
  @Test(arguments: [0, 0.0004, 0.0006, 1234.5678, -0.0005])
  func createReturnsTheOrderAsStored(offset: Double) throws {
    let database = try makeShopDatabase()
    var pickup = Fixtures.request()
    pickup.fulfilment = .pickup
    pickup.zone = nil
    pickup.address = nil
    pickup.postcard = nil
    pickup.lines = [OrderLine(product: ProductID(2), quantity: 3), OrderLine(product: ProductID(1), quantity: 1)]
    for (index, request) in [Fixtures.request(), pickup].enumerated() {
      let order = try place(database, request, tracking: index, at: Fixtures.noon.addingTimeInterval(offset))
      #expect(try database.read { db in try OrderStore.order(db, id: order.id) } == order)
    }
  }

  @Test func creatingAnOrderDecrementsStock() throws {
    let database = try makeShopDatabase()
    var request = Fixtures.request()
    request.lines = [OrderLine(product: ProductID(2), quantity: 2)]
    _ = try place(database, request)
    let stock = try database.read { db in try ShopStore.catalog(db, shopID: "demo") }.products[ProductID(2)]?.stock
    #expect(stock == 1)
  }
}
