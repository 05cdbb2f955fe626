import BotTesting
import Testing

@testable import Dialog

@Suite struct LocaleParseErrorTests {
  private func parseError(_ source: String) -> LocaleParseError? {
    do {
      _ = try LocaleBundle(language: "ru", source: source)
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: [
    ("a = 1\n\nb = 2\na = 3", 4, "duplicate key"),
    ("# c\nhello world", 2, "missing '='"),
    ("a = 1\nhello", 2, "missing '='"),
    ("ok = 1\nBad = 2", 2, "bad key name"),
    ("1st = x", 1, "bad key name"),
    ("привет = x", 1, "bad key name"),
    ("= x", 1, "bad key name"),
    ("a = 1\nb = { $name\nc = 3", 2, "unterminated placeable"),
    ("a = 1\n\nb = x {", 3, "unterminated placeable"),
    ("a = { $n ->\n    [one] x\n    [few] y\n}", 1, "no default variant"),
    ("a = { $n -> *[one] x *[other] y }", 1, "more than one default"),
    ("a = 1\nb = x } y", 2, "unexpected '}'"),
    ("a = { \"open\n}", 1, "unterminated string"),
    ("a =\n\nb = 2", 1, "has no value"),
    ("  indented = 1", 1, "indented"),
    ("a = { }", 1, "empty placeable"),
    ("a = { $ }", 1, "bad variable name"),
    ("a = { $n -> [one] x *[] y }", 1, "no default variant"),  // "*[]" is text of [one]
    ("a = { $n -> x }", 1, "unexpected 'x'"),
    ("a = { $n -> [1x] y *[z] w }", 1, "bad variant key"),
  ])
  func reportsLine(source: String, line: Int, fragment: String) throws {
    let error = try #require(parseError(source))
    #expect(error.line == line)
    #expect(error.message.contains(fragment), "\(error)")
  }

  @Test func descriptionNamesFileAndLine() {
    #expect(LocaleParseError(line: 3, message: "x").description == "line 3: x")
    #expect(LocaleParseError(line: 3, message: "x", file: "ru.ftl").description == "ru.ftl:3: x")
  }

  @Test func garbageNeverCrashes() {
    var generator = SplitMix64(seed: 42)
    let alphabet = Array("ab-= {}$[]*->\"\\u0#\n  \r\n1\u{00A0}💐я.")
    let samples = [
      "{", "}", "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{",
      "a = " + String(repeating: "{", count: 5000),
      "a = { $n -> ", "a = { $n -> [", "a = { $n -> *[x", "a = { \"\\u12", "a = { -", "\u{0}",
      "a = { $n -> *[x] { $m -> *[y] }", "a =\n  [x]\n  *[y] z",
    ]
    for sample in samples { _ = parseError(sample) }
    for _ in 0..<2000 {
      let length = Int(generator.next() % 60)
      let text = String(
        (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
      _ = parseError(text)
      if let bundle = try? LocaleBundle(language: "ru", source: text) {
        for key in bundle.keys { _ = bundle.format(key, ["n": 1, "x": "y"]) }
      }
    }
  }
}
