import FlowerShop
import Foundation
import Logging
import TelegramBotAPI

/// Long polling as a service. Each batch is processed (one chat's updates in order, chats in
/// parallel up to a bound) and committed before the offset moves past it, so an update
/// Telegram delivers again after a crash is skipped by its update id: at-least-once delivery
/// becomes exactly-once processing.
public actor PollingService {
  let source: any UpdateSource
  let processor: any UpdateProcessing
  let clock: any ServiceClock
  let configuration: PollingConfiguration
  let activity: (any ChatActivity)?
  let random: any RandomSource
  let logger: Logger
  let onCommitted: @Sendable () -> Void
  /// The next `getUpdates` offset: one past the last committed update.
  public private(set) var offset: Int64?
  public internal(set) var statistics = PollingStatistics()
  var stopping = false
  var fetch: Task<[Update], any Error>?
  let pause = WakeSignal()

  public init(
    source: any UpdateSource, processor: any UpdateProcessing, clock: any ServiceClock,
    configuration: PollingConfiguration = PollingConfiguration(), activity: (any ChatActivity)? = nil,
    random: any RandomSource = SystemRandomSource(), logger: Logger, onCommitted: @escaping @Sendable () -> Void = {}
  ) {
    self.source = source
    self.processor = processor
    self.clock = clock
    self.configuration = configuration
    self.activity = activity
    self.random = random
    self.logger = logger
    self.onCommitted = onCommitted
  }

  /// Stops after the batch under way is committed; a pending `getUpdates` is cancelled.
  public func stop() {
    stopping = true
    fetch?.cancel()
    pause.fire()
  }

  /// Polls until `stop`; throws when Telegram rejects the token.
  public func run() async throws(PollingError) {
    var failures = 0
    while !stopping {
      let batch: [Update]
      do {
        batch = try await fetchBatch()
      } catch {
        if stopping { break }
        statistics.fetchErrors += 1
        try await wait(after: error, failures: failures)
        failures += 1
        continue
      }
      failures = 0
      guard !batch.isEmpty else { continue }
      statistics.batches += 1
      logger.debug("batch received", metadata: Self.logMetadata(batch))
      let committed = await process(batch)
      onCommitted()
      if committed, let last = batch.map(\.updateID).max() {
        offset = last + 1
        logger.debug("batch committed", metadata: ["offset": "\(last + 1)", "last_update_id": "\(last)"])
      } else if !stopping {
        logger.warning("batch not fully committed: fetching it again", metadata: Self.logMetadata(batch))
        // Not advancing: Telegram sends the batch again and the committed part is skipped.
        await pause.wait(until: clock.now().addingTimeInterval(delay(failures)), clock: clock)
      }
    }
  }

  func fetchBatch() async throws(TelegramError) -> [Update] {
    let request = Task { [source, offset, configuration] in
      try await source.updates(
        offset: offset, timeout: configuration.timeout, limit: configuration.limit,
        allowedUpdates: configuration.allowedUpdates)
    }
    fetch = request
    defer { fetch = nil }
    do {
      return try await withTaskCancellationHandler {
        try await request.value
      } onCancel: {
        request.cancel()
      }
    } catch let error as TelegramError {
      throw error
    } catch {
      throw .cancelled
    }
  }

  func wait(after error: TelegramError, failures: Int) async throws(PollingError) {
    let seconds: TimeInterval
    switch error {
    case .unauthorized, .notFound:
      logger.critical("Telegram rejected the bot token", metadata: ["error": "\(error)"])
      throw .unauthorized
    case .tooManyRequests(let retryAfter):
      seconds = TimeInterval(retryAfter)
    case .conflict:
      logger.error(
        "getUpdates conflict: another process polls with this token, or a webhook is set",
        metadata: ["error": "\(error)"])
      seconds = delay(failures + 3)
    case .badRequest, .forbidden, .server, .timedOut, .cancelled, .network, .invalidResponse, .invalidRequest,
      .fileTooLarge, .fileUnavailable, .unreadableUpload:
      logger.warning("getUpdates failed", metadata: ["error": "\(error)", "attempt": "\(failures + 1)"])
      seconds = delay(failures)
    }
    await pause.wait(until: clock.now().addingTimeInterval(seconds), clock: clock)
  }

  static func logMetadata(_ batch: [Update]) -> Logger.Metadata {
    let ids = batch.map(\.updateID)
    return ["count": "\(batch.count)", "first_update_id": "\(ids.min() ?? 0)", "last_update_id": "\(ids.max() ?? 0)"]
  }

  func delay(_ failures: Int) -> TimeInterval {
    configuration.backoff.delay(attempt: failures, random: Double(random.next() >> 11) / Double(UInt64(1) << 53))
  }
}
