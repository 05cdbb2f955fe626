import Dialog
import Foundation
import TelegramBotAPI

/// Updates Telegram posts to the webhook, handed to the polling service as if it had polled
/// them, so webhook mode keeps every guarantee of polling mode (chats in parallel, each chat in
/// order, group commit, exactly once by update id). A request is answered only once the batch
/// holding its update is settled: 200 when the service moved its offset past the batch (it
/// committed), else an error so Telegram sends the update again (a committed one is then
/// skipped as a duplicate).
final class WebhookInbox: UpdateSource, @unchecked Sendable {
  /// Which of these update ids are committed (recorded as seen in the database).
  typealias CommittedCheck = @Sendable ([Int64]) async -> Set<Int64>

  private final class Delivery: @unchecked Sendable {
    let update: Update
    let done = DispatchSemaphore(value: 0)
    var committed = false
    init(_ update: Update) { self.update = update }
  }

  private struct Poller {
    var call: Int
    var continuation: CheckedContinuation<[Update], Never>
  }

  private let lock = NSLock()
  private var queued: [Delivery] = []
  private var handedOut: [Delivery] = []
  private var poller: Poller?
  private var cancelledCalls: Set<Int> = []
  private var calls = 0
  private var closed = false
  private let committed: CommittedCheck

  init(committed: @escaping CommittedCheck) { self.committed = committed }

  func updates(
    offset: Int64?, timeout: Int, limit: Int, allowedUpdates: [String]
  ) async throws(TelegramError)
    -> [Update]
  {
    // The service asks for more only once the previous batch is done.
    await settle()
    let call = lock.withLock { () -> Int in
      calls += 1
      return calls
    }
    return await withTaskCancellationHandler {
      await withCheckedContinuation { (continuation: CheckedContinuation<[Update], Never>) in
        let batch = lock.withLock { () -> [Update]? in
          if closed || cancelledCalls.remove(call) != nil { return [] }
          guard !queued.isEmpty else {
            poller = Poller(call: call, continuation: continuation)
            return nil
          }
          let taken = Array(queued.prefix(max(1, limit)))
          queued.removeFirst(taken.count)
          handedOut = taken
          return taken.map(\.update)
        }
        if let batch { continuation.resume(returning: batch) }
      }
    } onCancel: {
      let waiting = lock.withLock { () -> Poller? in
        guard let waiting = poller, waiting.call == call else {
          cancelledCalls.insert(call)
          return nil
        }
        poller = nil
        return waiting
      }
      waiting?.continuation.resume(returning: [])
    }
  }

  /// Called from an HTTP thread: queues the update and blocks until its batch is settled (or
  /// `wait` seconds pass). True when it was committed.
  func deliver(_ update: Update, wait: TimeInterval = 55) -> Bool {
    let delivery = Delivery(update)
    let (accepted, waiting) = lock.withLock { () -> (Bool, Poller?) in
      guard !closed else { return (false, nil) }
      guard let waiting = poller else {
        queued.append(delivery)
        return (true, nil)
      }
      poller = nil
      handedOut = [delivery]
      return (true, waiting)
    }
    guard accepted else { return false }
    waiting?.continuation.resume(returning: [update])
    guard delivery.done.wait(timeout: .now() + wait) == .success else { return false }
    return lock.withLock { delivery.committed }
  }

  /// After the service stopped: settles the last batch and refuses the rest (Telegram sends
  /// those again to the next process).
  func close() async {
    await settle()
    let refused = lock.withLock { () -> [Delivery] in
      closed = true
      defer { queued = [] }
      return queued
    }
    for delivery in refused { delivery.done.signal() }
  }

  /// Answers the batch handed out last: each update by whether its id is recorded in the
  /// database, the very transaction that processed it.
  private func settle() async {
    let batch = lock.withLock { () -> [Delivery] in
      defer { handedOut = [] }
      return handedOut
    }
    guard !batch.isEmpty else { return }
    let done = await committed(batch.map(\.update.updateID))
    lock.withLock {
      for delivery in batch { delivery.committed = done.contains(delivery.update.updateID) }
    }
    for delivery in batch { delivery.done.signal() }
  }
}
