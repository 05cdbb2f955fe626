import Dialog
import FlowerShop
import Flows
import Foundation
import Testing

@testable import BotTesting

/// The real bot, built through `buildBot` with the demo shop.
@Suite struct EndToEndTests {
  static let locales = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("locales")

  static func configuration() throws -> BotConfiguration {
    BotConfiguration(
      shop: try DemoShop.configuration(), imageDirectory: try DemoShop.directory,
      localizer: try Localizer(directory: locales))
  }

  @Test func startGreetsTheCustomer() async throws {
    let simulator = try BotSimulator.make(configuration: try Self.configuration(), start: TranscriptRunner.defaultStart)
    let output = try await simulator.perform(.command("/start"), as: "customer")
    #expect(output.first == "bot → customer")
    #expect(output.count > 1)
  }

  @Test func consoleSessionPrintsRepliesAndHints() async throws {
    let simulator = try BotSimulator.make(configuration: try Self.configuration(), start: TranscriptRunner.defaultStart)
    let console = ConsoleSession(simulator: simulator)
    #expect(await console.prompt == "customer> ")
    #expect(await console.handle(line: "/start").first == "bot → customer")
    #expect(await console.handle(line: "[Нет такой кнопки]").first?.hasPrefix("! no button [Нет такой кнопки]") == true)
    #expect(await console.handle(line: "@advance 1h") == ["clock: 2026-11-27 11:00 (UTC+5)"])
    #expect(await console.handle(line: "nobody> hi") == ["! unknown user nobody (known: customer, florist, admin)"])
    #expect(await console.handle(line: ":user florist") == ["now acting as florist (id 2001, Daniyar)"])
    #expect(await console.prompt == "florist> ")
    #expect(await console.handle(line: "# comment") == [])
    #expect(await console.handle(line: ":help") == ConsoleInput.helpText)
  }

  @Test func transcriptRoundTripThroughRecord() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bt-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("start.txt")
    try "# greeting\ncustomer> /start\n@restart\n".write(to: file, atomically: true, encoding: .utf8)
    let runner = TranscriptRunner(configuration: try Self.configuration())
    let failed = try await runner.run(file: file, record: false)
    #expect(!failed.passed)
    #expect(failed.diff?.hasPrefix("@@ line 2: customer> /start @@\n-(no output expected)\n+bot → customer") == true)
    let recorded = try await runner.run(file: file, record: true)
    #expect(recorded.passed && recorded.recorded)
    let results = try await runner.run(paths: [folder], record: false)
    #expect(results.map(\.passed) == [true])
    #expect(TranscriptRunner.summary(results) == "1 passed, 0 failed")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.hasPrefix("# greeting\ncustomer> /start\nbot → customer\n"))
    #expect(text.hasSuffix("@restart\n"))
  }
}
