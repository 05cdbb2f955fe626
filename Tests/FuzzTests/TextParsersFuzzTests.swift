import BotTesting
import Dialog
import Foundation
import Testing

/// The locale parser, the console's input line and the transcript format take text people
/// write by hand: mutated real files and random lines parse or fail with an error, never crash.
@Suite struct TextParsersFuzzTests {
  static let ftl =
    (try? String(contentsOf: repositoryRoot.appendingPathComponent("locales/ru.ftl"), encoding: .utf8)) ?? ""
  static let fluentTokens = [
    "{", "}", "{ $", "$count", " ->", "[one]", "*[other]", "\n", "\n  ", "=", "-term", "{ -", "\"", "\\u",
  ]
  static let consoleAlphabet = Array("abc АБВ:[]@/\\\"'0123456789#>-+ \t💐.,")

  @Test func mutatedLocaleFilesParseOrFailWithAnError() throws {
    let lines = Self.ftl.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    try #require(lines.count > 10, "locales/ru.ftl not found")
    var fuzzer = Fuzzer(seed: 0x5EED_0201)
    var parsed = 0
    for _ in 0..<fuzzIterations {
      let start = fuzzer.int(0..<lines.count)
      let chunk = lines[start..<min(lines.count, start + fuzzer.int(1..<30))].joined(separator: "\n")
      let source = fuzzer.mutate(chunk, dictionary: Self.fluentTokens)
      guard let bundle = try? LocaleBundle(language: "ru", source: source) else { continue }
      parsed += 1
      for key in bundle.keys {
        _ = bundle.format(key, ["count": .number(fuzzer.int(-5..<1_000)), "name": .string("Ай")])
      }
    }
    #expect(parsed > 0)
  }

  @Test func randomConsoleLinesParseOrFailWithAnError() {
    var fuzzer = Fuzzer(seed: 0x5EED_0202)
    let seeds = [":press Розы", "Айгерим: /start", "[💐 Каталог]", "@advance 2h", ":contact", "@clock 2026-11-27 10:00"]
    for i in 0..<fuzzIterations {
      let line =
        i % 2 == 0
        ? fuzzer.string(from: Self.consoleAlphabet, maxLength: 40) : fuzzer.mutate(seeds[i % seeds.count])
      _ = try? ConsoleInput.parse(line)
      _ = UserLine.split(line)
    }
  }

  @Test func mutatedTranscriptsParseOrFailWithAnError() throws {
    let folder = repositoryRoot.appendingPathComponent("conversations")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
      .sorted()
    let texts = try files.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    try #require(!texts.isEmpty)
    var fuzzer = Fuzzer(seed: 0x5EED_0203)
    for i in 0..<max(1, fuzzIterations / 10) {
      _ = try? TranscriptParser.parse(fuzzer.mutate(texts[i % texts.count], dictionary: ["\n", "> ", "@", ":", "["]))
    }
  }
}
