import Dialog
import FlowerShop
import Flows
import Foundation
import GRDB
import Logging
import Testing

@testable import BotTesting

/// What the real bot logs about orders: structured lines with the ids, written only once the
/// update that made the order committed.
@Suite struct OrderLogTests {
  /// The person's input lines of a transcript (directives and user lines, not the bot's output).
  static func inputLines(of name: String) throws -> [String] {
    let file = EndToEndTests.locales.deletingLastPathComponent().appendingPathComponent("conversations/\(name)")
    return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
      .filter { $0.hasPrefix("@") || $0.contains("> ") && !$0.hasPrefix(" ") && !$0.hasPrefix("bot") }
  }

  @Test func anOrderIsLoggedWithItsIdsOnceCommitted() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("order-log-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let pool = try BotDatabase.openPool(path: folder.appendingPathComponent("bot.sqlite").path)
    // As each line is logged, a separate reader looks for the order: it sees only committed rows.
    let capture = LogCapture { entry in
      guard let id = entry.metadata["order_id"].flatMap(Int64.init) else { return [:] }
      let visible = DispatchQueue.global().sync {
        (try? pool.read { db in try OrderStore.order(db, id: OrderID(id)) }) != nil
      }
      return ["test.visible": visible ? "yes" : "no"]
    }
    let simulator = try BotSimulator.make(
      configuration: try EndToEndTests.configuration(), database: pool, start: TranscriptRunner.defaultStart,
      logger: capture.logger(level: .info))
    let console = ConsoleSession(simulator: simulator)
    for line in try Self.inputLines(of: "ordering-pickup.txt") {
      let output = await console.handle(line: line)
      #expect(output.first?.hasPrefix("!") != true, "\(line): \(output)")
    }
    let customer = try await simulator.user("customer")
    let created = capture.entries("order created")
    #expect(created.count == 1)
    let entry = try #require(created.first)
    #expect(entry.level == .info)
    #expect(entry.metadata["chat_id"] == "\(customer.userID)")
    #expect(entry.metadata["order_id"] == "1")
    #expect(entry.metadata["order_number"] != nil && entry.metadata["update_id"] != nil)
    #expect(entry.metadata["test.visible"] == "yes", "logged before the order was committed")
    #expect(!capture.entries.contains { $0.level >= .error })
    // Ids live in metadata, and nothing the customer typed (their phone) reaches a log line.
    for line in capture.entries {
      let digits = line.message.contains { $0.isNumber }
      #expect(!digits, "\(line.message)")
      let phone = line.metadata.values.contains { $0.contains("521 15 45") || $0.contains("5211545") }
      #expect(!phone, "\(line.metadata)")
    }
  }

  @Test func staffCancellingAnOrderIsLogged() async throws {
    let capture = LogCapture()
    let simulator = try BotSimulator.make(
      configuration: try EndToEndTests.configuration(), start: TranscriptRunner.defaultStart,
      logger: capture.logger(level: .info))
    let console = ConsoleSession(simulator: simulator)
    for line in try Self.inputLines(of: "board-cancel-with-reason.txt") { _ = await console.handle(line: line) }
    let florist = try await simulator.user("florist")
    let cancelled = try #require(capture.entries("order cancelled").first)
    #expect(cancelled.metadata["order_id"] == "1")
    #expect(cancelled.metadata["chat_id"] == "\(florist.userID)")
    #expect(cancelled.metadata["status"] == "cancelled")
    #expect(capture.entries("order created").count == 1)
  }

  @Test func paymentReceivedIsLogged() async throws {
    let capture = LogCapture()
    let simulator = try BotSimulator.make(
      configuration: try EndToEndTests.configuration(), start: TranscriptRunner.defaultStart,
      logger: capture.logger(level: .info))
    let console = ConsoleSession(simulator: simulator)
    let lines = try Self.inputLines(of: "ordering-pickup.txt") + ["florist> /order 1", "florist> [💰 Оплата получена]"]
    for line in lines {
      let output = await console.handle(line: line)
      #expect(output.first?.hasPrefix("!") != true, "\(line): \(output)")
    }
    let florist = try await simulator.user("florist")
    let paid = try #require(capture.entries("payment received").first)
    #expect(paid.metadata["order_id"] == "1" && paid.metadata["chat_id"] == "\(florist.userID)")
  }

  @Test(arguments: [
    ("approval-change-then-approved.txt", ["photo changes requested", "photo approved"]),
    ("approval-timeout-auto-approved.txt", ["photo approved"]),
  ])
  func photoDecisionsAreLogged(transcript: String, expected: [String]) async throws {
    let capture = LogCapture()
    let simulator = try BotSimulator.make(
      configuration: try EndToEndTests.configuration(), start: TranscriptRunner.defaultStart,
      logger: capture.logger(level: .info))
    let console = ConsoleSession(simulator: simulator)
    for line in try Self.inputLines(of: transcript) { _ = await console.handle(line: line) }
    let decisions = capture.entries.filter { $0.message.hasPrefix("photo ") }
    #expect(decisions.map(\.message) == expected)
    #expect(decisions.allSatisfy { $0.metadata["order_id"] == "1" && $0.metadata["round_id"] != nil })
    #expect(capture.entries("order status changed").contains { $0.metadata["status"] == "photo_sent" })
  }
}
