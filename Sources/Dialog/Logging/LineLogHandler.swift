import Foundation
import Logging

/// How the bot writes its log lines.
public enum LogFormat: String, Sendable, CaseIterable {
  /// `timestamp level label: key=value … [source] message`, the layout of swift-log's stream
  /// handler; values with spaces or quotes are quoted.
  case text
  /// One JSON object per line: `timestamp`, `level`, `label`, `message`, `metadata`.
  case json
}

/// A log handler that writes each event as one line, in `format`, through `write` (standard
/// error in the bot, a capture in tests). The event's error, if any, goes into `error`.
public struct LineLogHandler: LogHandler {
  public let label: String
  public let format: LogFormat
  public var metadata: Logger.Metadata = [:]
  public var logLevel: Logger.Level = .info
  public var metadataProvider: Logger.MetadataProvider?
  let now: @Sendable () -> Date
  let write: @Sendable (String) -> Void

  public init(
    label: String, format: LogFormat, now: @escaping @Sendable () -> Date = { Date() },
    write: @escaping @Sendable (String) -> Void = LineLogHandler.standardError
  ) {
    self.label = label
    self.format = format
    self.now = now
    self.write = write
  }

  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  public func log(event: LogEvent) {
    var merged = metadata
    if let provided = metadataProvider?.get() { merged.merge(provided) { $1 } }
    if let explicit = event.metadata { merged.merge(explicit) { $1 } }
    if let error = event.error, merged["error"] == nil { merged["error"] = "\(error)" }
    let line = LogLine(
      timestamp: now(), level: event.level, label: label, source: event.source, message: event.message.description,
      metadata: merged)
    write(format == .json ? line.json() : line.text())
  }

  /// Writes `line` and a newline to standard error in one call, so lines never interleave.
  public static let standardError: @Sendable (String) -> Void = { line in
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
