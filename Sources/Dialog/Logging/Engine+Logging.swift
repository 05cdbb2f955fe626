import Foundation
import Logging

extension Engine {
  /// Writes, after the commit, what the input's turn noted (with its `update_id` and
  /// `chat_id`), then at `debug` one line about the input itself. `started` is nil unless
  /// debug logging is on, so at the default level nothing is formatted here.
  func emit(_ done: Committed, event: IncomingEvent, started: ContinuousClock.Instant?) {
    for note in done.notes {
      logger.log(level: note.level, "\(note.message)", metadata: Self.metadata(of: note, event: event))
    }
    guard let started else { return }
    var metadata = event.logMetadata([
      "input": "\(event.input.logKind)", "outcome": "\(done.outcome)",
      "duration_ms": "\(Self.milliseconds(ContinuousClock.now - started))",
    ])
    if case .timer(let name, _) = event.input {
      metadata["timer"] = "\(name)"
      logger.debug("timer fired", metadata: metadata)
    } else {
      logger.debug("update processed", metadata: metadata)
    }
  }

  static func metadata(of note: LogNote, event: IncomingEvent) -> Logger.Metadata {
    var metadata = event.logMetadata(note.metadata)
    if case .timer(let name, _) = event.input, metadata["timer"] == nil { metadata["timer"] = "\(name)" }
    return metadata
  }

  /// The line about an input whose application failed (its writes were rolled back).
  static func failureNote(_ event: IncomingEvent, _ error: any Error) -> LogNote {
    LogNote(
      level: .error, message: "update failed", metadata: ["input": "\(event.input.logKind)", "error": "\(error)"])
  }

  static func milliseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return (Double(seconds) * 1e6 + Double(attoseconds) / 1e12).rounded() / 1000
  }
}

extension Input {
  /// What kind of input this is, for logs: never the text, phone or place a person sent.
  public var logKind: String {
    switch self {
    case .text: "text"
    case .command: "command"
    case .button: "button"
    case .contact: "contact"
    case .location: "location"
    case .photo: "photo"
    case .timer: "timer"
    case .unsupported: "unsupported"
    }
  }
}
