import BotTesting
import Dialog
import FlowerShop
import Flows
import Foundation
import GRDB
import Logging
import Testing

/// The user lines of the delivery happy path, fed to a console session on a database file,
/// create exactly one order with the right total — what `grep '^customer>' … | flowerbot
/// console --db X` does.
@Suite struct ConsolePipeTests {
  @Test func happyPathUserLinesCreateExactlyOneOrder() async throws {
    let root = ConversationsReplayTests.root
    let transcript = try String(
      contentsOf: root.appendingPathComponent("conversations/ordering-delivery-happy-path.txt"), encoding: .utf8)
    let userLines = transcript.split(separator: "\n").filter { $0.hasPrefix("customer>") }.map(String.init)
    #expect(userLines.count > 15)

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowerbot-pipe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let database = try BotDatabase.openPool(path: folder.appendingPathComponent("shop.sqlite").path)
    let configuration = BotConfiguration(
      shop: try DemoShop.configuration(), imageDirectory: try DemoShop.directory,
      localizer: try Localizer(directory: root.appendingPathComponent("locales")))
    let simulator = try BotSimulator.make(
      configuration: configuration, database: database, start: TranscriptRunner.defaultStart)
    let console = ConsoleSession(simulator: simulator)
    for line in userLines {
      let output = await console.handle(line: line)
      #expect(!output.contains { $0.hasPrefix("! ") }, "\(line): \(output)")
    }
    let orders = try await database.read { db in try OrderStore.all(db) }
    #expect(orders.count == 1)
    #expect(orders.first?.pricing.total == Money.tenge(23_400))
    let json = try OrderExport.json(orders)
    #expect(json.contains("\"total\" : 23400"))
  }
}
