import FlowerShop
import Foundation
import Logging
import TelegramBotAPI
import Testing

@testable import Dialog

/// Serves scripted batches, reporting every offset it is asked for; then holds like a long poll
/// until cancelled.
final class ScriptedSource: UpdateSource, @unchecked Sendable {
  private let lock = NSLock()
  private var batches: [Result<[Update], TelegramError>]
  let offsets: AsyncStream<Int64?>
  private let continuation: AsyncStream<Int64?>.Continuation

  init(_ batches: [Result<[Update], TelegramError>]) {
    self.batches = batches
    (offsets, continuation) = AsyncStream.makeStream()
  }

  func updates(
    offset: Int64?, timeout: Int, limit: Int, allowedUpdates: [String]
  ) async throws(TelegramError) -> [Update] {
    continuation.yield(offset)
    if let next = lock.withLock({ batches.isEmpty ? nil : batches.removeFirst() }) { return try next.get() }
    do {
      try await Task.sleep(nanoseconds: 60_000_000_000)
    } catch {
      throw .cancelled
    }
    return []
  }
}

/// Records what it processed, per chat; fails update ids listed in `failing` once. Updates
/// with ids in `slow` are not quick; the quick ones are processed together, recorded as batches.
final class RecordingProcessor: UpdateProcessing, @unchecked Sendable {
  private let lock = NSLock()
  private var failing: Set<Int64>
  private let slow: Set<Int64>?
  private(set) var processed: [Int64] = []
  private(set) var together: [[Int64]] = []

  init(failing: Set<Int64> = [], slow: Set<Int64>? = nil) {
    self.failing = failing
    self.slow = slow
  }

  func isQuick(_ update: Update) -> Bool { slow.map { !$0.contains(update.updateID) } ?? false }

  func process(together updates: [Update]) async -> [Result<UpdateOutcome, any Error>] {
    lock.withLock { together.append(updates.map(\.updateID)) }
    var results: [Result<UpdateOutcome, any Error>] = []
    for update in updates {
      do { results.append(.success(try await process(update))) } catch { results.append(.failure(error)) }
    }
    return results
  }

  func process(_ update: Update) async throws -> UpdateOutcome {
    try lock.withLock {
      if failing.remove(update.updateID) != nil { throw CancellationError() }
      processed.append(update.updateID)
    }
    return update.kind == .unknown ? .ignored : .processed
  }
}

@Suite struct PollingServiceTests {
  func text(_ id: Int64, chat: Int64) -> Update {
    Update(
      updateID: id,
      message: Message(messageID: id, from: User(id: chat, firstName: "A"), chat: Chat(id: chat), date: 0, text: "t"))
  }

  func service(_ source: ScriptedSource, _ processor: RecordingProcessor) -> PollingService {
    PollingService(
      source: source, processor: processor, clock: SystemServiceClock(),
      configuration: PollingConfiguration(backoff: Backoff(base: 0.001, cap: 0.002)), logger: Logger(label: "test"))
  }

  /// Runs until the source has been asked `calls` times; returns the offsets it was asked for.
  func offsets(_ polling: PollingService, _ source: ScriptedSource, calls: Int) async throws -> [Int64?] {
    let running = Task { try await polling.run() }
    var seen: [Int64?] = []
    for await offset in source.offsets {
      seen.append(offset)
      if seen.count == calls { break }
    }
    await polling.stop()
    try await running.value
    return seen
  }

  @Test func theOffsetMovesOnlyPastCommittedBatches() async throws {
    let source = ScriptedSource([.success([text(5, chat: 1), text(6, chat: 2)]), .success([Update(updateID: 7)])])
    let processor = RecordingProcessor()
    let polling = service(source, processor)
    #expect(try await offsets(polling, source, calls: 3) == [nil, 7, 8])
    #expect(Set(processor.processed) == [5, 6, 7])
    let statistics = await polling.statistics
    #expect(statistics.processed == 2 && statistics.ignored == 1)
  }

  @Test func aBatchThatFailedIsAskedForAgainWithTheSameOffset() async throws {
    let source = ScriptedSource([.success([text(5, chat: 1)]), .success([text(5, chat: 1)])])
    let processor = RecordingProcessor(failing: [5])
    let polling = service(source, processor)
    #expect(try await offsets(polling, source, calls: 3) == [nil, nil, 6])
    #expect(processor.processed == [5])
  }

  @Test func oneChatsUpdatesStayInOrderWhileChatsRunSideBySide() async throws {
    let batch = (1...30).map { text(Int64($0), chat: Int64($0 % 3)) }
    let source = ScriptedSource([.success(batch)])
    let processor = RecordingProcessor()
    let polling = service(source, processor)
    _ = try await offsets(polling, source, calls: 2)
    for chat in 0..<3 {
      let mine = processor.processed.filter { $0 % 3 == Int64(chat) }
      #expect(mine == mine.sorted())
    }
    #expect(processor.processed.count == 30)
  }

  @Test func quickChatsGoTogetherAndAChatWithASlowUpdateGoesAlone() async throws {
    let batch = [text(1, chat: 1), text(2, chat: 2), text(3, chat: 1), text(4, chat: 3), text(5, chat: 2)]
    let source = ScriptedSource([.success(batch)])
    let processor = RecordingProcessor(slow: [4])
    let polling = service(source, processor)
    #expect(try await offsets(polling, source, calls: 2) == [nil, 6])
    #expect(processor.together == [[1, 2, 3, 5]])  // in arrival order; chat 3 not among them
    #expect(Set(processor.processed) == [1, 2, 3, 4, 5])
    #expect(await polling.statistics.processed == 5)
  }

  @Test func aFailureInTheSharedTransactionIsFetchedAgain() async throws {
    let source = ScriptedSource([.success([text(1, chat: 1), text(2, chat: 2)]), .success([text(2, chat: 2)])])
    let processor = RecordingProcessor(failing: [2], slow: [])
    let polling = service(source, processor)
    #expect(try await offsets(polling, source, calls: 3) == [nil, nil, 3])
    #expect(processor.together == [[1, 2], [2]])
  }

  @Test func failedCallsAreRetriedAndARejectedTokenStopsPolling() async throws {
    let source = ScriptedSource([
      .failure(.network("reset")), .failure(.tooManyRequests(retryAfter: 0)), .failure(.unauthorized),
    ])
    let polling = service(source, RecordingProcessor())
    await #expect(throws: PollingError.unauthorized) { try await polling.run() }
    #expect(await polling.statistics.fetchErrors == 3)
  }
}
