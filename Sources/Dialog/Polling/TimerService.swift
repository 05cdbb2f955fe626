import Foundation
import Logging

/// Fires due timers as inputs (each in its own transaction) as a service: sleeps until the next
/// timer is due, or until woken because an update may have set a new one.
public actor TimerService {
  let fire: @Sendable () async throws -> Int
  let nextDue: @Sendable () async throws -> Date?
  let clock: any ServiceClock
  let logger: Logger
  let onFired: @Sendable () -> Void
  /// The longest sleep, so a clock change or a missed wake costs at most this long.
  let maxWait: TimeInterval
  let signal = WakeSignal()
  var stopping = false

  /// `fire` fires what is due and returns how many; `nextDue` is the next timer's due time.
  public init(
    fire: @escaping @Sendable () async throws -> Int, nextDue: @escaping @Sendable () async throws -> Date?,
    clock: any ServiceClock, logger: Logger, maxWait: TimeInterval = 60, onFired: @escaping @Sendable () -> Void = {}
  ) {
    self.fire = fire
    self.nextDue = nextDue
    self.clock = clock
    self.logger = logger
    self.maxWait = maxWait
    self.onFired = onFired
  }

  /// A timer may have been set or moved: look again.
  public nonisolated func wake() { signal.fire() }

  public func stop() {
    stopping = true
    signal.fire()
  }

  /// Runs until `stop`.
  public func run() async {
    while !stopping {
      var deadline = clock.now().addingTimeInterval(maxWait)
      do {
        if try await fire() > 0 { onFired() }
        if let next = try await nextDue() { deadline = min(deadline, next) }
      } catch {
        logger.error("firing timers failed", metadata: ["error": "\(error)"])
        deadline = clock.now().addingTimeInterval(5)
      }
      if stopping { break }
      await signal.wait(until: deadline, clock: clock)
    }
  }
}
