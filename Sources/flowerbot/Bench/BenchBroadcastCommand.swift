import ArgumentParser
import Dialog
import FlowerShop
import Flows
import Foundation
import GRDB
import Logging
import TelegramBotAPI

/// `flowerbot bench broadcast`: an admin broadcasts to N customers through the real engine,
/// outbox and `OutboxSender`, against a Bot API double that enforces Telegram's limits (a
/// bucket of 30 messages refilled at 30/s overall, 3 refilled at 1/s per chat; over either it
/// answers 429) and blocks some chats (403). Halfway the sender is stopped and a new bot and
/// sender are built on the same database file, as after a restart. Prints the sustained rate,
/// 429s, duplicates and losses. With `--kill K` the real `flowerbot run` does the broadcast
/// instead, in a child process killed with SIGKILL K times (`BenchBroadcastKill`).
struct BenchBroadcastCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "broadcast", abstract: "Broadcast to many customers under Telegram's limits, with a restart.")

  @Option(help: "Customers who receive the broadcast.") var recipients = 10_000
  @Option(help: "Every N-th customer has blocked the bot.") var blockEvery = 50
  @Flag(help: "Wait in real time (about 6 minutes for 10 000) instead of on a simulated clock.") var realtime = false
  @Option(help: "Folder with the locale files.") var locales: String?
  @Option(
    help: """
      SIGKILL the real `flowerbot run`, run as a child process over HTTP, this many times (e.g. 3; \
      0: the in-process restart).
      """)
  var kill = 0

  func run() async throws {
    if kill > 0 { return try await runWithKills() }
    let configuration = try Paths.configuration(config: nil, locales: locales)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "flowerbot-broadcast-\(UUID().uuidString).sqlite"
    ).path
    defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    let pool = try BotDatabase.openPool(path: path)
    let clock: any ServiceClock = realtime ? SystemServiceClock() : SimulatedClock(start: Date())
    let every = Int64(blockEvery)
    let double = LimitedBotAPI(clock: clock, blocked: { $0 > 10_000_000 && $0 % every == 0 })
    let dependencies = BotDependencies(
      database: pool, clock: clock, random: SystemRandomSource(), delivery: double,
      logger: Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() }))
    var bot = try buildBot(configuration: configuration, dependencies: dependencies)
    let customers = (1...Int64(recipients)).map { 10_000_000 + $0 }
    try await Self.seed(pool, customers, at: clock.now())
    try await startBroadcast(bot)
    let wall = ContinuousClock.now
    let startedAt = clock.now()
    var sender = RunningSender(bot: bot, clock: clock)
    var restarted = false
    while true {
      try await Task.sleep(for: .milliseconds(20))
      // With nothing left to send, only the progress timer waits: let its time come.
      let (pending, due) = try await pool.read { db in (try OutboxStore.pendingCount(db), try TimerStore.nextDue(db)) }
      if pending == 0, let due { try await clock.sleep(until: due) }
      if try await bot.fireDueTimers() > 0 { sender.service.wake() }
      let (progress, status) = try await pool.read { db in
        (
          try BroadcastStore.progress(db, broadcast: BroadcastID(1)),
          try BroadcastStore.broadcast(db, id: BroadcastID(1))?.status
        )
      }
      if !restarted, progress.sent + progress.blocked >= recipients / 2 {
        await sender.stop()
        // A real restart takes at least a second (exit, start, getMe, migrations, indexing).
        try await clock.sleep(until: clock.now().addingTimeInterval(1))
        bot = try buildBot(configuration: configuration, dependencies: dependencies)
        sender = RunningSender(bot: bot, clock: clock)
        restarted = true
      }
      if status == .finished { break }
    }
    let elapsed = clock.now().timeIntervalSince(startedAt)
    await sender.stop()
    let progress = try await pool.read { db in try BroadcastStore.progress(db, broadcast: BroadcastID(1)) }
    print(report(double.summary(customers: customers), progress, elapsed: elapsed, wall: ContinuousClock.now - wall))
  }

  static func seed(_ pool: DatabasePool, _ customers: [Int64], at now: Date) async throws {
    try await pool.write { db in
      for id in customers {
        try ChatStore.touch(
          db, chat: ChatID(id), sender: Sender(user: UserID(id), firstName: "C"), isPrivate: true, language: "ru",
          at: now)
      }
    }
  }

  /// `--kill K`: the broadcast in a real `flowerbot run`, SIGKILLed K times; exits 1 when a
  /// figure misses its target.
  func runWithKills() async throws {
    let options = BenchBroadcastKill.Options(
      recipients: recipients, blockEvery: blockEvery, kills: kill, locales: try Paths.localesDirectory(locales))
    let figures = try await BenchBroadcastKill.run(options)
    print(figures.report(blockEvery: blockEvery))
    for problem in figures.problems { print("  MISSED: \(problem)") }
    if !figures.problems.isEmpty { throw ExitCode.failure }
  }

  /// The admin's `/broadcast`, the text and the confirm press, through the engine.
  func startBroadcast(_ bot: Bot) async throws {
    let admin = bot.configuration.shop.staff.admins.first ?? UserID(1000)
    let inputs: [Input] = [.command(name: "broadcast", arguments: ""), .text("Sale: 15% off all roses until Sunday!")]
    for (n, input) in inputs.enumerated() {
      let event = IncomingEvent(
        updateID: Int64(n + 1), chat: ChatID(admin.rawValue), sender: Sender(user: admin, firstName: "A"), input: input)
      _ = try await bot.engine.process(event)
    }
    let press = IncomingEvent(
      updateID: 3, chat: ChatID(admin.rawValue), sender: Sender(user: admin, firstName: "A"),
      input: .button(data: AdminButton.confirmBroadcast(session: 2).data), callbackQueryID: "q3")
    _ = try await bot.engine.process(press)
  }

  func report(_ d: LimitedBotAPI.Summary, _ p: BroadcastProgress, elapsed: TimeInterval, wall: Duration) -> String {
    let seconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
    return """
      bench broadcast: \(recipients) customers, every \(blockEvery)th blocked the bot, restart halfway, \
      \(realtime ? "real time" : "simulated clock")
        sustained    \(String(format: "%.1f", d.rate)) messages/s (\(d.accepted) calls, first to last; limit ≈ 30/s; broadcast took \(String(format: "%.0f", elapsed)) s with the restart and the last progress tick)
        429s         \(d.tooMany) (target 0)
        duplicates   \(d.duplicates) (target 0)
        lost         \(d.lost) (target 0)
        blocked      \(d.blocked) answered 403, counted \(p.blocked)
        report       sent \(p.sent), failed \(p.failed), blocked \(p.blocked), remaining \(p.remaining)
        wall clock   \(String(format: "%.1f", seconds)) s, cpu \(String(format: "%.1f", BenchReport.cpuSeconds())) s, peak RSS \(BenchReport.peakMemoryMiB()) MiB
      """
  }
}

