import Dialog
import Foundation
import TelegramBotAPI

/// What the webhook listener answers: Telegram's POSTs on the webhook's path (checked against
/// the secret token in constant time), `GET /healthz`, and 404 for anything else.
struct WebhookEndpoint: Sendable {
  let path: String
  let secret: String
  let inbox: WebhookInbox

  func handle(_ request: LoopbackRequest) -> LoopbackResponse {
    let path = request.path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.path
    if path == "/healthz" {
      return request.method == "GET" || request.method == "HEAD" ? .text(200, "ok\n") : .text(405, "")
    }
    guard path == self.path else { return .text(404, "") }
    guard request.method == "POST" else { return .text(405, "") }
    guard Self.constantTimeEqual(request.header("X-Telegram-Bot-Api-Secret-Token") ?? "", secret) else {
      return .text(401, "")
    }
    guard let update = try? Update.decode(json: request.body) else { return .text(400, "") }
    // 200 only after the commit; otherwise Telegram retries and the update id makes it once.
    return inbox.deliver(update) ? .text(200, "") : .text(503, "")
  }

  /// Compares without stopping at the first difference, so the time taken says nothing about
  /// how much of a guessed secret was right.
  static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    var difference = UInt8(truncatingIfNeeded: x.count ^ y.count)
    for i in 0..<max(x.count, y.count) {
      difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
    }
    return difference == 0 && x.count == y.count
  }

  /// A fresh secret for `setWebhook`: 48 characters of Telegram's allowed `A-Za-z0-9_-`.
  static func newSecret() -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    var generator = SystemRandomNumberGenerator()
    return String((0..<48).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
  }
}

/// Why webhook mode could not start.
enum WebhookError: Error, CustomStringConvertible {
  case badURL(String)
  case badListen(String)
  case listen(String)

  var description: String {
    switch self {
    case .badURL(let text): "--webhook must be an http(s) URL with a path, got \(text)"
    case .badListen(let text): "--listen must be HOST:PORT with an IPv4 host, got \(text)"
    case .listen(let reason): "webhook listener: \(reason)"
    }
  }
}
