import Dialog
import Foundation
import Logging
import TelegramBotAPI
import Testing

/// Lines written by a `LineLogHandler`, kept for the test.
final class Lines: @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [String] = []
  var all: [String] { lock.withLock { lines } }
  func append(_ line: String) { lock.withLock { lines.append(line) } }

  func logger(_ format: LogFormat, token: BotToken? = nil) -> Logger {
    let moment = Date(timeIntervalSince1970: 1_800_000_000.25)
    return Logger(label: "flowerbot") { label in
      let line = LineLogHandler(label: label, format: format, now: { moment }, write: self.append)
      guard let token else { return line }
      return RedactingLogHandler(wrapped: line, token: token)
    }
  }
}

@Suite struct LogLineTests {
  static let token = BotToken("123456:TEST-secret_token")!
  static let failingURL = "https://api.telegram.org/bot123456:TEST-secret_token/getUpdates"

  func object(_ line: String) throws -> [String: Any] {
    let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8))
    return try #require(parsed as? [String: Any])
  }

  @Test func jsonIsOneObjectPerLineWithTheMetadataKeys() throws {
    let lines = Lines()
    let logger = lines.logger(.json)
    logger.info(
      "order created",
      metadata: [
        "order_id": "7", "chat_id": "42", "update_id": "1001", "note": "a \"quoted\"\nline\t\u{1}",
        "list": ["a", "b"], "nested": ["k": "v"],
      ])
    #expect(lines.all.count == 1)
    let line = try #require(lines.all.first)
    #expect(!line.contains("\n"))
    let object = try object(line)
    #expect(object["timestamp"] as? String == "2027-01-15T08:00:00.250Z")
    #expect(object["level"] as? String == "info")
    #expect(object["label"] as? String == "flowerbot")
    #expect(object["message"] as? String == "order created")
    let metadata = try #require(object["metadata"] as? [String: Any])
    #expect(metadata["order_id"] as? String == "7")
    #expect(metadata["chat_id"] as? String == "42")
    #expect(metadata["update_id"] as? String == "1001")
    #expect(metadata["note"] as? String == "a \"quoted\"\nline\t\u{1}")
    #expect(metadata["list"] as? [String] == ["a", "b"])
    #expect(metadata["nested"] as? [String: String] == ["k": "v"])
  }

  @Test func textHasSortedKeyValueMetadataQuotingWhereNeeded() throws {
    let lines = Lines()
    lines.logger(.text).warning(
      "message rejected", metadata: ["outbox_id": "3", "chat_id": "42", "error": "Bad Request"])
    #expect(
      lines.all == [
        "2027-01-15T08:00:00.250Z warning flowerbot: chat_id=42 error=\"Bad Request\" outbox_id=3 [DialogTests] "
          + "message rejected"
      ])
  }

  @Test(arguments: LogFormat.allCases)
  func aTokenBearingURLErrorComesOutRedacted(format: LogFormat) throws {
    let lines = Lines()
    let logger = lines.logger(format, token: Self.token)
    let error = URLError(.timedOut, userInfo: [NSURLErrorFailingURLErrorKey: URL(string: Self.failingURL)!])
    let encoded = Self.failingURL.replacingOccurrences(of: "123456:", with: "123456%3A")
    logger.warning("getUpdates failed", metadata: ["error": "\(error)", "url": "\(encoded)", "chat_id": "42"])
    logger.error("call failed \(Self.failingURL)", error: error)
    #expect(lines.all.count == 2)
    for line in lines.all {
      #expect(!line.contains("TEST-secret_token"), "\(line)")
      #expect(line.contains(BotToken.placeholder), "\(line)")
      if format == .json { _ = try object(line) }
    }
    #expect("\(error)".contains("TEST-secret_token"), "the fixture must carry the token")
  }
}
