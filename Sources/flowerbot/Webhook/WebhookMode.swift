import Dialog
import Foundation
import GRDB
import Logging
import TelegramBotAPI

/// `flowerbot run --webhook URL --listen HOST:PORT`: the listener, its inbox, and the webhook
/// registered with Telegram under a fresh secret token.
struct WebhookMode {
  let inbox: WebhookInbox
  let listener: LoopbackHTTPServer

  static func start(
    url text: String, listen: String, client: TelegramClient, database: any DatabaseWriter, logger: Logger
  ) async throws -> WebhookMode {
    guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
      url.host != nil
    else { throw WebhookError.badURL(text) }
    let (host, port) = try address(listen)
    let path = url.path.isEmpty ? "/" : url.path
    let secret = WebhookEndpoint.newSecret()
    let inbox = WebhookInbox { ids in
      let list = ids.map(String.init).joined(separator: ",")
      let seen = try? await database.read { db in
        try Int64.fetchAll(db, sql: "SELECT update_id FROM seen_updates WHERE update_id IN (\(list))")
      }
      return Set(seen ?? [])
    }
    let endpoint = WebhookEndpoint(path: path, secret: secret, inbox: inbox)
    let listener: LoopbackHTTPServer
    do {
      listener = try LoopbackHTTPServer(host: host, port: port) { request in endpoint.handle(request) }
    } catch {
      throw WebhookError.listen(error.description)
    }
    do {
      _ = try await client.call(
        SetWebhook(url: text, secretToken: secret, allowedUpdates: PollingConfiguration.defaultAllowedUpdates))
    } catch {
      listener.stop()
      throw RunError.unreachable("setWebhook failed: \(error)")
    }
    logger.notice("webhook set", metadata: ["listen": "\(host):\(listener.port)", "path": "\(path)"])
    return WebhookMode(inbox: inbox, listener: listener)
  }

  /// After the runtime stopped: answers what is still waiting, then closes the listener.
  func stop() async {
    await inbox.close()
    listener.stop()
  }

  static func address(_ text: String) throws(WebhookError) -> (String, UInt16) {
    guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]) else {
      throw .badListen(text)
    }
    let host = String(text[..<colon])
    return (host.isEmpty ? "0.0.0.0" : host, port)
  }
}
