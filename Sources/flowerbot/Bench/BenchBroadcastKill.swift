import Dialog
import FlowerShop
import Flows
import Foundation
import GRDB
import Logging

/// `bench broadcast --kill K`: the real `flowerbot run` in a child process against
/// `BenchBroadcastServer`, SIGKILLed K times at random moments of the broadcast and started
/// again each time on the same database. The admin's `/broadcast`, text and confirm press reach
/// it as real updates; customers are seeded in the database beforehand.
enum BenchBroadcastKill {
  /// Obviously fake: only the double ever sees it.
  static let token = "123:TEST"
  /// The customers' chat ids are `firstCustomer + 1 …`.
  static let firstCustomer: Int64 = 10_000_000

  struct Options {
    var recipients: Int
    var blockEvery: Int
    var kills: Int
    var locales: URL
    var text = "Sale: 15% off all roses until Sunday!"
  }

  /// Runs the broadcast with its kills; the figures come from the double and the database.
  static func run(_ options: Options) async throws -> BenchBroadcastFigures {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowerbot-kill-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let database = folder.appendingPathComponent("bot.sqlite").path
    let configuration = try Paths.configuration(config: nil, locales: options.locales.path)
    let pool = try BotDatabase.openPool(path: database)
    // The schema and the shop, as the child will find them; then the customers.
    let every = Int64(options.blockEvery)
    let blocked: @Sendable (Int64) -> Bool = { $0 > firstCustomer && $0 % every == 0 }
    _ = try buildBot(
      configuration: configuration,
      dependencies: BotDependencies(
        database: pool, clock: SystemClock(), random: SystemRandomSource(),
        delivery: LimitedBotAPI(clock: SystemClock(), blocked: blocked),
        logger: Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() })))
    let customers = (1...Int64(options.recipients)).map { firstCustomer + $0 }
    try await BenchBroadcastCommand.seed(pool, customers, at: Date())
    let admin = configuration.shop.staff.admins.first?.rawValue ?? 1000
    let server = try BenchBroadcastServer(token: token, admin: admin, blocked: blocked)
    defer { server.stop() }
    let child = BenchBroadcastChild(
      arguments: [
        "--api-url", server.baseURL, "--db", database, "--locales", options.locales.path, "--log-level", "warning",
      ],
      log: folder.appendingPathComponent("run.log"))
    let wall = ContinuousClock.now
    try child.start()
    do {
      try await confirmBroadcast(server, text: options.text)
      let killedAt = try await killRepeatedly(child, server, options)
      try await waitUntilFinished(pool, recipients: options.recipients)
      let status = await child.stop()
      let outcome = BenchBroadcastOutcome(
        tally: server.read { $0 },
        progress: try await pool.read { db in try BroadcastStore.progress(db, broadcast: BroadcastID(1)) },
        sentRows: try await pool.read { db in
          try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND chat_id > ?", arguments: [firstCustomer])
            ?? 0
        },
        killedAt: killedAt, exitStatus: status, wall: ContinuousClock.now - wall)
      try? FileManager.default.removeItem(at: folder)
      return BenchBroadcastFigures(outcome, customers: customers, isBlocked: blocked)
    } catch {
      await child.kill()
      throw BenchBroadcastKillError.failed("\(error); the bot's log: \(child.log.path)")
    }
  }

  /// The admin's `/broadcast`, the text, and a press on the preview's first button (send).
  static func confirmBroadcast(_ server: BenchBroadcastServer, text: String) async throws {
    server.adminWrites("/broadcast")
    try await server.waitUntil("the bot asks for the text", timeout: 120) { $0.admin.count >= 1 }
    server.adminWrites(text)
    try await server.waitUntil("the preview with its buttons", timeout: 60) {
      $0.admin.contains { !$0.buttons.isEmpty }
    }
    let preview = server.read { $0.admin.last { !$0.buttons.isEmpty }! }
    server.adminPresses(preview.buttons[0], under: preview.id)
    try await server.waitUntil("the first notice", timeout: 60) { !$0.notices.isEmpty }
  }

  /// Kills the bot at K random moments between 10 % and 85 % of the notices, each time after a
  /// random extra 0–400 ms, and starts it again at once; returns how many customers had their
  /// notice at each kill.
  static func killRepeatedly(
    _ child: BenchBroadcastChild, _ server: BenchBroadcastServer, _ options: Options
  ) async throws -> [Int] {
    var random = SystemRandomNumberGenerator()
    let low = max(1, options.recipients / 10)
    let high = max(low, options.recipients * 85 / 100)
    let targets = (0..<options.kills).map { _ in Int.random(in: low...high, using: &random) }.sorted()
    var killedAt: [Int] = []
    for target in targets {
      // Never twice in a row without the restarted bot delivering something.
      let goal = max(target, (killedAt.last ?? 0) + 1)
      try await server.waitUntil("\(goal) customers notified", timeout: Double(options.recipients) + 120) {
        $0.notices.count >= goal
      }
      try await Task.sleep(for: .milliseconds(Int.random(in: 0..<400, using: &random)))
      await child.kill()
      killedAt.append(
        server.mutate { t in
          t.generation += 1
          return t.notices.count
        })
      try child.start()
    }
    return killedAt
  }

  /// Until the database holds the broadcast finished and nothing left to send (the final report
  /// included).
  static func waitUntilFinished(_ pool: DatabasePool, recipients: Int) async throws {
    let deadline = Date().addingTimeInterval(Double(recipients) + 180)
    while true {
      let (status, pending) = try await pool.read { db in
        (try BroadcastStore.broadcast(db, id: BroadcastID(1))?.status, try OutboxStore.pendingCount(db))
      }
      if status == .finished, pending == 0 { return }
      guard Date() < deadline else { throw BenchBroadcastKillError.timedOut("the broadcast to finish") }
      try await Task.sleep(for: .milliseconds(50))
    }
  }
}

enum BenchBroadcastKillError: Error, CustomStringConvertible {
  case timedOut(String)
  case failed(String)

  var description: String {
    switch self {
    case .timedOut(let what): "timed out waiting for \(what)"
    case .failed(let why): "bench broadcast --kill failed: \(why)"
    }
  }
}
