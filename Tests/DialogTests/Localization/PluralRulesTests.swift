import Testing

@testable import Dialog

@Suite struct PluralRulesTests {
  @Test(arguments: ["kk", "en", "en-US", "de", ""])
  func oneOrOther(language: String) {
    #expect(PluralRules.category(for: 1, language: language) == .one)
    for n in [0, 2, 3, 5, 11, 21, 22, 101, 1000] {
      #expect(PluralRules.category(for: n, language: language) == .other)
    }
  }

  @Test func kazakhMessage() throws {
    let bundle = try LocaleBundle(
      language: "kk",
      source: """
        bouquets = { $count ->
            [one] { $count } гүл шоғы
           *[other] { $count } гүл шоғы (көп)
        }
        """)
    #expect(bundle.format("bouquets", ["count": 1]) == "1 гүл шоғы")
    #expect(bundle.format("bouquets", ["count": 21]) == "21 гүл шоғы (көп)")
    #expect(bundle.format("bouquets", ["count": 0]) == "0 гүл шоғы (көп)")
  }

  @Test func englishMessage() throws {
    let bundle = try LocaleBundle(
      language: "en",
      source: "bouquets = { $count -> [one] one bouquet *[other] { $count } bouquets }")
    #expect(bundle.format("bouquets", ["count": 1]) == "one bouquet")
    #expect(bundle.format("bouquets", ["count": 2]) == "2 bouquets")
    #expect(bundle.format("bouquets", ["count": 21]) == "21 bouquets")
  }

  @Test func russianRuleUnderDefaultCategoryName() throws {
    // A ru bundle whose default is named [other]: "many" numbers fall through to it.
    let bundle = try LocaleBundle(
      language: "ru", source: "x = { $n -> [one] один [few] несколько *[other] много }")
    #expect(bundle.format("x", ["n": 1]) == "один")
    #expect(bundle.format("x", ["n": 3]) == "несколько")
    #expect(bundle.format("x", ["n": 5]) == "много")
  }
}
