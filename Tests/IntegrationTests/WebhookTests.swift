import Dialog
import Foundation
import GRDB
import TelegramBotAPI
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `flowerbot run --webhook URL --listen HOST:PORT`: registers the webhook with a secret token,
/// refuses requests without it, answers 200 only after the update is committed, skips an update
/// Telegram sends again, and answers `/healthz`.
@Suite(.serialized, .enabled(if: FlowerbotBinary.url != nil, "needs the flowerbot executable: run swift build first"))
struct WebhookTests {
  @Test func webhookModeServesACustomerOnlyWithTheSecretAndCommitsBeforeAnswering() async throws {
    let tg = try LiveBot.double()
    defer { tg.stop() }
    let database = try LiveBot.temporaryDatabase()
    let port = try Self.freePort()
    let hook = URL(string: "http://127.0.0.1:\(port)/telegram/hook")!
    let bot = try FlowerbotProcess(
      arguments: [
        "--api-url", tg.baseURL.absoluteString, "--db", database, "--locales",
        repositoryRoot.appendingPathComponent("locales").path, "--webhook", hook.absoluteString, "--listen",
        "127.0.0.1:\(port)",
      ],
      token: LiveBot.token)
    try await tg.waitUntil("setWebhook") { $0.webhook != nil }
    let registered = try #require(tg.read(\.webhook))
    #expect(registered.url == hook.absoluteString)
    let secret = try #require(registered.secretToken)
    #expect(secret.count >= 32)
    #expect(try await Self.request(URL(string: "http://127.0.0.1:\(port)/healthz")!, method: "GET").0 == 200)

    let update = try tg.send("/start", from: LiveBot.customer)
    let body = try JSONEncoder().encode(tg.read { state in state.history.first { $0.updateID == update }! })
    #expect(try await Self.request(hook, body: body, secret: nil).0 == 401)
    #expect(try await Self.request(hook, body: body, secret: secret + "x").0 == 401)
    #expect(try await Self.request(hook, body: body, secret: String(secret.dropLast()) + "!").0 == 401)
    #expect(try await Self.request(hook, body: Data("{".utf8), secret: secret).0 == 400)
    #expect(try await Self.request(URL(string: "http://127.0.0.1:\(port)/other")!, body: body, secret: secret).0 == 404)

    #expect(try await Self.request(hook, body: body, secret: secret).0 == 200)
    // Answered 200 only after the commit: the update is recorded already.
    let seen = try await DatabaseQueue(path: database).read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM seen_updates WHERE update_id = ?", arguments: [update])
    }
    #expect(seen == 1)
    try await tg.waitUntil("the greeting") { state in
      state.messages(chat: LiveBot.customer).contains { $0.fromBot && $0.text?.contains("Здравствуйте") == true }
    }
    // Telegram sends it again (its 200 got lost): skipped, answered 200, no second greeting.
    #expect(try await Self.request(hook, body: body, secret: secret).0 == 200)

    bot.process.terminate()
    #expect(await bot.exit() == 0)
    let greetings = tg.read { state in
      state.messages(chat: LiveBot.customer).filter { $0.fromBot && $0.text?.contains("Здравствуйте") == true }.count
    }
    #expect(greetings == 1)
    #expect(!bot.output.contains(secret), "the webhook secret leaked into the log")
    #expect(!bot.output.contains(LiveBot.token))
    #expect(tg.read(\.violations) == [])
  }

  static func request(
    _ url: URL, method: String = "POST", body: Data? = nil, secret: String? = nil
  ) async throws
    -> (Int, Data)
  {
    var request = URLRequest(url: url)
    request.httpMethod = method
    request.httpBody = body
    if body != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
    if let secret { request.setValue(secret, forHTTPHeaderField: "X-Telegram-Bot-Api-Secret-Token") }
    let (data, response) = try await URLSession.shared.data(for: request)
    return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
  }

  /// A port nobody listens on now (the kernel's pick for an ephemeral bind).
  static func freePort() throws -> UInt16 {
    let server = try LoopbackHTTPServer { _ in LoopbackResponse(status: 404, body: Data()) }
    defer { server.stop() }
    return server.port
  }
}
