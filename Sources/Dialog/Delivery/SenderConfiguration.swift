import Foundation
import TelegramBotAPI

/// How the outbox sender paces itself.
public struct SenderConfiguration: Sendable, Equatable {
  public var limits: RateLimits
  /// Deliveries under way at once (each to a different chat).
  public var maxInFlight: Int
  /// Waits between attempts after network trouble or a 5xx.
  public var backoff: Backoff
  /// Attempts after which a row that keeps failing is marked failed.
  public var maxAttempts: Int

  public init(
    limits: RateLimits = RateLimits(), maxInFlight: Int = 8, backoff: Backoff = Backoff(base: 1, cap: 60),
    maxAttempts: Int = 20
  ) {
    self.limits = limits
    self.maxInFlight = maxInFlight
    self.backoff = backoff
    self.maxAttempts = maxAttempts
  }
}

/// What the sender has done since it started.
public struct SenderStatistics: Sendable, Equatable {
  public var sent = 0
  public var failed = 0
  public var blockedChats = 0
  /// Rows dropped because their chat blocked the bot.
  public var dropped = 0
  /// Pauses on 429.
  public var pauses = 0
  public var transientFailures = 0
  public init() {}
}
