import Foundation

/// Wakes one waiting service loop: new outbox rows, a finished delivery, a stop request. A
/// signal fired while nobody waits is kept, so the next wait returns at once.
public final class WakeSignal: @unchecked Sendable {
  private let lock = NSLock()
  private var pending = false
  private var waiter: (id: UInt64, continuation: CheckedContinuation<Void, Never>)?
  private var nextID: UInt64 = 0

  public init() {}

  /// Wakes the waiting loop, or the next one to wait.
  public func fire() {
    let continuation = lock.withLock { () -> CheckedContinuation<Void, Never>? in
      let continuation = waiter?.continuation
      if continuation == nil { pending = true }
      waiter = nil
      return continuation
    }
    continuation?.resume()
  }

  /// Returns when fired (at once if a signal is pending) or when the task is cancelled.
  public func wait() async {
    let id = lock.withLock { () -> UInt64 in
      nextID += 1
      return nextID
    }
    await withTaskCancellationHandler {
      await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
        let resumeNow = lock.withLock { () -> Bool in
          if pending || Task.isCancelled {
            pending = false
            return true
          }
          waiter = (id, continuation)
          return false
        }
        if resumeNow { continuation.resume() }
      }
    } onCancel: {
      let continuation = lock.withLock { () -> CheckedContinuation<Void, Never>? in
        guard let waiter, waiter.id == id else { return nil }
        self.waiter = nil
        return waiter.continuation
      }
      continuation?.resume()
    }
  }

  /// Returns when fired, at `deadline` (nil: no deadline), or when the task is cancelled.
  public func wait(until deadline: Date?, clock: any ServiceClock) async {
    guard let deadline else { return await wait() }
    await withTaskGroup(of: Void.self) { group in
      group.addTask { await self.wait() }
      group.addTask { try? await clock.sleep(until: deadline) }
      await group.next()
      group.cancelAll()
    }
  }
}
