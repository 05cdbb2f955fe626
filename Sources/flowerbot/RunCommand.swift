import ArgumentParser
import Dialog
import FlowerShop
import Flows
import Foundation
import GRDB
import Logging
import TelegramBotAPI
import VisualSearch

/// `flowerbot run`: the bot on Telegram by long polling. The token comes only from
/// `TELEGRAM_BOT_TOKEN` and is redacted from every log line and error.
struct RunCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run the bot on Telegram by long polling or webhook (needs TELEGRAM_BOT_TOKEN).")

  @Option(
    help:
      "Bot API base URL: a local Bot API server or a test double (default: $TELEGRAM_API_URL, else https://api.telegram.org)."
  )
  var apiURL: String?
  @Option(help: "Shop configuration JSON (default: the embedded demo shop).") var config: String?
  @Option(help: "SQLite database (created if missing).") var db = "flowerbot.sqlite"
  @Option(help: "Folder with the locale files.") var locales: String?
  @Option(help: "Messages per second over all chats (Telegram allows about 30).") var globalRate: Double = 28
  @Option(help: "The lowest level logged (debug: every update).") var logLevel: Logger.Level = .info
  @Option(help: "text: key=value metadata; json: one object per line.") var logFormat: LogFormat = .text
  @Option(help: "Receive updates by webhook at this public URL instead of long polling.") var webhook: String?
  @Option(help: "Where the webhook listener binds, HOST:PORT (behind a TLS reverse proxy).") var listen =
    "127.0.0.1:8080"
  @Option(help: "EfficientNet-Lite0 weights for photo search (absent: the hand-made descriptor).") var weights =
    NeuralEmbedder.defaultWeightsPath

  func run() async throws {
    let environment = ProcessInfo.processInfo.environment
    guard let raw = environment["TELEGRAM_BOT_TOKEN"], !raw.isEmpty else { throw RunError.missingToken }
    guard let token = BotToken(raw) else { throw RunError.malformedToken }
    let api = try Self.apiURL(apiURL ?? environment["TELEGRAM_API_URL"])
    let logger = BotLogging.logger(label: "flowerbot", format: logFormat, level: logLevel, token: token)
    var configuration = try Paths.configuration(config: config, locales: locales)
    // The bouquet photos florists send are kept next to the database.
    configuration.dataDirectory = URL(fileURLWithPath: db).standardizedFileURL.deletingLastPathComponent()
    let (matching, hint) = PhotoMatching.preferred(weights: URL(fileURLWithPath: weights))
    configuration.photoMatching = matching
    if let hint { logger.notice("\(hint)") }
    let client = TelegramClient(token: token, apiURL: api, transport: URLSessionTransport())
    let me = try await Self.connect(client)
    logger.notice("connected", metadata: ["bot": "@\(me.username ?? me.firstName)", "api": "\(api.absoluteString)"])
    if webhook == nil {
      do {
        _ = try await client.call(DeleteWebhook(dropPendingUpdates: false))
      } catch {
        logger.warning("deleteWebhook failed", metadata: ["error": "\(error)"])
      }
    }
    let database = try BotDatabase.openPool(path: db)
    let dependencies = BotDependencies(
      database: database, clock: SystemClock(), random: SystemRandomSource(),
      delivery: TelegramMessageDelivery(client: client), logger: logger, files: TelegramFileSource(client: client))
    let bot = try buildBot(configuration: configuration, dependencies: dependencies)
    // Each staff member's menu in the language their chat chose (`/language`), as before the
    // restart; read once the bot has migrated the database.
    let staff = configuration.shop.staff
    let languages = try await database.read { db in
      try Dictionary(
        (staff.admins + staff.florists).compactMap { user in
          try ChatStore.language(db, chat: ChatID(user.rawValue)).map { (user, $0) }
        }, uniquingKeysWith: { first, _ in first })
    }
    let menus = CommandMenus.calls(staff: staff, localizer: configuration.localizer, languages: languages)
    let installed = await CommandMenus.install(menus, client: client, logger: logger)
    // The menus of chats that chose a language or got a role: only those a release changed.
    try await CommandMenus.refresh(
      installed: installed, shop: configuration.shop, localizer: configuration.localizer, database: database,
      now: dependencies.clock.now(), logger: logger)
    // Long polling holds its request for up to 30 s: it gets a connection of its own.
    let polling = TelegramClient(token: token, apiURL: api, transport: URLSessionTransport(maximumConnections: 1))
    // Webhook mode feeds the same service as polling does: every guarantee stays the same.
    let webhookMode: WebhookMode? =
      if let webhook {
        try await WebhookMode.start(
          url: webhook, listen: listen, client: client, database: dependencies.database, logger: logger)
      } else {
        nil
      }
    let updates: any UpdateSource = webhookMode?.inbox ?? TelegramUpdateSource(client: polling)
    var settings = RuntimeConfiguration()
    settings.sender.limits.globalPerSecond = globalRate
    let runtime = TelegramRuntime(
      engine: bot.engine, dispatcher: bot.dispatcher, updates: updates,
      activity: TelegramChatActivity(client: client), clock: SystemServiceClock(), configuration: settings,
      logger: logger)
    let watcher = SignalWatcher { [logger] signal in
      logger.notice("stopping: finishing the work under way", metadata: ["signal": "\(signal)"])
      Task { await runtime.stop() }
    }
    do {
      try await runtime.run()
    } catch {
      throw RunError.tokenRejected
    }
    withExtendedLifetime(watcher) {}
    await webhookMode?.stop()
    let polled = await runtime.polling.statistics
    let sent = await runtime.sender.statistics
    logger.notice(
      "stopped",
      metadata: [
        "updates": "\(polled.processed)", "ignored": "\(polled.ignored)", "sent": "\(sent.sent)",
        "failed": "\(sent.failed)", "blocked_chats": "\(sent.blockedChats)",
      ])
  }

  /// Checks the token with getMe: a clear error when it is rejected or Telegram is unreachable.
  static func connect(_ client: TelegramClient) async throws -> User {
    do {
      return try await client.call(GetMe())
    } catch {
      switch error {
      case .unauthorized, .notFound: throw RunError.tokenRejected
      case .badRequest, .forbidden, .conflict, .tooManyRequests, .server, .timedOut, .cancelled, .network,
        .invalidResponse, .invalidRequest, .fileTooLarge, .fileUnavailable, .unreadableUpload:
        throw RunError.unreachable(error.description)
      }
    }
  }

  static func apiURL(_ text: String?) throws -> URL {
    guard let text, !text.isEmpty else { return TelegramClient.defaultAPIURL }
    guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
      url.host != nil
    else { throw RunError.badAPIURL(text) }
    return url
  }
}

enum RunError: Error, CustomStringConvertible {
  case missingToken
  case malformedToken
  case tokenRejected
  case unreachable(String)
  case badAPIURL(String)

  var description: String {
    switch self {
    case .missingToken:
      "TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and export its token"
    case .malformedToken: "TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters, from @BotFather)"
    case .tokenRejected: "Telegram rejected the bot token (getMe failed): check TELEGRAM_BOT_TOKEN"
    case .unreachable(let reason): "cannot reach the Bot API: \(reason)"
    case .badAPIURL(let text): "--api-url must be an http(s) URL, got \(text)"
    }
  }
}
