import Foundation

/// Capped exponential backoff with jitter: attempt 0 waits about `base`, each further attempt
/// doubles it up to `cap`; half of every delay is random so retrying processes spread out.
public struct Backoff: Sendable, Equatable {
  /// The first delay, in seconds.
  public var base: TimeInterval
  /// The longest delay, in seconds.
  public var cap: TimeInterval

  /// Creates a backoff policy.
  public init(base: TimeInterval = 0.5, cap: TimeInterval = 30) {
    self.base = base
    self.cap = cap
  }

  /// The delay before retry number `attempt` (0-based); `random` is uniform in 0..<1.
  public func delay(attempt: Int, random: Double) -> TimeInterval {
    let ceiling = min(cap, base * pow(2, Double(min(attempt, 30))))
    return ceiling / 2 + ceiling / 2 * min(max(random, 0), 1)
  }
}