/// The live outbox sender running as a task; `stop` returns once deliveries under way are recorded.
struct RunningSender {
  let service: OutboxSender
  let task: Task<Void, Never>
  init(bot: Bot, clock: any ServiceClock) {
    let service = OutboxSender(
      dispatcher: bot.dispatcher, clock: clock,
      logger: Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() }))
    self.service = service
    task = Task { await service.run() }
  }
  func stop() async {
    await service.stop()
    await task.value
  }
}

/// Time that passes only when someone waits: the sender's pacing is honoured exactly, and a
/// broadcast of minutes is measured in seconds.
final class SimulatedClock: ServiceClock, @unchecked Sendable {
  let lock = NSLock()
  var current: Date
  init(start: Date) { current = start }
  func now() -> Date { lock.withLock { current } }
  func sleep(until deadline: Date) async throws {
    lock.withLock { current = max(current, deadline) }
    await Task.yield()
    try Task.checkCancellation()
  }
}

/// Telegram as far as sending goes: token buckets for the overall and per-chat limits (a
/// call over either gets 429 with `retry_after`), 403 for chats that blocked the bot, and a
/// count of what each chat received.
final class LimitedBotAPI: MessageDelivery, @unchecked Sendable {
  struct Bucket {
    var tokens: Double
    var at: Date
    mutating func take(capacity: Double, rate: Double, now: Date) -> Bool {
      tokens = min(capacity, tokens + max(0, now.timeIntervalSince(at)) * rate)
      at = now
      guard tokens >= 1 - 1e-9 else { return false }
      tokens -= 1
      return true
    }
  }
  struct Summary {
    var accepted = 0, tooMany = 0, blocked = 0, duplicates = 0, lost = 0
    var first: Date?, last: Date?
    /// Accepted calls per second between the first and the last one.
    var rate: Double {
      guard let first, let last, last > first else { return 0 }
      return Double(accepted - 1) / last.timeIntervalSince(first)
    }
  }
  let clock: any WallClock
  let isBlocked: @Sendable (Int64) -> Bool
  let lock = NSLock()
  var global: Bucket
  var chats: [Int64: Bucket] = [:]
  var received: [Int64: Int] = [:]
  var summary = Summary()

  init(clock: any WallClock, blocked: @escaping @Sendable (Int64) -> Bool) {
    self.clock = clock
    isBlocked = blocked
    global = Bucket(tokens: 30, at: clock.now())
  }

  func deliver(_ message: OutgoingMessage) async throws(DeliveryError) -> Int64? {
    let now = clock.now()
    let outcome: Result<Int64?, DeliveryError> = lock.withLock {
      guard let chat = message.chatID else { return .success(nil) }
      if isBlocked(chat) {
        summary.blocked += 1
        return .failure(.blocked("Forbidden: bot was blocked by the user"))
      }
      var bucket = chats[chat] ?? Bucket(tokens: 3, at: now)
      guard global.take(capacity: 30, rate: 30, now: now), bucket.take(capacity: 3, rate: 1, now: now) else {
        summary.tooMany += 1
        return .failure(.retryAfter(seconds: 1))
      }
      chats[chat] = bucket
      summary.accepted += 1
      summary.first = summary.first ?? now
      summary.last = now
      guard message.isNewMessage else { return .success(nil) }
      received[chat, default: 0] += 1
      return .success(Int64(received[chat]!))
    }
    return try outcome.get()
  }

  /// Duplicates and losses among the customers who had not blocked the bot.
  func summary(customers: [Int64]) -> Summary {
    lock.withLock {
      var s = summary
      for chat in customers where !isBlocked(chat) {
        let n = received[chat] ?? 0
        if n == 0 { s.lost += 1 }
        if n > 1 { s.duplicates += n - 1 }
      }
      return s
    }
  }
}
