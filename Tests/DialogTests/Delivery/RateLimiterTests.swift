import Foundation
import Testing

@testable import Dialog

@Suite struct RateLimiterTests {
  let start = Date(timeIntervalSince1970: 1_800_000_000)
  /// A second before `start`: the global bucket has filled by then.
  var earlier: Date { start.addingTimeInterval(-1) }

  @Test func aChatGetsASmallBurstThenAboutOneMessageASecond() {
    var limiter = RateLimiter(
      limits: RateLimits(globalPerSecond: 28, perChatPerSecond: 1, perChatBurst: 3), now: earlier)
    for _ in 0..<3 {
      #expect(limiter.readyAt(chat: 5, now: start) == start)
      limiter.record(chat: 5, now: start)
    }
    #expect(limiter.readyAt(chat: 5, now: start) == start.addingTimeInterval(1))
    #expect(limiter.readyAt(chat: 6, now: start) == start)
    limiter.record(chat: 5, now: start.addingTimeInterval(1))
    #expect(limiter.readyAt(chat: 5, now: start.addingTimeInterval(1)) == start.addingTimeInterval(2))
  }

  @Test func allChatsTogetherStayUnderTheGlobalRate() {
    var limiter = RateLimiter(limits: RateLimits(globalPerSecond: 28), now: earlier)
    for chat in 0..<28 { limiter.record(chat: Int64(chat), now: start) }
    let next = limiter.readyAt(chat: 100, now: start)
    #expect(abs(next.timeIntervalSince(start) - 1.0 / 28) < 1e-6)
    // Callback answers skip the per-chat bucket but not the global one.
    #expect(limiter.readyAt(chat: nil, now: start) == next)
  }

  @Test func aNewProcessStartsWithoutABurst() {
    // Its predecessor may have used the whole second before the restart.
    let limiter = RateLimiter(limits: RateLimits(globalPerSecond: 28), now: start)
    #expect(abs(limiter.readyAt(chat: 5, now: start).timeIntervalSince(start) - 1.0 / 28) < 1e-6)
  }

  @Test func callsOfThePreviousProcessStillCount() {
    var limiter = RateLimiter(limits: RateLimits(perChatPerSecond: 1, perChatBurst: 3), now: earlier)
    limiter.replay([(5, start.addingTimeInterval(-0.5)), (5, start.addingTimeInterval(-0.2)), (5, start), (6, start)])
    // Three in the last half second: chat 5 waits; chat 6 has two left.
    #expect(limiter.readyAt(chat: 5, now: start) > start.addingTimeInterval(0.4))
    #expect(limiter.readyAt(chat: 6, now: start) == start)
  }

  /// Telegram counts a message when it arrives. If the first of a burst travels 0.3 s and the
  /// fourth only 0.1 s, spacing by when tokens were taken lets the fourth arrive 0.8 s after the
  /// first: one too many. Settled at its answer, each call counts from then.
  @Test func aSlowCallCountsFromWhenItsAnswerCame() {
    var limiter = RateLimiter(
      limits: RateLimits(globalPerSecond: 28, perChatPerSecond: 1, perChatBurst: 3), now: earlier)
    limiter.record(chat: 5, now: start)
    limiter.settle(chat: 5, startedAt: start, finishedAt: start.addingTimeInterval(0.3))
    for offset in [0.3, 0.4] {
      let at = start.addingTimeInterval(offset)
      #expect(limiter.readyAt(chat: 5, now: at) == at)
      limiter.record(chat: 5, now: at)
      limiter.settle(chat: 5, startedAt: at, finishedAt: at)
    }
    // Without settling the fourth could go at start + 1; now at the first one's answer + 1.
    let ready = limiter.readyAt(chat: 5, now: start.addingTimeInterval(0.5))
    #expect(abs(ready.timeIntervalSince(start) - 1.3) < 1e-6)
    // Callback answers have no chat bucket to settle.
    limiter.settle(chat: nil, startedAt: start, finishedAt: start.addingTimeInterval(5))
  }

  @Test func groupsGetTwentyAMinute() {
    var limiter = RateLimiter(limits: RateLimits(perChatBurst: 1), now: start)
    limiter.record(chat: -100, now: start)
    #expect(limiter.readyAt(chat: -100, now: start) == start.addingTimeInterval(3))
  }

  @Test func idleChatsAreForgotten() {
    var limiter = RateLimiter(limits: RateLimits(), now: start)
    limiter.record(chat: 5, now: start)
    limiter.prune(now: start.addingTimeInterval(10))
    #expect(limiter.chats.isEmpty)
  }
}
