import Testing

@testable import Dialog

/// Every n in 0...200 through a real message, against a table written out by hand rather
/// than derived from the rule under test.
@Suite struct RussianPluralTests {
  static let source = """
    order-items = { $count ->
        [one] { $count } букет
        [few] { $count } букета
       *[many] { $count } букетов
    }
    """

  /// Numbers taking «букет»: ending in 1, except 11 and 111.
  static let oneForms: Set<Int> = [
    1, 21, 31, 41, 51, 61, 71, 81, 91, 101, 121, 131, 141, 151, 161, 171, 181, 191,
  ]
  /// Numbers taking «букета»: ending in 2, 3, 4, except 12–14 and 112–114.
  static let fewForms: Set<Int> = [
    2, 3, 4, 22, 23, 24, 32, 33, 34, 42, 43, 44, 52, 53, 54, 62, 63, 64, 72, 73, 74,
    82, 83, 84, 92, 93, 94, 102, 103, 104, 122, 123, 124, 132, 133, 134, 142, 143, 144,
    152, 153, 154, 162, 163, 164, 172, 173, 174, 182, 183, 184, 192, 193, 194,
  ]

  @Test func everyNumberUpTo200() throws {
    let bundle = try LocaleBundle(language: "ru", source: Self.source)
    for n in 0...200 {
      let word =
        Self.oneForms.contains(n) ? "букет" : Self.fewForms.contains(n) ? "букета" : "букетов"
      #expect(bundle.format("order-items", ["count": .number(n)]) == "\(n) \(word)")
    }
  }

  @Test(arguments: [
    (0, "0 букетов"), (1, "1 букет"), (2, "2 букета"), (5, "5 букетов"), (11, "11 букетов"),
    (12, "12 букетов"), (14, "14 букетов"), (21, "21 букет"), (22, "22 букета"),
    (25, "25 букетов"), (101, "101 букет"), (111, "111 букетов"), (112, "112 букетов"),
    (122, "122 букета"), (200, "200 букетов"), (1001, "1001 букет"), (10000, "10000 букетов"),
  ])
  func spotChecks(n: Int, expected: String) throws {
    let bundle = try LocaleBundle(language: "ru", source: Self.source)
    #expect(bundle.format("order-items", ["count": .number(n)]) == expected)
  }

  @Test func categoriesDirectly() {
    #expect(PluralRules.category(for: 1, language: "ru") == .one)
    #expect(PluralRules.category(for: 3, language: "ru") == .few)
    #expect(PluralRules.category(for: 11, language: "ru") == .many)
    #expect(PluralRules.category(for: -21, language: "ru") == .one)
    #expect(PluralRules.category(for: Int.min, language: "ru") == .many)
    #expect(PluralRules.category(for: 2, language: "ru-RU") == .few)
  }
}
