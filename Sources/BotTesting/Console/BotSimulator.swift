import Dialog
import Flows
import Foundation
import GRDB
import Logging
import TelegramBotAPI

/// A bot wired to fakes and driven by console-syntax actions and directives; every call
/// returns the rendered blocks of what the bot sent because of it. Transcripts, the console
/// and tests share it.
public actor BotSimulator {
  public let transport: FakeTelegramTransport
  public let clock: ManualClock
  public let files: FakeFileStore
  public private(set) var bot: Bot
  public private(set) var roster: UserRoster
  private var factory: UpdateFactory
  private let rebuild: (@Sendable () throws -> Bot)?

  /// Drives `bot`, which must deliver to `transport` and read time from `clock`. `rebuild`
  /// builds a fresh bot on the same database, clock and transport for `@restart`.
  public init(
    bot: Bot, transport: FakeTelegramTransport, clock: ManualClock, files: FakeFileStore? = nil,
    users: [TestUser] = TestUser.defaults, rebuild: (@Sendable () throws -> Bot)? = nil
  ) {
    let files = files ?? FakeFileStore(baseDirectory: bot.configuration.imageDirectory)
    self.bot = bot
    self.transport = transport
    self.clock = clock
    self.files = files
    self.roster = UserRoster(users)
    self.rebuild = rebuild
    self.factory = UpdateFactory(clock: clock, transport: transport, files: files)
  }

  /// The test wiring: builds the bot through `buildBot` on `database` (a fresh in-memory one
  /// by default) with a manual clock at `start`, `SeededRandom(seed:)` and a fake transport.
  public static func make(
    configuration: BotConfiguration, database: (any DatabaseWriter)? = nil, start: Date, seed: UInt64 = 42,
    users: [TestUser] = TestUser.defaults,
    logger: Logger = Logger(label: "flowerbot.test", factory: { _ in SwiftLogNoOpLogHandler() })
  ) throws -> BotSimulator {
    let database = try database ?? BotDatabase.inMemory()
    let clock = ManualClock(start)
    let transport = FakeTelegramTransport()
    let files = FakeFileStore(baseDirectory: configuration.imageDirectory)
    let dependencies = BotDependencies(
      database: database, clock: clock, random: SeededRandom(seed: seed), delivery: transport, logger: logger,
      files: files)
    let build: @Sendable () throws -> Bot = { try buildBot(configuration: configuration, dependencies: dependencies) }
    return BotSimulator(
      bot: try build(), transport: transport, clock: clock, files: files, users: users, rebuild: build)
  }

  /// The renderer naming chats after the known users.
  public var renderer: MessageRenderer {
    MessageRenderer(users: roster.users, shopDirectory: bot.configuration.imageDirectory, files: files)
  }

  /// The user named `name`.
  public func user(_ name: String) throws(ConsoleError) -> TestUser {
    guard let user = roster[name] else { throw .unknownUser(name, known: roster.names) }
    return user
  }

  /// `name` does `action`; returns what the bot sent (to anyone) as a result.
  public func perform(_ action: UserAction, as name: String) async throws(ConsoleError) -> [String] {
    let updates = try factory.updates(action, from: try user(name))
    return try await attempt {
      for update in updates { try await bot.process(update) }
      return try await deliverAndRender()
    }
  }

  /// Applies a directive; returns what the bot sent as a result (timers that fired, a restart).
  public func apply(_ directive: Directive) async throws(ConsoleError) -> [String] {
    switch directive {
    case .user(let declaration):
      roster.declare(declaration)
      return []
    case .clock(let date):
      clock.set(date)
      return try await fireTimers()
    case .advance(let seconds):
      clock.advance(by: seconds)
      return try await fireTimers()
    case .restart:
      guard let rebuild else { throw .restartUnavailable }
      return try await attempt {
        bot = try rebuild()
        return try await deliverAndRender()
      }
    case .block(let name):
      transport.block(chat: try user(name).userID)
      return []
    case .unblock(let name):
      transport.unblock(chat: try user(name).userID)
      return []
    }
  }

  func fireTimers() async throws(ConsoleError) -> [String] {
    try await attempt {
      try await bot.fireDueTimers()
      return try await deliverAndRender()
    }
  }

  /// What the bot sent, then a `! rejected by Telegram` line for every call Telegram would have
  /// refused (such a line fails any transcript).
  func deliverAndRender() async throws -> [String] {
    try await bot.deliverPending()
    return renderer.render(transport.take()) + transport.takeRejected().map { "! rejected by Telegram: \($0)" }
  }

  func attempt(_ body: () async throws -> [String]) async throws(ConsoleError) -> [String] {
    do {
      return try await body()
    } catch {
      throw .botFailed(String(describing: error))
    }
  }
}
