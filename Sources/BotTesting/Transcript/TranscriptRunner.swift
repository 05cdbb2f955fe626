import Dialog
import FlowerShop
import Flows
import Foundation

/// The outcome of replaying one transcript.
public struct TranscriptResult: Sendable, Equatable {
  public var file: URL
  /// True when every step's output matched (in record mode: when the file could be replayed).
  public var passed: Bool
  /// Hunks for the steps whose output differed (in record mode: what was rewritten).
  public var diff: String?
  /// Why the file could not be replayed (unreadable, bad syntax, unknown button…), with the line.
  public var error: String?
  /// Whether record mode rewrote the file.
  public var recorded: Bool

  public init(file: URL, passed: Bool, diff: String? = nil, error: String? = nil, recorded: Bool = false) {
    self.file = file
    self.passed = passed
    self.diff = diff
    self.error = error
    self.recorded = recorded
  }
}

/// Replays transcripts against the real bot (built through `buildBot`) with a fresh in-memory
/// database, a manual clock, `SeededRandom(seed: 42)` and a fake transport per file.
public struct TranscriptRunner: Sendable {
  /// The clock before any `@clock`: 2026-11-27 10:00 shop time (UTC+5).
  public static let defaultStart = Date(timeIntervalSince1970: 1_795_755_600)

  private let makeConfiguration: @Sendable () throws -> BotConfiguration

  /// Replays with the demo shop and the locales in `localesDirectory`.
  public init(localesDirectory: URL) {
    makeConfiguration = {
      BotConfiguration(
        shop: try DemoShop.configuration(), imageDirectory: try DemoShop.directory,
        localizer: try Localizer(directory: localesDirectory))
    }
  }

  /// Replays with a given configuration (another shop, other texts).
  public init(configuration: BotConfiguration) { makeConfiguration = { configuration } }

  /// Replays one file; with `record`, rewrites its bot blocks with the actual output.
  /// Throws only when the bot's configuration cannot be loaded.
  public func run(file: URL, record: Bool) async throws -> TranscriptResult {
    try await run(file: file, record: record, configuration: makeConfiguration())
  }

  /// Replays every file; directories stand for their `*.txt` files (recursively, sorted by path).
  public func run(paths: [URL], record: Bool) async throws -> [TranscriptResult] {
    let configuration = try makeConfiguration()
    var results: [TranscriptResult] = []
    for file in Self.transcriptFiles(in: paths) {
      results.append(await run(file: file, record: record, configuration: configuration))
    }
    return results
  }

  func run(file: URL, record: Bool, configuration: BotConfiguration) async -> TranscriptResult {
    let transcript: Transcript
    do {
      transcript = try TranscriptParser.parse(String(contentsOf: file, encoding: .utf8))
    } catch let error as TranscriptError {
      return TranscriptResult(file: file, passed: false, error: error.description)
    } catch {
      return TranscriptResult(file: file, passed: false, error: "cannot read: \(error.localizedDescription)")
    }
    let replay = await Self.replay(transcript, configuration: configuration)
    let hunks = zip(transcript.steps, replay.outputs).compactMap { TranscriptDiff.diff(step: $0, actual: $1) }
    let diff = hunks.isEmpty ? nil : hunks.joined(separator: "\n")
    guard record, replay.error == nil else {
      return TranscriptResult(file: file, passed: hunks.isEmpty && replay.error == nil, diff: diff, error: replay.error)
    }
    guard diff != nil else { return TranscriptResult(file: file, passed: true) }
    do {
      let text = TranscriptRecorder.record(transcript, actual: replay.outputs)
      try text.write(to: file, atomically: true, encoding: .utf8)
      return TranscriptResult(file: file, passed: true, diff: diff, recorded: true)
    } catch {
      let reason = "cannot write: \(error.localizedDescription)"
      return TranscriptResult(file: file, passed: false, diff: diff, error: reason)
    }
  }

  /// Runs the steps in order; stops at the first step that cannot run.
  static func replay(
    _ transcript: Transcript, configuration: BotConfiguration
  ) async -> (outputs: [[String]], error: String?) {
    var outputs: [[String]] = []
    do {
      let simulator = try BotSimulator.make(configuration: configuration, start: defaultStart)
      for step in transcript.steps {
        do {
          outputs.append(try await simulator.run(step).map(TranscriptParser.trimTrailing))
        } catch {
          return (outputs, "line \(step.line) (\(step.source)): \(error.description)")
        }
      }
    } catch {
      return (outputs, "cannot build the bot: \(error)")
    }
    return (outputs, nil)
  }

  static func transcriptFiles(in paths: [URL]) -> [URL] {
    paths.flatMap { path -> [URL] in
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory), isDirectory.boolValue else {
        return [path]
      }
      let files =
        FileManager.default.enumerator(at: path, includingPropertiesForKeys: nil)?
        .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" } ?? []
      return files.sorted { $0.path < $1.path }
    }
  }
}

extension BotSimulator {
  /// Runs one transcript step; returns the rendered output.
  public func run(_ step: TranscriptStep) async throws(ConsoleError) -> [String] {
    switch step.kind {
    case .directive(let directive): try await apply(directive)
    case .action(let user, let action): try await perform(action, as: user)
    }
  }
}
