import BotTesting
import Dialog
import FlowerShop
import Flows
import Foundation
import GRDB
import Logging
import TelegramBotAPI

let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The production wiring against the double: `buildBot`, the engine, the Bot API client over
/// URLSession, long polling, the timer service and the outbox sender. Only the engine's clock
/// is manual (the demo shop's slots depend on the date); the services run on real time.
final class LiveBot: Sendable {
  static let token = "123456:TEST-integration_token"
  static let customer: Int64 = 1001
  static let florist: Int64 = 2001

  let bot: Bot
  let runtime: TelegramRuntime
  let task: Task<Void, any Error>

  /// Limits loose enough that a scripted conversation never waits on them (the rate limiter has
  /// its own tests).
  static let fastSending = SenderConfiguration(
    limits: RateLimits(globalPerSecond: 1_000, perChatPerSecond: 1_000, perChatBurst: 100),
    backoff: Backoff(base: 0.05, cap: 0.2))

  init(
    double: BotAPIDouble, databasePath: String, clock: ManualClock = ManualClock(TranscriptRunner.defaultStart),
    sender: SenderConfiguration = LiveBot.fastSending
  ) throws {
    let configuration = BotConfiguration(
      shop: try DemoShop.configuration(), imageDirectory: try DemoShop.directory,
      localizer: try Localizer(directory: repositoryRoot.appendingPathComponent("locales")))
    let client = TelegramClient(token: BotToken(Self.token)!, apiURL: double.baseURL, transport: URLSessionTransport())
    let polling = TelegramClient(
      token: BotToken(Self.token)!, apiURL: double.baseURL, transport: URLSessionTransport(maximumConnections: 1))
    let logger = Logger(label: "flowerbot.integration", factory: { _ in SwiftLogNoOpLogHandler() })
    let dependencies = BotDependencies(
      database: try BotDatabase.openPool(path: databasePath), clock: clock, random: SeededRandom(seed: 42),
      delivery: TelegramMessageDelivery(client: client), logger: logger, files: TelegramFileSource(client: client))
    bot = try buildBot(configuration: configuration, dependencies: dependencies)
    var settings = RuntimeConfiguration(sender: sender)
    settings.polling.timeout = 5
    let runtime = TelegramRuntime(
      engine: bot.engine, dispatcher: bot.dispatcher, updates: TelegramUpdateSource(client: polling),
      activity: TelegramChatActivity(client: client), clock: SystemServiceClock(), configuration: settings,
      logger: logger)
    self.runtime = runtime
    task = Task { try await runtime.run() }
  }

  /// Stops the services the way SIGTERM does and waits until they have.
  func stop() async throws {
    await runtime.stop()
    try await task.value
  }

  var database: any DatabaseWriter { bot.database }

  /// A fresh database file in a fresh folder.
  static func temporaryDatabase() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowerbot-it-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("bot.sqlite").path
  }

  /// A double with the demo shop's customer and florist.
  static func double() throws -> BotAPIDouble {
    let double = try BotAPIDouble(token: token)
    double.addUser(id: customer, firstName: "Айгерим", phone: "+77015211545")
    double.addUser(id: florist, firstName: "Данияр", phone: "+77015211546")
    return double
  }
}

extension BotAPIDouble {
  /// Does `action`, then waits until a bot message in `chat` sent or edited after it contains
  /// `expected`; returns that message.
  @discardableResult
  func act(
    in chat: Int64 = LiveBot.customer, _ action: () throws -> Int64, expect expected: String
  ) async throws -> ChatMessage {
    let before = revision
    _ = try action()
    try await waitUntil("a message containing «\(expected)»") { state in
      state.botMessages(chat: chat, after: before).contains { ($0.text ?? $0.caption ?? "").contains(expected) }
    }
    return read { state in
      state.botMessages(chat: chat, after: before).first { ($0.text ?? $0.caption ?? "").contains(expected) }!
    }
  }

  /// Waits until every button press got its answer (no spinning buttons).
  func waitForAnswers() async throws {
    try await waitUntil("every callback query answered") { $0.unansweredQueries.isEmpty }
  }
}
