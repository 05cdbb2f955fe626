import Foundation
import TelegramBotAPI
import Testing

@testable import Dialog

/// Answers requests in order from a script, remembering what was asked.
final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
  private let lock = NSLock()
  private var script: [(Int, String)]
  private(set) var methods: [String] = []
  private(set) var bodies: [String] = []

  init(_ script: [(Int, String)]) { self.script = script }

  func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
    let (status, json) = lock.withLock { () -> (Int, String) in
      methods.append(request.url.lastPathComponent)
      bodies.append(String(decoding: request.body ?? Data(), as: UTF8.self))
      return script.removeFirst()
    }
    return HTTPResponse(status: status, body: Data(json.utf8))
  }
}

@Suite struct TelegramMessageDeliveryTests {
  func delivery(_ script: [(Int, String)]) -> (TelegramMessageDelivery, ScriptedTransport) {
    let transport = ScriptedTransport(script)
    let client = TelegramClient(
      token: BotToken("1:T")!, apiURL: URL(string: "http://127.0.0.1:1")!, transport: transport)
    return (TelegramMessageDelivery(client: client), transport)
  }

  let message =
    #"{"ok":true,"result":{"message_id":12,"chat":{"id":5,"type":"private"},"date":1,"unknown_future_field":{"x":1}}}"#
  let edit = OutgoingMessage.editText(EditMessageText(chatID: 5, messageID: 7, text: "x", parseMode: .html))

  @Test func sendsAndReturnsTheMessageID() async throws {
    let (delivery, _) = delivery([(200, message)])
    #expect(try await delivery.deliver(.message(SendMessage(chatID: 5, text: "x"))) == 12)
  }

  @Test func anEditThatChangesNothingIsDone() async throws {
    let (delivery, transport) = delivery([
      (
        400,
        #"{"ok":false,"error_code":400,"description":"Bad Request: message is not modified: specified new message content and reply markup are exactly the same"}"#
      )
    ])
    #expect(try await delivery.deliver(edit) == 7)
    #expect(transport.methods == ["editMessageText"])
  }

  @Test func anEditOfAMessageThatIsGoneIsSentAsANewMessage() async throws {
    let (delivery, transport) = delivery([
      (400, #"{"ok":false,"error_code":400,"description":"Bad Request: message to edit not found"}"#), (200, message),
    ])
    #expect(try await delivery.deliver(edit) == 12)
    #expect(transport.methods == ["editMessageText", "sendMessage"])
  }

  @Test func removingButtonsFromAMessageThatCannotBeEditedIsNotAnError() async throws {
    let (delivery, _) = delivery([
      (400, #"{"ok":false,"error_code":400,"description":"Bad Request: message can't be edited"}"#)
    ])
    #expect(try await delivery.deliver(.editMarkup(EditMessageReplyMarkup(chatID: 5, messageID: 7))) == 7)
  }

  @Test func telegramErrorsBecomeWhatTheOutboxDoes() {
    #expect(
      TelegramMessageDelivery.map(.forbidden(.blockedByUser, "Forbidden: bot was blocked by the user"))
        == .blocked("Forbidden: bot was blocked by the user"))
    #expect(
      TelegramMessageDelivery.map(.badRequest("Bad Request: chat not found"))
        == .rejected("Bad Request: chat not found"))
    #expect(TelegramMessageDelivery.map(.tooManyRequests(retryAfter: 3)) == .retryAfter(seconds: 3))
    #expect(TelegramMessageDelivery.map(.timedOut) == .transient("timed out"))
    #expect(TelegramMessageDelivery.map(.server(status: 502, "Bad Gateway")) == .transient("502 Bad Gateway"))
  }
}
