import FlowerShop
import Foundation
import GRDB
import Logging
import TelegramBotAPI

/// The outbox sender service: delivers pending rows, each chat's rows in order (most urgent
/// first), different chats in parallel, within Telegram's limits. A 429 pauses all sending for
/// `retry_after`; a 403 marks the chat blocked and drops its rows; a 400 fails the row; network
/// trouble retries the chat's row with backoff. A row Telegram accepted is marked sent with its
/// message id and never sent again.
public actor OutboxSender {
  let dispatcher: OutboxDispatcher
  let clock: any ServiceClock
  let configuration: SenderConfiguration
  let random: any RandomSource
  let logger: Logger
  let signal = WakeSignal()
  var limiter: RateLimiter
  var inFlight: Set<ChatID> = []
  /// When each call in flight took its token (one per chat at a time).
  var startedAt: [ChatID: Date] = [:]
  /// Chats whose delivery finished while the pending rows were being read: their row in that
  /// read may already be sent.
  var finishedDuringRead: Set<ChatID> = []
  var reading = false
  var retryAt: [ChatID: Date] = [:]
  var pausedUntil: Date?
  var stopping = false
  public private(set) var statistics = SenderStatistics()

  public init(
    dispatcher: OutboxDispatcher, clock: any ServiceClock, configuration: SenderConfiguration = SenderConfiguration(),
    random: any RandomSource = SystemRandomSource(), logger: Logger
  ) {
    self.dispatcher = dispatcher
    self.clock = clock
    self.configuration = configuration
    self.random = random
    self.logger = logger
    limiter = RateLimiter(limits: configuration.limits, now: clock.now())
  }

  /// New rows were committed: look at the outbox now.
  public nonisolated func wake() { signal.fire() }

  /// Stops taking rows; `run` returns once the deliveries under way are recorded.
  public func stop() {
    stopping = true
    signal.fire()
  }

  /// Runs until `stop`.
  public func run() async {
    do {
      // What the previous process sent in the last seconds still counts against each chat.
      let since = clock.now().addingTimeInterval(-Double(max(1, configuration.limits.perChatBurst)) - 1)
      limiter.replay(try await dispatcher.database.read { db in try OutboxStore.sentSince(db, since) })
    } catch {
      logger.error("outbox read failed", metadata: ["error": "\(error)"])
    }
    // Discarding: a long-running service must not keep every finished delivery's task around.
    await withDiscardingTaskGroup { group in
      while !stopping {
        var deadline: Date?
        do {
          deadline = try await dispatchReady(into: &group)
        } catch {
          logger.error("outbox read failed", metadata: ["error": "\(error)"])
          deadline = clock.now().addingTimeInterval(5)
        }
        if stopping { break }
        await signal.wait(until: deadline, clock: clock)
      }
      // Leaving the group waits for the deliveries under way.
    }
  }

  /// Starts a delivery for every chat whose next row may go now; returns when to look again
  /// (nil: when woken).
  func dispatchReady(into group: inout DiscardingTaskGroup) async throws -> Date? {
    var now = clock.now()
    if let pausedUntil, pausedUntil > now { return pausedUntil }
    pausedUntil = nil
    reading = true
    finishedDuringRead = []
    defer { reading = false }
    let heads = try await dispatcher.database.read { db in try OutboxStore.heads(db, limit: 500) }
    now = clock.now()
    var next: Date?
    for row in heads {
      if inFlight.count >= configuration.maxInFlight { break }
      if inFlight.contains(row.chat) || finishedDuringRead.contains(row.chat) { continue }
      if let retry = retryAt[row.chat], retry > now {
        next = min(next ?? retry, retry)
        continue
      }
      let ready = limiter.readyAt(chat: row.message.chatID, now: now)
      if ready > now {
        next = min(next ?? ready, ready)
        continue
      }
      limiter.record(chat: row.message.chatID, now: now)
      inFlight.insert(row.chat)
      startedAt[row.chat] = now
      group.addTask { await self.finished(row, await self.deliver(row)) }
    }
    limiter.prune(now: now)
    return next
  }

  nonisolated func deliver(_ row: OutboxRow) async -> RowOutcome {
    do {
      if row.attempts >= configuration.maxAttempts {
        let reason = "gave up after \(row.attempts) attempts"
        let now = clock.now()
        try await dispatcher.database.write { db in try OutboxStore.markFailed(db, id: row.id, error: reason, at: now) }
        logger.error("delivery given up", metadata: row.logMetadata(["attempts": "\(row.attempts)"]))
        return .failed(reason)
      }
      return try await dispatcher.send(row)
    } catch {
      logger.error("recording a delivery failed", metadata: row.logMetadata(["error": "\(error)"]))
      return .transient("database: \(error)")
    }
  }

  func finished(_ row: OutboxRow, _ outcome: RowOutcome) {
    inFlight.remove(row.chat)
    if reading { finishedDuringRead.insert(row.chat) }
    let now = clock.now()
    if let started = startedAt.removeValue(forKey: row.chat) {
      limiter.settle(chat: row.message.chatID, startedAt: started, finishedAt: now)
    }
    switch outcome {
    case .sent:
      statistics.sent += 1
      retryAt[row.chat] = nil
    case .failed:
      statistics.failed += 1
      retryAt[row.chat] = nil
    case .blocked(let dropped):
      statistics.blockedChats += 1
      statistics.dropped += dropped
      retryAt[row.chat] = nil
    case .retryAfter(let seconds):
      statistics.pauses += 1
      let until = now.addingTimeInterval(TimeInterval(seconds))
      pausedUntil = max(pausedUntil ?? until, until)
    case .transient:
      statistics.transientFailures += 1
      let fraction = Double(random.next() >> 11) / Double(UInt64(1) << 53)
      retryAt[row.chat] = now.addingTimeInterval(configuration.backoff.delay(attempt: row.attempts, random: fraction))
    }
    signal.fire()
  }
}
