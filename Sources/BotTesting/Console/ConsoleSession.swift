import Flows
import Foundation

/// The interactive side of `flowerbot console`: takes typed lines one by one (console syntax,
/// directives, `:user`, `:help`) and returns the lines to print. Never throws: a bad line gives
/// a one-line hint starting with "! ".
public actor ConsoleSession {
  public let simulator: BotSimulator
  /// Who acts when a line has no `NAME>` prefix.
  public private(set) var currentUser: String

  public init(simulator: BotSimulator, currentUser: String = TestUser.customer.name) {
    self.simulator = simulator
    self.currentUser = currentUser
  }

  /// Drives `bot`, which the caller built to deliver to `transport` and read `clock`.
  /// `rebuild` (optional) enables `@restart`.
  public init(
    bot: Bot, transport: FakeTelegramTransport, clock: ManualClock, users: [TestUser] = TestUser.defaults,
    rebuild: (@Sendable () throws -> Bot)? = nil
  ) {
    let simulator = BotSimulator(bot: bot, transport: transport, clock: clock, users: users, rebuild: rebuild)
    self.init(simulator: simulator, currentUser: users.first?.name ?? TestUser.customer.name)
  }

  /// The prompt to show before reading a line, e.g. "customer> ".
  public var prompt: String { "\(currentUser)> " }

  /// Handles one input line; returns the lines to print.
  public func handle(line: String) async -> [String] {
    do {
      return try await run(try ConsoleInput.parse(line))
    } catch {
      return ["! \(error.description)"]
    }
  }

  func run(_ command: ConsoleInput) async throws(ConsoleError) -> [String] {
    switch command {
    case .ignored: return []
    case .help: return ConsoleInput.helpText
    case .switchUser(let name):
      let user = try await simulator.user(name)
      currentUser = name
      return ["now acting as \(name) (id \(user.userID), \(user.firstName))"]
    case .directive(let directive):
      let output = try await simulator.apply(directive)
      return [await note(after: directive)] + output
    case .action(let name, let action):
      if let name {
        _ = try await simulator.user(name)
        currentUser = name
      }
      let output = try await simulator.perform(action, as: currentUser)
      return output.isEmpty ? ["(no reply)"] : output
    }
  }

  /// A line confirming what a directive did, printed before the bot's output.
  func note(after directive: Directive) async -> String {
    switch directive {
    case .clock, .advance:
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.timeZone = Directive.shopOffset
      formatter.dateFormat = "yyyy-MM-dd HH:mm"
      return "clock: \(formatter.string(from: simulator.clock.now())) (UTC+5)"
    case .user(let declaration):
      let user = await simulator.roster[declaration.name]
      return "declared \(declaration.name) (id \(user?.userID ?? 0), \(user?.firstName ?? declaration.name))"
    case .restart: return "restarted the bot on the same database"
    case .block(let name): return "\(name) blocked the bot"
    case .unblock(let name): return "\(name) unblocked the bot"
    }
  }
}
