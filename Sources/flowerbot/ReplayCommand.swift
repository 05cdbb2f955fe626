import ArgumentParser
import BotTesting
import Foundation

/// `flowerbot replay [PATH…]`: replays transcripts and reports `N passed, M failed`.
struct ReplayCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay", abstract: "Replay transcripts (default: conversations/) against the bot.")

  @Argument(help: "Transcript files or folders.") var paths: [String] = []
  @Flag(help: "Rewrite the expected bot lines with what the bot says now (after a copy change).") var record = false
  @Option(help: "Folder with the locale files.") var locales: String?

  func run() async throws {
    let runner = TranscriptRunner(localesDirectory: try Paths.localesDirectory(locales))
    let targets = paths.isEmpty ? ["conversations"] : paths
    let results = try await runner.run(paths: targets.map { URL(fileURLWithPath: $0) }, record: record)
    print(TranscriptRunner.report(results))
    if results.contains(where: { !$0.passed }) { throw ExitCode.failure }
  }
}
