import Foundation
import Testing

/// `flowerbot bench broadcast --kill 3` at a small size: the real `flowerbot run` broadcasts to
/// 150 customers over HTTP against the bench's Bot API double (Telegram's limits, 3 chats that
/// blocked the bot) and is SIGKILLed three times at random moments, restarted each time. Nothing
/// is lost, every customer who did not block the bot gets the notice, a duplicate only comes
/// from a crash window, and the admin's final report counts right.
@Suite(.serialized, .enabled(if: FlowerbotBinary.url != nil, "needs the flowerbot executable: run swift build first"))
struct BroadcastKillTests {
  static let recipients = 150
  static let kills = 3
  /// The sender's deliveries in flight at once: the most one kill can catch accepted but unrecorded.
  static let inFlight = 8

  @Test func killedThreeTimesMidBroadcastNothingIsLostAndTheReportIsRight() async throws {
    let (status, output) = try await Self.bench([
      "bench", "broadcast", "--kill", "\(Self.kills)", "--recipients", "\(Self.recipients)", "--locales",
      repositoryRoot.appendingPathComponent("locales").path,
    ])
    print(output)
    let figures = try #require(Self.figures(output), "no figures line in: \(output)")
    #expect(figures["recipients"] == Self.recipients)
    #expect(figures["kills"] == Self.kills)
    #expect(figures["lost"] == 0)
    #expect(figures["blocked"] == 3)
    #expect(figures["counted_blocked"] == 3)
    #expect(figures["notified"] == Self.recipients - 3)
    #expect(figures["sent"] == Self.recipients - 3)
    #expect(figures["unexplained"] == 0)
    #expect((figures["duplicates"] ?? .max) <= Self.kills * Self.inFlight)
    #expect(output.contains("Доставлено: 147 из 150"))
    #expect(output.contains("Заблокировали бота: 3"))
    // A restarted sender starts with an empty overall bucket and replays each chat's last calls.
    #expect(figures["too_many"] == 0)
    #expect(figures["problems"] == 0)
    #expect(status == 0)
  }

  /// The `key=value` figures of the report's last line.
  static func figures(_ output: String) -> [String: Int]? {
    guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("figures ") }) else { return nil }
    var figures: [String: Int] = [:]
    for pair in line.split(separator: " ").dropFirst() {
      let parts = pair.split(separator: "=")
      if parts.count == 2, let value = Int(parts[1]) { figures[String(parts[0])] = value }
    }
    return figures
  }

  /// Runs the executable to the end; its exit status and standard output.
  static func bench(_ arguments: [String]) async throws -> (Int32, String) {
    let process = Process()
    process.executableURL = FlowerbotBinary.url
    process.arguments = arguments
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("bench-kill-\(UUID().uuidString).txt")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    let handle = try FileHandle(forWritingTo: output)
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      Thread {
        process.waitUntilExit()
        continuation.resume()
      }.start()
    }
    try handle.close()
    defer { try? FileManager.default.removeItem(at: output) }
    return (process.terminationStatus, try String(contentsOf: output, encoding: .utf8))
  }
}
