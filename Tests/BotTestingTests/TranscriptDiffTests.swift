import Testing

@testable import BotTesting

@Suite struct TranscriptDiffTests {
  let step = TranscriptStep(
    line: 12, source: "customer> [🌹 Розы]", kind: .action(user: "customer", .press(label: "🌹 Розы")),
    expected: ["bot → customer", "  | a", "  | b", "  | c", "  | d", "  | e", "  | f", "  | g", "  [Купить]"])

  @Test func matchingOutputHasNoDiff() {
    #expect(TranscriptDiff.diff(step: step, actual: step.expected) == nil)
  }

  @Test func changedLinesWithContext() {
    var actual = step.expected
    actual[8] = "  [Заказать]"
    actual.insert("bot → customer: toast", at: 0)
    let diff = TranscriptDiff.diff(step: step, actual: actual, context: 2)
    #expect(
      diff
        == [
          "@@ line 12: customer> [🌹 Розы] @@",
          "+bot → customer: toast",
          " bot → customer",
          "   | a",
          " …",
          "   | f",
          "   | g",
          "-  [Купить]",
          "+  [Заказать]",
        ].joined(separator: "\n"))
  }

  @Test func unexpectedAndMissingOutput() {
    let silent = TranscriptStep(line: 3, source: "customer> hi", kind: .action(user: "customer", .text("hi")))
    #expect(
      TranscriptDiff.diff(step: silent, actual: ["bot → customer", "  | ?"])
        == "@@ line 3: customer> hi @@\n-(no output expected)\n+bot → customer\n+  | ?")
    #expect(
      TranscriptDiff.diff(step: step, actual: [])?.hasSuffix("-  [Купить]\n+(no output)") == true)
  }
}
