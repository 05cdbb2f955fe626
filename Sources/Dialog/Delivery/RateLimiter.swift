import Foundation

/// Telegram's sending limits, as the outbox sender applies them.
public struct RateLimits: Sendable, Equatable {
  /// Messages per second over all chats (Telegram allows about 30).
  public var globalPerSecond: Double
  /// Messages per second to one private chat (about 1).
  public var perChatPerSecond: Double
  /// Messages one chat may get at once before the per-chat rate applies.
  public var perChatBurst: Int
  /// Messages per minute to one group (about 20).
  public var perGroupPerMinute: Double

  public init(
    globalPerSecond: Double = 28, perChatPerSecond: Double = 1, perChatBurst: Int = 3, perGroupPerMinute: Double = 20
  ) {
    self.globalPerSecond = globalPerSecond
    self.perChatPerSecond = perChatPerSecond
    self.perChatBurst = perChatBurst
    self.perGroupPerMinute = perGroupPerMinute
  }
}

/// A token bucket: `capacity` tokens, refilled at `rate` per second.
struct TokenBucket: Sendable, Equatable {
  var capacity: Double
  var rate: Double
  var tokens: Double
  var updatedAt: Date

  init(capacity: Double, rate: Double, now: Date) {
    self.capacity = capacity
    self.rate = rate
    tokens = capacity
    updatedAt = now
  }

  func tokens(at now: Date) -> Double {
    min(capacity, tokens + max(0, now.timeIntervalSince(updatedAt)) * rate)
  }

  /// When one whole token is there.
  func readyAt(_ now: Date) -> Date {
    let available = tokens(at: now)
    return available >= 1 ? now : now.addingTimeInterval((1 - available) / rate)
  }

  mutating func take(at now: Date) {
    tokens = tokens(at: now) - 1
    updatedAt = now
  }

  func isFull(at now: Date) -> Bool { tokens(at: now) >= capacity }
}

/// Decides when the next message to a chat may go: one bucket for all chats, one per chat.
/// Callback answers count against the global bucket only: a button must never keep spinning
/// because its chat is busy.
public struct RateLimiter: Sendable {
  public let limits: RateLimits
  var global: TokenBucket
  var chats: [Int64: TokenBucket] = [:]

  public init(limits: RateLimits, now: Date) {
    self.limits = limits
    global = TokenBucket(capacity: max(1, limits.globalPerSecond), rate: limits.globalPerSecond, now: now)
    // A new process cannot know what its predecessor sent in the last second (a restart after a
    // crash takes about that long): it starts with an empty bucket instead of a full burst.
    global.tokens = 0
  }

  /// Charges the chat buckets with calls made before this limiter existed (by the previous
  /// process), oldest first, so a restart does not give a chat a fresh burst.
  public mutating func replay(_ sent: [(chat: Int64, at: Date)]) {
    for call in sent.sorted(by: { $0.at < $1.at }) {
      var bucket = chats[call.chat] ?? newBucket(chat: call.chat, now: call.at)
      bucket.take(at: call.at)
      chats[call.chat] = bucket
    }
  }

  /// The earliest time a call to `chat` may be made (`now` if at once); nil chat: callback answers.
  public func readyAt(chat: Int64?, now: Date) -> Date {
    let globalReady = global.readyAt(now)
    guard let chat, let bucket = chats[chat] else { return globalReady }
    return max(globalReady, bucket.readyAt(now))
  }

  /// Takes a token for a call made now.
  public mutating func record(chat: Int64?, now: Date) {
    global.take(at: now)
    guard let chat else { return }
    var bucket = chats[chat] ?? newBucket(chat: chat, now: now)
    bucket.take(at: now)
    chats[chat] = bucket
  }

  /// Charges a finished call to `chat` as if it had been made when its answer came: Telegram
  /// counts a message when it arrives, which is later than when we took its token, and a first
  /// message that travels slower than the next one would otherwise let that one arrive early
  /// (a 429 under load). A chat has one call in flight at a time, so this keeps its calls
  /// spaced as Telegram sees them.
  public mutating func settle(chat: Int64?, startedAt: Date, finishedAt: Date) {
    guard let chat, var bucket = chats[chat] else { return }
    bucket.tokens -= max(0, finishedAt.timeIntervalSince(startedAt)) * bucket.rate
    chats[chat] = bucket
  }

  /// Forgets chats whose buckets are full again, so memory stays bounded.
  public mutating func prune(now: Date) {
    chats = chats.filter { !$0.value.isFull(at: now) }
  }

  func newBucket(chat: Int64, now: Date) -> TokenBucket {
    // Group and channel ids are negative.
    if chat < 0 {
      return TokenBucket(capacity: Double(max(1, limits.perChatBurst)), rate: limits.perGroupPerMinute / 60, now: now)
    }
    return TokenBucket(capacity: Double(max(1, limits.perChatBurst)), rate: limits.perChatPerSecond, now: now)
  }
}
