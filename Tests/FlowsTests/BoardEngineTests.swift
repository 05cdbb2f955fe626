import Dialog
import FlowerShop
import Foundation
import GRDB
import Logging
import Testing

@testable import Flows

/// The board through the real engine and SQLite: status changes recorded with the actor,
/// notifications queued for opted-out customers too, forged presses changing nothing, the
/// payment marked once.
@Suite struct BoardEngineTests {
  let bot: Bot
  let order: Order

  init() throws {
    bot = try demoBot()
    let sample = sampleOrder()
    order = try bot.database.write { db in
      let order = try OrderStore.create(
        db, shopID: demoShop.shop.id, request: sample.request, pricing: sample.pricing, trackingID: sample.trackingID,
        chat: ChatID(1001), actor: "customer:1001", at: orderCreatedAt)
      // The customer opted out of notices (/stop): order notifications still reach them.
      try ChatStore.touch(
        db, chat: ChatID(1001), sender: Sender(user: UserID(1001), firstName: "Айгерим"), isPrivate: true,
        language: "ru",
        at: orderCreatedAt)
      try db.execute(sql: "UPDATE chats SET opted_out = 1 WHERE chat_id = 1001")
      return order
    }
  }

  func press(_ data: String, by user: Int64, update: Int64) async throws {
    let event = IncomingEvent(
      updateID: update, chat: ChatID(user), sender: Sender(user: UserID(user), firstName: "Test"),
      input: .button(data: data),
      callbackQueryID: "q\(update)")
    #expect(try await bot.engine.process(event) == .processed)
  }

  func outbox(to chat: Int64) throws -> [(priority: Int, payload: String)] {
    try bot.database.read { db in
      try Row.fetchAll(
        db, sql: "SELECT priority, payload FROM outbox WHERE chat_id = ? AND method = 'sendMessage' ORDER BY id",
        arguments: [chat]
      ).map { (priority: $0["priority"], payload: $0["payload"]) }
    }
  }

  @Test func aFloristsPressChangesTheStatusAndNotifiesTheOptedOutCustomer() async throws {
    try await press("s:st:\(order.id.rawValue):new:accepted", by: 2001, update: 1)
    let history = try await bot.database.read { db in try OrderStore.history(db, order: order.id) }
    #expect(history.map(\.status) == [.new, .accepted])
    #expect(history.last?.actor == "florist:2001")
    let notices = try outbox(to: 1001)
    #expect(notices.count == 1)
    #expect(notices.first?.priority == OutboxPriority.notification.rawValue)
    #expect(notices.first?.payload.contains("Флорист скоро начнёт собирать букет.") == true)
  }

  @Test func aCustomersForgedPressChangesNothing() async throws {
    try await press("s:st:\(order.id.rawValue):new:accepted", by: 1001, update: 1)
    try await press("s:pd:\(order.id.rawValue)", by: 1001, update: 2)
    let stored = try await bot.database.read { db in try OrderStore.order(db, id: order.id) }
    #expect(stored?.status == .new)
    #expect(stored?.paidAt == nil)
    #expect(try outbox(to: 1001).isEmpty)
  }

  @Test func thePaymentIsMarkedOnce() async throws {
    try await press("s:pd:\(order.id.rawValue)", by: 2001, update: 1)
    try await press("s:pd:\(order.id.rawValue)", by: 1000, update: 2)
    let stored = try await bot.database.read { db in try OrderStore.order(db, id: order.id) }
    #expect(stored?.paidAt == almaty(2026, 11, 27, 10, 30))
    #expect(stored?.paidBy == "florist:2001")
    #expect(try outbox(to: 1001).count == 1)
  }

  @Test func aCancellationKeepsItsReasonInTheHistory() async throws {
    try await press("s:cy:\(order.id.rawValue)", by: 2001, update: 1)
    let reason = IncomingEvent(
      updateID: 2, chat: ChatID(2001), sender: Sender(user: UserID(2001), firstName: "Test"),
      input: .text("Нет нужных цветов"))
    #expect(try await bot.engine.process(reason) == .processed)
    let history = try await bot.database.read { db in try OrderStore.history(db, order: order.id) }
    #expect(
      history.last
        == StatusChange(
          status: .cancelled, actor: "florist:2001", at: almaty(2026, 11, 27, 10, 30), note: "Нет нужных цветов"))
  }
}
