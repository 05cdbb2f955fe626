import Foundation
import Logging
import TelegramBotAPI

/// Wraps a log handler and removes the bot token from every message, metadata value and
/// error, so no log line can leak it, whatever a library puts there (a failing URL carries
/// the token, sometimes with its colon percent-encoded).
public struct RedactingLogHandler: LogHandler {
  public var wrapped: any LogHandler
  public let token: BotToken

  public init(wrapped: any LogHandler, token: BotToken) {
    self.wrapped = wrapped
    self.token = token
  }

  public var metadata: Logger.Metadata {
    get { wrapped.metadata }
    set { wrapped.metadata = newValue }
  }

  public var logLevel: Logger.Level {
    get { wrapped.logLevel }
    set { wrapped.logLevel = newValue }
  }

  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { wrapped[metadataKey: key] }
    set { wrapped[metadataKey: key] = newValue }
  }

  public func log(event: LogEvent) {
    var event = event
    event.message = Logger.Message(stringLiteral: redact(event.message.description))
    var metadata = event.metadata?.mapValues(redact) ?? [:]
    if let error = event.error {
      metadata["error"] = metadata["error"] ?? .string(redact(String(describing: error)))
      event.error = nil
    }
    event.metadata = metadata.isEmpty ? nil : metadata
    wrapped.log(event: event)
  }

  func redact(_ value: Logger.MetadataValue) -> Logger.MetadataValue {
    switch value {
    case .string(let text): .string(redact(text))
    case .stringConvertible(let convertible): .string(redact(convertible.description))
    case .array(let values): .array(values.map(redact))
    case .dictionary(let values): .dictionary(values.mapValues(redact))
    }
  }

  /// `text` without the token, also where its colon is percent-encoded (`%3A`).
  func redact(_ text: String) -> String {
    let redacted = token.redact(text)
    guard redacted.contains("%3A") || redacted.contains("%3a") else { return redacted }
    let decoded = redacted.replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%3a", with: ":")
    let again = token.redact(decoded)
    return again == decoded ? redacted : again
  }
}
