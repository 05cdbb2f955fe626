import Dialog
import Foundation
import Logging
import TelegramBotAPI

/// `bench engine --mode polling`: the production path. A `PollingService` fetches the
/// workload as `getUpdates` response bodies of up to 100 updates (in arrival order, as Telegram
/// returns them), decodes them as the client does and processes each batch before it asks for
/// the next one.
enum BenchPolling {
  /// Runs every batch through `processor`; returns each update's latency (fetched → committed).
  static func run(bodies: [Data], processor: any UpdateProcessing) async throws -> [Duration] {
    let source = BodySource(bodies: bodies)
    let done = AsyncStream<Void>.makeStream()
    let committed = CommitClock(total: bodies.count, done: done.continuation)
    let polling = PollingService(
      source: source, processor: processor, clock: SystemServiceClock(),
      configuration: PollingConfiguration(timeout: 0),
      logger: Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() }),
      onCommitted: { committed.tick() })
    let running = Task { try await polling.run() }
    for await _ in done.stream { break }
    await polling.stop()
    try await running.value
    guard await polling.statistics.processed == source.served else { throw BenchFailure.notAllProcessed }
    return zip(source.fetched(), committed.times()).flatMap { fetch, commit in
      Array(repeating: commit - fetch.at, count: fetch.count)
    }
  }

  enum BenchFailure: Error { case notAllProcessed }
}

/// Serves the bodies one per call, decoded as `TelegramClient` decodes them; then holds like
/// an idle long poll until cancelled.
final class BodySource: UpdateSource, @unchecked Sendable {
  private let lock = NSLock()
  private var bodies: [Data]
  private var fetches: [(at: ContinuousClock.Instant, count: Int)] = []
  private(set) var served = 0

  init(bodies: [Data]) { self.bodies = bodies.reversed() }

  func updates(
    offset: Int64?, timeout: Int, limit: Int, allowedUpdates: [String]
  ) async throws(TelegramError)
    -> [Update]
  {
    if let body = lock.withLock({ bodies.popLast() }) {
      let updates = try Update.decode(getUpdatesBody: body)
      lock.withLock {
        fetches.append((ContinuousClock.now, updates.count))
        served += updates.count
      }
      return updates
    }
    do { try await Task.sleep(for: .seconds(3600)) } catch { throw .cancelled }
    return []
  }

  func fetched() -> [(at: ContinuousClock.Instant, count: Int)] { lock.withLock { fetches } }
}

/// When each batch committed; says `done` after the last.
final class CommitClock: @unchecked Sendable {
  private let lock = NSLock()
  private var stamps: [ContinuousClock.Instant] = []
  private let total: Int
  private let done: AsyncStream<Void>.Continuation

  init(total: Int, done: AsyncStream<Void>.Continuation) {
    self.total = total
    self.done = done
  }

  func tick() {
    let count = lock.withLock {
      stamps.append(ContinuousClock.now)
      return stamps.count
    }
    if count == total { done.yield() }
  }

  func times() -> [ContinuousClock.Instant] { lock.withLock { stamps } }
}
