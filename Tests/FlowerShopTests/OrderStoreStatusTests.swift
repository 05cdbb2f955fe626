import FlowerShop
import Foundation
import GRDB
import Testing

@Suite struct OrderStoreStatusTests {
  let database: DatabaseQueue
  let order: Order

  init() throws {
    database = try makeShopDatabase()
    let request = Fixtures.request()
    let pricing = try OrderRules.validate(request, shop: Fixtures.shop, catalog: Fixtures.catalog, at: Fixtures.noon)
      .get()
    order = try database.write { db in
      try OrderStore.create(
        db, shopID: "demo", request: request, pricing: pricing, trackingID: TrackingID(rawValue: "Ab3_-xY9zQ0p"),
        chat: ChatID(1001), actor: "customer:1001", at: Fixtures.noon)
    }
  }

  @Test func allowedChangesAreRecordedInHistory() throws {
    let later = Fixtures.noon.addingTimeInterval(600)
    let accepted = try database.write { db in
      try OrderStore.changeStatus(db, order: order.id, to: .accepted, actor: "florist:2001", at: later)
    }
    #expect(accepted.status == .accepted)
    try database.read { db throws in
      #expect(try OrderStore.order(db, id: order.id)?.status == .accepted)
      #expect(
        try OrderStore.history(db, order: order.id) == [
          StatusChange(status: .new, actor: "customer:1001", at: Fixtures.noon),
          StatusChange(status: .accepted, actor: "florist:2001", at: later),
        ])
    }
  }

  @Test func refusedChangesThrowAndRecordNothing() throws {
    #expect(throws: OrderStoreError.statusChange(.notAllowed(from: .new, to: .delivered, fulfilment: .delivery))) {
      try database.write { db in
        try OrderStore.changeStatus(db, order: order.id, to: .delivered, actor: "florist:2001", at: Fixtures.noon)
      }
    }
    try database.read { db throws in
      #expect(try OrderStore.order(db, id: order.id)?.status == .new)
      #expect(try OrderStore.history(db, order: order.id).map(\.status) == [.new])
    }
  }

  @Test func unknownOrder() {
    #expect(throws: OrderStoreError.orderNotFound(OrderID(99))) {
      try database.write { db in
        try OrderStore.changeStatus(db, order: OrderID(99), to: .accepted, actor: "system", at: Fixtures.noon)
      }
    }
  }

  @Test func linksAreIdempotentAndListNewestFirst() throws {
    let second = try database.write { db in
      try OrderStore.create(
        db, shopID: "demo", request: order.request, pricing: order.pricing,
        trackingID: TrackingID(rawValue: "Zz9-_aB1cD2e"), chat: ChatID(1002), actor: "customer:1002",
        at: Fixtures.noon.addingTimeInterval(60))
    }
    try database.write { db in
      try OrderStore.link(db, chat: ChatID(1001), order: second.id, at: Fixtures.noon.addingTimeInterval(120))
      try OrderStore.link(db, chat: ChatID(1001), order: second.id, at: Fixtures.noon.addingTimeInterval(180))
    }
    try database.read { db throws in
      #expect(try OrderStore.linkedChats(db, order: second.id) == [ChatID(1002), ChatID(1001)])
      #expect(try OrderStore.linkedChats(db, order: order.id) == [ChatID(1001)])
      #expect(try OrderStore.orders(db, linkedTo: ChatID(1001)).map(\.number) == [OrderNumber(2), OrderNumber(1)])
      #expect(try OrderStore.orders(db, linkedTo: ChatID(1002)).map(\.number) == [OrderNumber(2)])
      #expect(try OrderStore.orders(db, linkedTo: ChatID(7)) == [])
      #expect(try OrderStore.all(db).map(\.number) == [OrderNumber(1), OrderNumber(2)])
      #expect(
        try OrderStore.orders(db, customerPhone: order.request.customer.phone).map(\.number) == [
          OrderNumber(2), OrderNumber(1),
        ])
      #expect(try OrderStore.orders(db, shopID: "demo", on: order.request.slot.date).count == 2)
      #expect(try OrderStore.orders(db, shopID: "demo", on: Fixtures.date(2026, 11, 29)) == [])
    }
  }
}
