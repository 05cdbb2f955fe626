import Foundation
import Testing

@testable import FlowerShop

@Suite struct OrderExportTests {
  func order(_ request: OrderRequest) throws -> Order {
    let pricing = try OrderRules.validate(request, shop: Fixtures.shop, catalog: Fixtures.catalog, at: Fixtures.noon)
      .get()
    return Order(
      id: OrderID(1), shopID: "demo", number: OrderNumber(7), trackingID: TrackingID(rawValue: "Ab3_-xY9zQ0p"),
      status: .accepted, request: request, pricing: pricing, createdAt: Fixtures.noon)
  }

  @Test func deliveryOrderWithSnakeCaseKeysAndTenge() throws {
    let json = try OrderExport.json([order(Fixtures.request())])
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    let first = try #require(parsed.first)
    #expect(first["number"] as? Int == 7)
    #expect(first["tracking_id"] as? String == "Ab3_-xY9zQ0p")
    #expect(first["status"] as? String == "accepted")
    #expect(first["created_at"] as? String == "2026-11-27T07:00:00Z")
    #expect(first["total"] as? Int == 18_500)
    let customer = try #require(first["customer"] as? [String: Any])
    #expect(customer["phone"] as? String == "+77771234567")
    let delivery = try #require(first["delivery"] as? [String: Any])
    #expect(delivery["type"] as? String == "delivery")
    #expect(delivery["date"] as? String == "2026-11-28")
    #expect(delivery["slot"] as? String == "11:00–13:00")
    #expect(delivery["cost"] as? Int == 1500)
    #expect(delivery["address"] as? String == "ул. Достык, 5, кв. 12")
    let items = try #require(first["items"] as? [[String: Any]])
    #expect(items.count == 1)
    #expect(items[0]["product_id"] as? Int == 1)
    #expect(items[0]["price"] as? Int == 17_000)
    #expect(items[0]["quantity"] as? Int == 1)
  }

  @Test func pickupAndAskRecipientHaveNoAddress() throws {
    var pickup = Fixtures.request()
    pickup.fulfilment = .pickup
    #expect(OrderExport(try order(pickup)).delivery.address == nil)
    #expect(OrderExport(try order(pickup)).delivery.cost == 0)
    var asking = Fixtures.request()
    asking.address = .askRecipient
    let export = OrderExport(try order(asking))
    #expect(export.delivery.address == nil)
    #expect(export.delivery.askRecipient)
  }
}
