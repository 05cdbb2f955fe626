import Foundation
import TelegramBotAPI
import Testing

@testable import Dialog
@testable import Flows

/// Every locale file follows ru.ftl (the reference): the same keys, the same variables per key,
/// the same string variants (`[pickup]`, `[kaspi]`…), only the plural categories its language
/// has, and every message renders to HTML Telegram accepts, for plural counts 1, 2, 5 and 21.
@Suite struct LocaleParityTests {
  static let reference = "ru"
  static let counts = [1, 2, 5, 21]

  @Test func everyLocaleIsLoaded() {
    #expect(localizer.languages == ["en", "kk", "ru"])
  }

  @Test(arguments: ["en", "kk"])
  func sameKeysAsRussian(_ language: String) throws {
    let (russian, other) = (try Self.messages(Self.reference), try Self.messages(language))
    #expect(Set(russian.keys).subtracting(other.keys).sorted() == [], "missing in \(language).ftl")
    #expect(Set(other.keys).subtracting(russian.keys).sorted() == [], "not in ru.ftl but in \(language).ftl")
  }

  @Test(arguments: ["en", "kk"])
  func sameVariablesAndVariantsAsRussian(_ language: String) throws {
    let (russian, other) = (try Self.messages(Self.reference), try Self.messages(language))
    for (key, pattern) in other {
      guard let reference = russian[key] else { continue }
      let (expected, actual) = (PatternFacts(reference), PatternFacts(pattern))
      #expect(actual.variables == expected.variables, "\(language).ftl \(key): variables")
      #expect(actual.stringVariants == expected.stringVariants, "\(language).ftl \(key): string variants")
      #expect(actual.markup == expected.markup, "\(language).ftl \(key): HTML tags")
    }
  }

  @Test(arguments: ["ru", "en", "kk"])
  func pluralVariantsAreCategoriesOfTheLanguage(_ language: String) throws {
    let allowed = Set((0...1000).map { PluralRules.category(for: $0, language: language).rawValue } + ["other"])
    for (key, pattern) in try Self.messages(language) {
      let used = PatternFacts(pattern).pluralVariants
      #expect(used.isSubset(of: allowed), "\(language).ftl \(key): \(used.subtracting(allowed).sorted())")
    }
  }

  /// Every message with every plural count and every string variant of ru.ftl renders with no
  /// argument left over, to HTML that Telegram parses.
  @Test(arguments: ["ru", "en", "kk"])
  func everyMessageRendersToValidHTML(_ language: String) throws {
    let bundle = try #require(localizer.bundle(language))
    let russian = try Self.messages(Self.reference)
    for (key, pattern) in try Self.messages(language) {
      let facts = PatternFacts(russian[key] ?? pattern)
      for arguments in facts.samples(counts: Self.counts) {
        let text = try #require(bundle.format(key, arguments))
        #expect(!text.contains("{$"), "\(language).ftl \(key) with \(arguments): \(text)")
        #expect(!text.isEmpty)
        #expect(throws: Never.self, "\(language).ftl \(key): \(text)") { try TelegramHTML.plainText(text) }
      }
    }
  }

  @Test func pluralsReadRight() throws {
    func render(_ language: String, _ key: L10n, _ count: Int) -> String {
      localizer.text(key.rawValue, language: language, ["count": .number(count), "phone": "+7 701 521 15 45"])
    }
    #expect(render("en", .boardDayCount, 1) == "1 order")
    #expect(render("en", .boardDayCount, 21) == "21 orders")
    #expect(render("kk", .boardDayCount, 5) == "5 тапсырыс")
    #expect(render("ru", .boardDayCount, 21) == "21 заказ")
    #expect(render("kk", .approvalChooseOrder, 2) == "Бұл фотолар қай тапсырысқа арналған?")
  }

  @Test func datesInEachLanguage() {
    let arguments: [String: LocaleArgument] = ["day": 28, "month": 11, "weekday": 6]
    #expect(localizer.text(L10n.dateLong.rawValue, language: "en", arguments) == "Sat 28 November")
    #expect(localizer.text(L10n.dateLong.rawValue, language: "kk", arguments) == "28 қараша, сб")
  }

  @Test func telegramLanguageCodesPickTheLocale() {
    #expect(localizer.language(forCode: "kk") == "kk")
    #expect(localizer.language(forCode: "en-GB") == "en")
    #expect(localizer.language(forCode: "uk") == "ru")
    #expect(localizer.language(forCode: nil) == "ru")
  }

