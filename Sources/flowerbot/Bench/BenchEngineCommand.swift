import ArgumentParser
import Dialog
import FlowerShop
import Flows
import Foundation
import GRDB
import Logging
import TelegramBotAPI

/// `flowerbot bench engine`: drives updates from simulated chats through the whole engine
/// (decode JSON → route → transition → one SQLite commit with state, order and outbox) on a
/// database file, and prints throughput, latency and memory.
struct BenchEngineCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "engine", abstract: "Measure updates/s through the whole engine on a database file.")

  @Option(help: "Simulated customers (each one's updates in order, chats in parallel).") var chats = 200
  @Option(help: "Updates in all.") var updates = 20_000
  @Option(
    help: """
      polling: batches of up to 100 updates as getUpdates returns them, through the polling service \
      (production); webhook: each update on its own, the chats' requests in parallel.
      """)
  var mode: Mode = .polling
  @Option(help: "Database file (default: a fresh temporary file).") var db: String?

  enum Mode: String, ExpressibleByArgument, CaseIterable {
    case polling, webhook
  }
  @Option(help: "Folder with the locale files.") var locales: String?

  func run() async throws {
    let configuration = try Paths.configuration(config: nil, locales: locales)
    let path =
      db
      ?? FileManager.default.temporaryDirectory.appendingPathComponent("flowerbot-bench-\(UUID().uuidString).sqlite")
      .path
    defer {
      if db == nil {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
      }
    }
    let pool = try BotDatabase.openPool(path: path)
    let dependencies = BotDependencies(
      database: pool, clock: SystemClock(), random: SystemRandomSource(), delivery: DiscardingDelivery(),
      logger: Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() }))
    let bot = try buildBot(configuration: configuration, dependencies: dependencies)
    let policy = DeliveryPolicy(configuration.shop.delivery)
    let workload = EngineWorkload(
      tomorrow: policy.today(at: Date()).adding(days: 1),
      catalogLabel: configuration.localizer.text(L10n.menuCatalog.rawValue, language: "ru"))
    let perChat = max(1, updates / max(1, chats))
    let streams = try workload.updates(chats: chats, perChat: perChat)
    let total = streams.reduce(0) { $0 + $1.count }

    let clock = ContinuousClock()
    let cpuBefore = BenchReport.cpuSeconds()
    let started = clock.now
    let latencies: [Duration]
    switch mode {
    case .polling:
      latencies = try await BenchPolling.run(bodies: Self.getUpdatesBodies(streams), processor: bot.engine)
    case .webhook:
      latencies = try await Self.webhook(streams, bot: bot)
    }
    let elapsed = clock.now - started
    let cpu = BenchReport.cpuSeconds() - cpuBefore
    let (orders, outbox) = try await pool.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders") ?? 0,
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox") ?? 0
      )
    }
    print(
      BenchReport.engine(
        mode: mode.rawValue, updates: total, chats: chats, elapsed: elapsed, cpu: cpu, latencies: latencies,
        orders: orders,
        outboxRows: outbox))
  }
}

extension BenchEngineCommand {
  /// Each chat's updates in order, the chats side by side, as webhook requests would come.
  static func webhook(_ streams: [[Data]], bot: Bot) async throws -> [Duration] {
    let clock = ContinuousClock()
    return try await withThrowingTaskGroup(of: [Duration].self) { group in
      for stream in streams {
        group.addTask {
          var own: [Duration] = []
          own.reserveCapacity(stream.count)
          for json in stream {
            let begin = clock.now
            let update = try Update.decode(json: json)
            try await bot.process(update)
            own.append(clock.now - begin)
          }
          return own
        }
      }
      return try await group.reduce(into: [Duration]()) { $0 += $1 }
    }
  }

  /// The updates in arrival order (round by round across the chats), as `getUpdates` response
  /// bodies of up to 100.
  static func getUpdatesBodies(_ streams: [[Data]]) -> [Data] {
    var arrival: [Data] = []
    for step in 0..<(streams.map(\.count).max() ?? 0) {
      for stream in streams where step < stream.count { arrival.append(stream[step]) }
    }
    return stride(from: 0, to: arrival.count, by: 100).map { start in
      var body = Data(#"{"ok":true,"result":["#.utf8)
      for (offset, json) in arrival[start..<min(start + 100, arrival.count)].enumerated() {
        if offset > 0 { body.append(UInt8(ascii: ",")) }
        body.append(json)
      }
      body.append(contentsOf: "]}".utf8)
      return body
    }
  }
}

/// Accepts every message without sending it (the bench measures the engine, not delivery).
struct DiscardingDelivery: MessageDelivery {
  func deliver(_ message: OutgoingMessage) async throws(DeliveryError) -> Int64? { nil }
}

enum BenchReport {
  static func engine(
    mode: String, updates: Int, chats: Int, elapsed: Duration, cpu: Double, latencies: [Duration], orders: Int,
    outboxRows: Int
  )
    -> String
  {
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let sorted = latencies.sorted()
    func percentile(_ p: Double) -> String {
      guard !sorted.isEmpty else { return "-" }
      let d = sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
      let ms = Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15
      return String(format: "%.2f ms", ms)
    }
    return """
      bench engine: \(updates) updates from \(chats) chats (ordering flow mix, \(mode)) on a database file
        throughput   \(String(format: "%.0f", Double(updates) / seconds)) updates/s (\(String(format: "%.2f", seconds)) s)
        latency      p50 \(percentile(0.5)), p99 \(percentile(0.99)) per update (received → committed)
        cpu          \(String(format: "%.0f", cpu * 1e6 / Double(max(1, updates)))) µs per update (user + system, all threads, during the run) = \(String(format: "%.0f", Double(updates) / max(cpu, 1e-9))) updates per CPU-second
                     \(String(format: "%.0f", cpuSeconds() * 1e6 / Double(max(1, updates)))) µs per update with set-up (catalog, indexing, workload)
        memory       peak RSS \(peakMemoryMiB()) MiB
        written      \(orders) orders, \(outboxRows) outbox rows
      """
  }

  /// CPU time of the whole process so far: unlike throughput, it does not depend on what else
  /// the machine runs.
  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  static func peakMemoryMiB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) / 1024
  }
}
