import Foundation

/// Time for the long-running services: reading it, and waiting for it.
public protocol ServiceClock: WallClock {
  /// Returns at `deadline` or later; throws `CancellationError` when the task is cancelled.
  func sleep(until deadline: Date) async throws
}

/// The real clock.
public struct SystemServiceClock: ServiceClock {
  public init() {}
  public func now() -> Date { Date() }
  public func sleep(until deadline: Date) async throws {
    let seconds = deadline.timeIntervalSinceNow
    guard seconds > 0 else { return try Task.checkCancellation() }
    try await Task.sleep(nanoseconds: UInt64(min(seconds, 86_400) * 1_000_000_000))
  }
}
