import BotTesting
import Foundation
import Testing

/// Replays every transcript in conversations/ against the real bot: the flows' end-to-end tests.
@Suite struct ConversationsReplayTests {
  static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let transcripts: [String] = {
    let folder = root.appendingPathComponent("conversations")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted()
  }()

  @Test func thereAreTranscripts() {
    #expect(Self.transcripts.count >= 7)
  }

  @Test(arguments: transcripts)
  func replays(_ name: String) async throws {
    let runner = TranscriptRunner(localesDirectory: Self.root.appendingPathComponent("locales"))
    let file = Self.root.appendingPathComponent("conversations").appendingPathComponent(name)
    let result = try await runner.run(file: file, record: false)
    #expect(result.passed, "\(name):\n\(result.error ?? "")\n\(result.diff ?? "")")
  }
}
