import ArgumentParser
import Dialog
import Logging
import TelegramBotAPI

extension LogFormat: ExpressibleByArgument {}

extension Logger.Level: @retroactive ExpressibleByArgument {}

/// The bot's logger: lines in `format` on standard error at `level` and above, with the
/// token redacted from every message, metadata value and error.
enum BotLogging {
  static func logger(label: String, format: LogFormat, level: Logger.Level, token: BotToken) -> Logger {
    var logger = Logger(label: label) { label in
      RedactingLogHandler(wrapped: LineLogHandler(label: label, format: format), token: token)
    }
    logger.logLevel = level
    return logger
  }
}
