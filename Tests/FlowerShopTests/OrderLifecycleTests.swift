import FlowerShop
import Testing

@Suite struct OrderLifecycleTests {
  /// The allowed moves, written out from the product rules.
  static let delivery: Set<String> = [
    "new>accepted", "new>cancelled", "accepted>assembling", "accepted>cancelled", "assembling>photo_sent",
    "assembling>cancelled", "photo_sent>approved", "photo_sent>assembling", "photo_sent>cancelled",
    "approved>in_delivery", "approved>cancelled", "in_delivery>delivered",
  ]
  static let pickup: Set<String> = [
    "new>accepted", "new>cancelled", "accepted>assembling", "accepted>cancelled", "assembling>photo_sent",
    "assembling>cancelled", "photo_sent>approved", "photo_sent>assembling", "photo_sent>cancelled",
    "approved>ready_for_pickup", "approved>cancelled", "ready_for_pickup>picked_up", "ready_for_pickup>cancelled",
  ]

  @Test(arguments: OrderStatus.allCases, OrderStatus.allCases)
  func everyPairForBothFulfilments(from: OrderStatus, to: OrderStatus) {
    for fulfilment in Fulfilment.allCases {
      let allowed = (fulfilment == .delivery ? Self.delivery : Self.pickup).contains("\(from.rawValue)>\(to.rawValue)")
      let result = OrderLifecycle.change(from: from, to: to, fulfilment: fulfilment)
      if allowed {
        #expect(result == .success(to), "\(from) → \(to) for \(fulfilment)")
      } else {
        #expect(
          result == .failure(.notAllowed(from: from, to: to, fulfilment: fulfilment)),
          "\(from) → \(to) for \(fulfilment)")
      }
      #expect(OrderLifecycle.nextStatuses(from: from, fulfilment: fulfilment).contains(to) == allowed)
    }
  }

  @Test func nextStatusesInDisplayOrder() {
    #expect(
      OrderLifecycle.nextStatuses(from: .photoSent, fulfilment: .delivery) == [.approved, .assembling, .cancelled])
    #expect(OrderLifecycle.nextStatuses(from: .approved, fulfilment: .delivery) == [.inDelivery, .cancelled])
    #expect(OrderLifecycle.nextStatuses(from: .approved, fulfilment: .pickup) == [.readyForPickup, .cancelled])
    #expect(OrderLifecycle.nextStatuses(from: .inDelivery, fulfilment: .delivery) == [.delivered])
    #expect(OrderLifecycle.nextStatuses(from: .readyForPickup, fulfilment: .pickup) == [.pickedUp, .cancelled])
  }

  @Test func finalStatuses() {
    #expect(OrderStatus.allCases.filter(OrderLifecycle.isFinal) == [.delivered, .pickedUp, .cancelled])
    for status in OrderStatus.allCases where OrderLifecycle.isFinal(status) {
      for fulfilment in Fulfilment.allCases {
        #expect(OrderLifecycle.nextStatuses(from: status, fulfilment: fulfilment) == [])
      }
    }
  }

  @Test func rawValuesAreStable() {
    #expect(
      OrderStatus.allCases.map(\.rawValue) == [
        "new", "accepted", "assembling", "photo_sent", "approved", "in_delivery", "delivered", "ready_for_pickup",
        "picked_up", "cancelled",
      ])
  }
}
