import Logging
import TelegramBotAPI

/// Wraps a log handler and removes the bot token from every message and metadata value, so
/// no log line can leak it, whatever a library puts there.
struct RedactingLogHandler: LogHandler {
  var wrapped: any LogHandler
  let token: BotToken

  var metadata: Logger.Metadata {
    get { wrapped.metadata }
    set { wrapped.metadata = newValue }
  }

  var logLevel: Logger.Level {
    get { wrapped.logLevel }
    set { wrapped.logLevel = newValue }
  }

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { wrapped[metadataKey: key] }
    set { wrapped[metadataKey: key] = newValue }
  }

  func log(event: LogEvent) {
    var event = event
    event.message = Logger.Message(stringLiteral: token.redact(event.message.description))
    var metadata = event.metadata?.mapValues(redact) ?? [:]
    if let error = event.error {
      metadata["error"] = metadata["error"] ?? .string(token.redact(String(describing: error)))
      event.error = nil
    }
    event.metadata = metadata.isEmpty ? nil : metadata
    wrapped.log(event: event)
  }

  func redact(_ value: Logger.MetadataValue) -> Logger.MetadataValue {
    switch value {
    case .string(let text): .string(token.redact(text))
    case .stringConvertible(let convertible): .string(token.redact(convertible.description))
    case .array(let values): .array(values.map(redact))
    case .dictionary(let values): .dictionary(values.mapValues(redact))
    }
  }
}
