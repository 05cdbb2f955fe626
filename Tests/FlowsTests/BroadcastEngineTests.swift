import Dialog
import FlowerShop
import Foundation
import GRDB
import Logging
import Testing

@testable import Flows

/// Broadcasts through the real engine and SQLite: recipients, bulk priority, a restart halfway
/// with no duplicate and no loss, cancel withdrawing the rest, roles granted in SQLite.
@Suite struct BroadcastEngineTests {
  /// Accepts messages, or fails every one of them while `down` (a crash or an outage).
  final class CountingDelivery: MessageDelivery, @unchecked Sendable {
    let lock = NSLock()
    var perChat: [Int64: Int] = [:]
    var order: [OutgoingMessage] = []
    var down = false
    var budget = Int.max
    func deliver(_ message: OutgoingMessage) async throws(DeliveryError) -> Int64? {
      let outcome = lock.withLock { () -> Result<Int64?, DeliveryError> in
        if down || budget == 0 { return .failure(.transient("down")) }
        budget -= 1
        order.append(message)
        guard let chat = message.chatID, message.isNewMessage else { return .success(nil) }
        perChat[chat, default: 0] += 1
        return .success(Int64(perChat[chat]!))
      }
      return try outcome.get()
    }
  }

  let database: DatabaseQueue
  let delivery = CountingDelivery()
  let customers: [Int64] = Array(5001...5010)

  init() throws {
    database = try BotDatabase.inMemory()
    _ = try makeBot()
    try database.write { db in
      for id in customers + [2001] {
        try ChatStore.touch(
          db, chat: ChatID(id), sender: Sender(user: UserID(id), firstName: "C\(id)"), isPrivate: true, language: "ru",
          at: orderCreatedAt)
      }
      try ChatStore.setOptedOut(db, chat: ChatID(5009), true)
      try ChatStore.markBlocked(db, chat: ChatID(5010), true)
    }
  }

  func makeBot() throws -> Bot { try demoBot(database: database, delivery: delivery) }

  func send(_ bot: Bot, _ input: Input, from user: Int64 = 1000, update: Int64, pressed: Int64? = nil) async throws {
    let event = IncomingEvent(
      updateID: update, chat: ChatID(user), sender: Sender(user: UserID(user), firstName: "Асель"), input: input,
      callbackQueryID: pressed == nil ? nil : "q\(update)",
      pressedMessage: pressed.map { PressedMessage(messageID: $0, isText: true) })
    #expect(try await bot.engine.process(event) == .processed)
  }

  /// `/broadcast`, the text, and the confirm press.
  func startBroadcast(_ bot: Bot, _ text: String, firstUpdate: Int64) async throws {
    try await send(bot, .command(name: "broadcast", arguments: ""), update: firstUpdate)
    try await send(bot, .text(text), update: firstUpdate + 1)
    let session = String(firstUpdate + 1, radix: 36)
    try await send(bot, .button(data: "a:bc:\(session)"), update: firstUpdate + 2, pressed: 3)
  }

  func progress(_ id: Int64 = 1) throws -> BroadcastProgress {
    try database.read { db in try BroadcastStore.progress(db, broadcast: BroadcastID(id)) }
  }

  @Test func customersWhoMayGetNoticesGetOneBulkMessageEach() async throws {
    let bot = try makeBot()
    try await startBroadcast(bot, "Акция!", firstUpdate: 1)
    let rows = try await database.read { db in
      try Row.fetchAll(db, sql: "SELECT chat_id, priority FROM outbox WHERE priority = ? ORDER BY id", arguments: [2])
    }
    #expect(rows.map { $0["chat_id"] as Int64 } == Array(5001...5008))
    #expect(try progress() == BroadcastProgress(remaining: 8))
  }

  @Test func aRestartHalfwayLosesNothingAndSendsNothingTwice() async throws {
    let bot = try makeBot()
    try await startBroadcast(bot, "Акция!", firstUpdate: 1)
    delivery.budget = 5
    try await bot.deliverPending()
    let restarted = try makeBot()
    delivery.budget = .max
    try await restarted.deliverPending()
    for chat in 5001...5008 { #expect(delivery.perChat[Int64(chat)] == 1) }
    #expect(delivery.perChat[5009] == nil && delivery.perChat[5010] == nil && delivery.perChat[2001] == nil)
    #expect(try progress() == BroadcastProgress(sent: 8))
  }

  @Test func orderRepliesGoAheadOfTheBroadcast() async throws {
    let bot = try makeBot()
    try await startBroadcast(bot, "Акция!", firstUpdate: 1)
    try await send(bot, .command(name: "my", arguments: ""), from: 5008, update: 10)
    try await bot.deliverPending()
    let chats = delivery.order.compactMap { $0.isNewMessage ? $0.chatID : nil }.filter { $0 != 1000 }
    // The customer's reply was queued after the 8 notices, and still goes first.
    #expect(chats == [5008] + Array(5001...5008))
  }

  @Test func cancelWithdrawsWhatIsNotSentAndASecondBroadcastWaits() async throws {
    let bot = try makeBot()
    try await startBroadcast(bot, "Акция!", firstUpdate: 1)
    delivery.budget = 3
    try await bot.deliverPending()
    try await startBroadcast(bot, "Вторая", firstUpdate: 20)
    let broadcasts = try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM broadcasts") }
    #expect(broadcasts == 1)
    try await send(bot, .command(name: "broadcast", arguments: "cancel"), update: 30)
    let stopped = try progress()
    #expect(stopped.cancelled > 0 && stopped.remaining == 0 && stopped.total == 8)
    let status = try await database.read { db in try BroadcastStore.broadcast(db, id: BroadcastID(1))?.status }
    #expect(status == .cancelled)
  }

  @Test func aGrantedFloristIsStaffUntilRevoked() async throws {
    let bot = try makeBot()
    try await send(bot, .command(name: "florist", arguments: "add 5001"), update: 1)
    let granted = try await database.read { db in
      try StaffStore.isGrantedFlorist(db, shopID: demoShop.shop.id, user: UserID(5001))
    }
    #expect(granted)
    let menu = try await database.read { db in
      try String.fetchOne(db, sql: "SELECT payload FROM outbox WHERE method = 'setMyCommands' AND chat_id = 5001")
    }
    #expect(menu?.contains("\"orders\"") == true)
    try await startBroadcast(bot, "Акция!", firstUpdate: 10)
    #expect(try progress().total == 7)
    try await send(bot, .command(name: "florist", arguments: "remove 5001"), update: 20)
    let revoked = try await database.read { db in
      try StaffStore.isGrantedFlorist(db, shopID: demoShop.shop.id, user: UserID(5001))
    }
    #expect(!revoked)
  }
}
