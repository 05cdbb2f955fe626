import Foundation
import Testing

@testable import BotTesting

@Suite struct TranscriptParserTests {
  static let sample = """
    # Заказ роз
    @user buyer id=1005 first=Аружан
    @clock 2026-11-27 10:00

    buyer> /start
    bot → buyer
      | Здравствуйте!
      |
      | Что закажем?
      [🌹 Розы] [💐 Букеты]
      ⌨ [Каталог]
    buyer> [🌹 Розы]
    # nothing expected here
    buyer> hello
    @advance 1h30m
    bot → florist: toast
      | Напоминание
    """

  @Test func stepsDirectivesAndExpectedBlocks() throws {
    let transcript = try TranscriptParser.parse(Self.sample)
    #expect(transcript.lines.count == 17)
    let steps = transcript.steps
    #expect(steps.count == 6)
    #expect(steps[0].kind == .directive(.user(UserDeclaration(name: "buyer", userID: 1005, firstName: "Аружан"))))
    #expect(steps[1].kind == .directive(.clock(TranscriptRunner.defaultStart)))
    #expect(steps[2].line == 5)
    #expect(steps[2].kind == .action(user: "buyer", .command("/start")))
    #expect(
      steps[2].expected == [
        "bot → buyer", "  | Здравствуйте!", "  |", "  | Что закажем?", "  [🌹 Розы] [💐 Букеты]", "  ⌨ [Каталог]",
      ])
    #expect(steps[2].expectedLineNumbers == Array(6...11))
    #expect(steps[3].kind == .action(user: "buyer", .press(label: "🌹 Розы")))
    #expect(steps[3].expected.isEmpty)
    #expect(steps[4].kind == .action(user: "buyer", .text("hello")))
    #expect(steps[5].kind == .directive(.advance(seconds: 5400)))
    #expect(steps[5].expected == ["bot → florist: toast", "  | Напоминание"])
  }

  @Test func errorsNameTheLine() {
    #expect(throws: TranscriptError.outputBeforeFirstStep(line: 2)) {
      try TranscriptParser.parse("# x\nbot → customer\n")
    }
    #expect(throws: TranscriptError.strayIndentedLine(line: 3)) {
      try TranscriptParser.parse("customer> hi\n\n  | oops\n")
    }
    #expect(throws: TranscriptError.unrecognizedLine(line: 1, "hello there")) {
      try TranscriptParser.parse("hello there\n")
    }
    #expect(throws: TranscriptError.syntax(line: 2, .unknownDirective("dance"))) {
      try TranscriptParser.parse("customer> hi\n@dance\n")
    }
    #expect(throws: TranscriptError.syntax(line: 1, .empty)) { try TranscriptParser.parse("customer>\n") }
  }

  @Test func recordReplacesOnlyBotBlocks() throws {
    let transcript = try TranscriptParser.parse(Self.sample)
    let actual: [[String]] = [[], [], ["bot → buyer", "  | Привет"], ["bot → buyer", "  | Розы:"], [], []]
    let recorded = TranscriptRecorder.record(transcript, actual: actual)
    #expect(
      recorded == """
        # Заказ роз
        @user buyer id=1005 first=Аружан
        @clock 2026-11-27 10:00

        buyer> /start
        bot → buyer
          | Привет
        buyer> [🌹 Розы]
        bot → buyer
          | Розы:
        # nothing expected here
        buyer> hello
        @advance 1h30m

        """)
    #expect(try TranscriptParser.parse(recorded).steps.map(\.expected) == actual)
  }
}
