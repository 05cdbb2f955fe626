import FlowerShop
import Foundation
import Testing

@Suite struct OrderRulesTests {
  func validate(
    _ change: (inout OrderRequest) -> Void, shop: ShopConfiguration = Fixtures.shop
  )
    -> Result<Pricing, OrderValidationError>
  {
    var request = Fixtures.request()
    change(&request)
    return OrderRules.validate(request, shop: shop, catalog: Fixtures.catalog, at: Fixtures.noon)
  }

  @Test func pricesADeliveryFromTheCatalog() {
    let pricing = validate {
      $0.lines = [OrderLine(product: ProductID(1), quantity: 1), OrderLine(product: ProductID(2), quantity: 1)]
    }
    #expect(
      pricing
        == .success(
          Pricing(
            lines: [
              PricedLine(
                product: ProductID(1), title: "25 роз", quantity: 1, unitPrice: .tenge(17000), total: .tenge(17000)),
              PricedLine(
                product: ProductID(2), title: "Тюльпаны", quantity: 1, unitPrice: .tenge(9000), total: .tenge(9000)),
            ], itemsTotal: .tenge(26000), deliveryCost: .tenge(1500), total: .tenge(27500))))
  }

  @Test func deliveryIsFreeFromTheThreshold() throws {
    let pricing = try validate { $0.lines = [OrderLine(product: ProductID(1), quantity: 2)] }.get()
    #expect(pricing.itemsTotal == .tenge(34000))
    #expect(pricing.deliveryCost == .zero)
    #expect(pricing.total == .tenge(34000))
  }

  @Test func pickupIgnoresZoneAndAddress() throws {
    let pricing = try validate {
      $0.fulfilment = .pickup
      $0.zone = ZoneID("moon")
      $0.address = nil
    }.get()
    #expect(pricing.deliveryCost == .zero)
    #expect(pricing.total == .tenge(17000))
  }

  @Test func acceptsEveryKindOfAddress() {
    #expect((try? validate { $0.address = .location(latitude: 43.24, longitude: 76.95) }.get()) != nil)
    #expect((try? validate { $0.address = .askRecipient }.get()) != nil)
  }

  @Test func refusesAnInactiveShop() {
    var shop = Fixtures.shop
    shop.shop.active = false
    #expect(validate({ _ in }, shop: shop) == .failure(.shopInactive))
  }

  @Test func refusesPaymentTheShopDoesNotTake() {
    #expect(validate { $0.payment = .card } == .failure(.paymentNotAccepted(.card)))
  }

  @Test func refusesBadLines() {
    #expect(validate { $0.lines = [] } == .failure(.emptyOrder))
    #expect(
      validate { $0.lines = [OrderLine(product: ProductID(99), quantity: 1)] }
        == .failure(.unknownProduct(ProductID(99))))
    #expect(
      validate { $0.lines = [OrderLine(product: ProductID(3), quantity: 1)] }
        == .failure(.productUnavailable(ProductID(3))))
    #expect(
      validate { $0.lines = [OrderLine(product: ProductID(1), quantity: 0)] }
        == .failure(.invalidQuantity(ProductID(1))))
    #expect(
      validate { $0.lines = [OrderLine(product: ProductID(1), quantity: -2)] }
        == .failure(.invalidQuantity(ProductID(1))))
    #expect(
      validate { $0.lines = [OrderLine(product: ProductID(1), quantity: 1000)] }
        == .failure(.invalidQuantity(ProductID(1))))
  }

  @Test func stockCountsEveryLineOfTheProduct() {
    #expect((try? validate { $0.lines = [OrderLine(product: ProductID(2), quantity: 3)] }.get()) != nil)
    #expect(
      validate { $0.lines = [OrderLine(product: ProductID(2), quantity: 4)] }
        == .failure(.outOfStock(ProductID(2), left: 3)))
    let twice = [OrderLine(product: ProductID(2), quantity: 2), OrderLine(product: ProductID(2), quantity: 2)]
    #expect(validate { $0.lines = twice } == .failure(.outOfStock(ProductID(2), left: 3)))
  }

  @Test func refusesASlotThatIsNoLongerFeasible() {
    #expect(validate { $0.slot = Fixtures.slot(Fixtures.date(2026, 11, 27), 13) } == .failure(.slotNotFeasible))
    #expect(validate { $0.slot = Fixtures.slot(Fixtures.date(2026, 11, 28), 10) } == .failure(.slotNotFeasible))
    #expect((try? validate { $0.slot = Fixtures.slot(Fixtures.date(2026, 11, 27), 15) }.get()) != nil)
  }

  @Test func deliveryNeedsAKnownZoneAndAnAddress() {
    #expect(validate { $0.zone = nil } == .failure(.zoneRequired))
    #expect(validate { $0.zone = ZoneID("moon") } == .failure(.unknownZone(ZoneID("moon"))))
    #expect(validate { $0.address = nil } == .failure(.addressRequired))
    #expect(validate { $0.address = .text(" \n ") } == .failure(.addressRequired))
  }

  @Test func recipientNeedsAName() {
    #expect(validate { $0.recipient.name = "  " } == .failure(.recipientNameRequired))
  }

  @Test func postcardIsCountedInCharacters() {
    let limit = OrderRules.postcardLimit
    #expect((try? validate { $0.postcard = String(repeating: "🌹", count: limit) }.get()) != nil)
    #expect((try? validate { $0.postcard = String(repeating: "ж", count: limit) }.get()) != nil)
    #expect(
      validate { $0.postcard = String(repeating: "ж", count: limit + 1) } == .failure(.postcardTooLong(limit: 500)))
    #expect((try? validate { $0.postcard = String(repeating: " ", count: limit + 1) }.get()) != nil)
    #expect((try? validate { $0.postcard = nil }.get()) != nil)
  }

  @Test func requestRoundTripsThroughJSON() throws {
    for address in [DeliveryAddress.text("ул. Достык, 5"), .location(latitude: 43.2, longitude: 76.9), .askRecipient] {
      var request = Fixtures.request()
      request.address = address
      let data = try JSONEncoder().encode(request)
      #expect(try JSONDecoder().decode(OrderRequest.self, from: data) == request)
    }
  }
}
