import Foundation
import Testing

@testable import TelegramBotAPI

@Suite struct BotTokenTests {
  @Test func acceptsBotFatherShapesOnly() {
    #expect(BotToken("123456:ABC-def_123") != nil)
    #expect(BotToken(" 123:TEST \n")?.botID == 123)
    for bad in ["", "123", ":abc", "abc:def", "123:", "123:abc def", "123:абв"] {
      #expect(BotToken(bad) == nil, "\(bad)")
    }
  }

  @Test func neverPrintsItselfAndRedactsItselfFromText() throws {
    let token = try #require(BotToken("123:SECRET"))
    #expect("\(token)" == "<token>")
    #expect(String(reflecting: token) == "<token>")
    #expect(
      token.redact("GET https://api.telegram.org/bot123:SECRET/getMe failed")
        == "GET https://api.telegram.org/bot<token>/getMe failed")
  }
}

@Suite struct BackoffTests {
  @Test func growsExponentiallyUpToTheCapWithHalfOfItRandom() {
    let backoff = Backoff(base: 0.5, cap: 30)
    #expect(backoff.delay(attempt: 0, random: 0) == 0.25)
    #expect(backoff.delay(attempt: 0, random: 1) == 0.5)
    #expect(backoff.delay(attempt: 3, random: 0.5) == 3)
    #expect(backoff.delay(attempt: 20, random: 1) == 30)
    #expect(backoff.delay(attempt: 1_000, random: 0) == 15)
  }
}