  /// Where ru.ftl quotes a button («📱 Отправить мой номер»), the other locale quotes its own
  /// label for the same button, word for word, so a customer finds the button named.
  @Test(arguments: ["en", "kk"])
  func quotedButtonsExist(_ language: String) throws {
    let (russian, other) = (try #require(localizer.bundle("ru")), try #require(localizer.bundle(language)))
    func labels(_ bundle: LocaleBundle) -> Set<String> { Set(bundle.keys.compactMap { bundle.format($0) }) }
    let (russianLabels, otherLabels) = (labels(russian), labels(other))
    for key in russian.keys.sorted() {
      let quotesButton = Self.quotes(russian.format(key) ?? "").contains { russianLabels.contains($0) }
      guard quotesButton, let text = other.format(key) else { continue }
      let quoted = Self.quotes(text)
      #expect(!quoted.isEmpty, "\(language).ftl \(key) names no button")
      for quote in quoted where !quote.contains("{") {
        #expect(otherLabels.contains(quote), "\(language).ftl \(key): no label reads \(quote)")
      }
    }
  }

  static func quotes(_ text: String) -> [String] {
    var quotes: [String] = []
    var current: String?
    for character in text {
      switch character {
      case "«", "“": current = ""
      case "»", "”":
        if let quote = current { quotes.append(quote) }
        current = nil
      default: current?.append(character)
      }
    }
    return quotes
  }

  /// The checker itself sees what a careless translation would break.
  @Test func factsSeeVariablesVariantsAndTags() throws {
    var parser = FluentParser(
      source: "k = <b>{ $who }</b> { $n ->\n    [few] a\n   *[many] b\n} { $f ->\n    [pickup] c\n   *[delivery] d\n}\n"
    )
    let facts = PatternFacts(try #require(try parser.parseMessages()["k"]))
    #expect(facts.variables == ["who", "n", "f"])
    #expect(facts.countVariables == ["n"])
    #expect(facts.pluralVariants == ["few", "many"])
    #expect(facts.stringVariants == ["f": ["pickup", "delivery"]])
    #expect(facts.markup == ["<b>", "</b>"])
    #expect(facts.samples(counts: [1, 2]).count == 5)
  }

  static func messages(_ language: String) throws -> [String: FluentPattern] {
    let url = repositoryRoot.appendingPathComponent("locales/\(language).ftl")
    var parser = FluentParser(source: try String(contentsOf: url, encoding: .utf8))
    return try parser.parseMessages()
  }
}

/// What a message needs and offers: its variables, which of them select on strings (with the
/// variant names) and on plural categories, and its HTML tags.
struct PatternFacts {
  static let pluralCategories = Set(PluralCategory.allCases.map(\.rawValue))

  var variables: Set<String> = []
  /// Variable → the names of its non-plural variants, e.g. `fulfilment` → pickup, delivery.
  var stringVariants: [String: Set<String>] = [:]
  /// Variables some select treats as a count.
  var countVariables: Set<String> = []
  var pluralVariants: Set<String> = []
  var markup: [String] = []

  init(_ pattern: FluentPattern) { visit(pattern) }

  private mutating func visit(_ pattern: FluentPattern) {
    for element in pattern {
      switch element {
      case .text(let text): markup += Self.tags(text)
      case .placeable(let expression): visit(expression)
      }
    }
  }

  private mutating func visit(_ expression: FluentExpression) {
    switch expression {
    case .variable(let name): variables.insert(name)
    case .literal: break
    case .select(let select):
      visit(select.selector)
      guard case .variable(let name) = select.selector else { break }
      for variant in select.variants {
        switch variant.key {
        case .number:
          countVariables.insert(name)
        case .identifier(let id) where Self.pluralCategories.contains(id):
          countVariables.insert(name)
          pluralVariants.insert(id)
        case .identifier(let id):
          stringVariants[name, default: []].insert(id)
        }
        visit(variant.value)
      }
    }
  }

  /// Argument sets: each count for every count variable, each string variant for every string
  /// selector; every other variable a plain word.
  func samples(counts: [Int]) -> [[String: LocaleArgument]] {
    var base: [String: LocaleArgument] = [:]
    for name in variables { base[name] = countVariables.contains(name) ? .number(1) : .string("Sample") }
    var sets = [base]
    for name in countVariables.sorted() {
      sets += counts.map { count in base.merging([name: .number(count)]) { $1 } }
    }
    for (name, ids) in stringVariants.sorted(by: { $0.key < $1.key }) {
      sets += ids.sorted().map { id in base.merging([name: .string(id)]) { $1 } }
    }
    return sets
  }

  static func tags(_ text: String) -> [String] {
    var tags: [String] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
      tags.append(String(rest[open...close]))
      rest = rest[rest.index(after: close)...]
    }
    return tags
  }
}
