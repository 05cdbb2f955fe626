import BotTesting
import FlowerShop
import Foundation
import GRDB
import Logging
import TelegramBotAPI
import Testing

@testable import Dialog

/// Delivers like the fake transport and reports each delivery on a stream.
final class ReportingDelivery: MessageDelivery, @unchecked Sendable {
  let transport = FakeTelegramTransport()
  let delivered: AsyncStream<OutgoingMessage>
  private let continuation: AsyncStream<OutgoingMessage>.Continuation

  init() { (delivered, continuation) = AsyncStream.makeStream() }

  func deliver(_ message: OutgoingMessage) async throws(DeliveryError) -> Int64? {
    defer { continuation.yield(message) }
    return try await transport.deliver(message)
  }
}

struct SenderHarness {
  let database: DatabaseQueue
  let delivery = ReportingDelivery()
  let sender: OutboxSender

  init(maxInFlight: Int = 8) throws {
    database = try DatabaseQueue()
    var migrator = DatabaseMigrator()
    DialogSchema.register(in: &migrator)
    try migrator.migrate(database)
    let clock = SystemServiceClock()
    let dispatcher = OutboxDispatcher(
      database: database, delivery: delivery, clock: clock, logger: Logger(label: "test"))
    let limits = RateLimits(globalPerSecond: 10_000, perChatPerSecond: 10_000, perChatBurst: 100)
    sender = OutboxSender(
      dispatcher: dispatcher, clock: clock,
      configuration: SenderConfiguration(limits: limits, maxInFlight: maxInFlight),
      logger: Logger(label: "test"))
  }

  func append(_ text: String, chat: Int64, priority: OutboxPriority = .interactive) throws {
    try database.write { db in
      try OutboxStore.append(
        db, chat: ChatID(chat), message: .message(SendMessage(chatID: chat, text: text)), priority: priority, at: Date()
      )
    }
  }

  /// Runs the sender until `count` deliveries were attempted; returns their texts in order.
  func run(until count: Int) async -> [String] {
    let running = Task { await sender.run() }
    var texts: [String] = []
    for await message in delivery.delivered {
      if case .message(let m) = message { texts.append("\(m.chatID):\(m.text)") }
      if texts.count == count { break }
    }
    await sender.stop()
    await running.value
    return texts
  }
}

@Suite struct OutboxSenderTests {
  @Test func headsAreEachChatsNextRowMostUrgentFirst() throws {
    let h = try SenderHarness()
    try h.append("a1", chat: 1, priority: .bulk)
    try h.append("b1", chat: 2)
    try h.append("a2", chat: 1)
    try h.append("c1", chat: 3, priority: .notification)
    let heads = try h.database.read { db in try OutboxStore.heads(db, limit: 10) }
    #expect(heads.map(\.chat.rawValue) == [2, 1, 3])
    #expect(heads.map(\.id) == [2, 3, 4])
  }

  @Test func oneChatInOrderAndOrderRepliesAheadOfBulk() async throws {
    let h = try SenderHarness(maxInFlight: 1)
    for chat in 1...3 { try h.append("notice", chat: Int64(chat), priority: .bulk) }
    try h.append("first", chat: 9)
    try h.append("second", chat: 9)
    let texts = await h.run(until: 5)
    #expect(texts == ["9:first", "9:second", "1:notice", "2:notice", "3:notice"])
    #expect(await h.sender.statistics.sent == 5)
    let pending = try await h.database.read { db in try OutboxStore.pendingCount(db) }
    #expect(pending == 0)
  }

  @Test func aBlockedChatIsDroppedWhileOthersGoOn() async throws {
    let h = try SenderHarness(maxInFlight: 1)
    h.delivery.transport.block(chat: 1)
    try h.append("a1", chat: 1)
    try h.append("a2", chat: 1)
    try h.append("b1", chat: 2)
    _ = await h.run(until: 2)
    let statistics = await h.sender.statistics
    #expect(statistics.blockedChats == 1 && statistics.dropped == 1 && statistics.sent == 1)
    #expect(h.delivery.transport.delivered.count == 1)
  }

  @Test func aRowAcceptedOnceIsNeverSentAgainAfterARestart() async throws {
    let h = try SenderHarness()
    try h.append("once", chat: 1)
    _ = await h.run(until: 1)
    let again = OutboxSender(
      dispatcher: OutboxDispatcher(
        database: h.database, delivery: h.delivery, clock: SystemServiceClock(), logger: Logger(label: "t")),
      clock: SystemServiceClock(), logger: Logger(label: "t"))
    try h.append("later", chat: 1)
    let running = Task { await again.run() }
    var next: [String] = []
    for await message in h.delivery.delivered {
      if case .message(let m) = message { next.append(m.text) }
      break
    }
    await again.stop()
    await running.value
    #expect(next == ["later"])
  }
}
