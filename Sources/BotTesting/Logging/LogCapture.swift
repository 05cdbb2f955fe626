import Foundation
import Logging

/// Log events kept in memory, for tests that assert what was logged: give `logger()` to the
/// code under test, then read `entries`.
public final class LogCapture: @unchecked Sendable {
  /// One captured event; metadata values as their text (the event's error under `error`).
  public struct Entry: Sendable, Equatable {
    public var level: Logger.Level
    public var message: String
    public var metadata: [String: String]
    public var label: String

    public init(level: Logger.Level, message: String, metadata: [String: String], label: String = "test") {
      self.level = level
      self.message = message
      self.metadata = metadata
      self.label = label
    }
  }

  private let lock = NSLock()
  private var captured: [Entry] = []
  private let annotate: (@Sendable (Entry) -> [String: String])?

  /// `annotate`, if given, runs as each event is logged and adds its fields to the entry's
  /// metadata: a test can record what was true at that moment (say, whether a row is visible
  /// to a reader yet).
  public init(annotate: (@Sendable (Entry) -> [String: String])? = nil) {
    self.annotate = annotate
  }

  /// Everything captured so far, in order.
  public var entries: [Entry] { lock.withLock { captured } }

  /// The captured entries whose message is `message`.
  public func entries(_ message: String) -> [Entry] { entries.filter { $0.message == message } }

  /// A logger writing into this capture, at `level` and above.
  public func logger(label: String = "test", level: Logger.Level = .trace) -> Logger {
    var logger = Logger(label: label) { label in CapturingLogHandler(capture: self, label: label) }
    logger.logLevel = level
    return logger
  }

  func record(_ entry: Entry) {
    var entry = entry
    if let annotate { entry.metadata.merge(annotate(entry)) { $1 } }
    lock.withLock { captured.append(entry) }
  }
}

/// The `LogHandler` behind `LogCapture.logger()`.
public struct CapturingLogHandler: LogHandler {
  let capture: LogCapture
  let label: String
  public var metadata: Logger.Metadata = [:]
  public var logLevel: Logger.Level = .trace

  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  public func log(event: LogEvent) {
    var fields = metadata.merging(event.metadata ?? [:]) { $1 }.mapValues(\.description)
    if let error = event.error, fields["error"] == nil { fields["error"] = "\(error)" }
    capture.record(
      LogCapture.Entry(level: event.level, message: event.message.description, metadata: fields, label: label))
  }
}
