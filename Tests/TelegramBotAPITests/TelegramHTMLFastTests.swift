import Testing

@testable import TelegramBotAPI

/// The allocation-free scan must agree with the full parser whenever it answers.
@Suite struct TelegramHTMLFastTests {
  static let pieces = [
    "<b>", "</b>", "<i>", "</i>", "<code>", "</code>", "<a href=\"x\">", "</a>", "<B>", "<br>", "&lt;", "&amp;",
    "&quot;", "&#33;", "&", ">", "<", "a", " ", "\n", "Букет", "17 000 ₸", "🌹", "e\u{301}", "<\u{301}", ";", "\"",
    "<span class=\"tg-spoiler\">", "</span>",
  ]

  @Test func agreesWithTheFullParserOnRandomTexts() {
    var generator = SplitMix(seed: 7)
    var answered = 0
    for _ in 0..<20_000 {
      let count = Int(generator.next() % 12)
      let text = (0..<count).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
      guard let quick = TelegramHTML.quickVisibleLength(text) else { continue }
      answered += 1
      #expect((try? TelegramHTML.plainText(text).utf16.count) == quick, "\(text)")
    }
    #expect(answered > 2_000)
  }

  @Test func shortValidTextsAreNotSplitAndKeepTheirMarkup() {
    let text = "<b>Заказ №12</b>\n1 букет — 17 000 ₸ &lt;3 🌹"
    #expect(TelegramHTML.quickVisibleLength(text) == (try? TelegramHTML.plainText(text).utf16.count))
    #expect(TelegramHTML.split(text, limit: 4096) == [text])
    #expect(TelegramHTML.split(text, limit: 10).count > 1)
  }

  @Test func leavesUnusualMarkupToTheFullParser() {
    for text in ["<a href=\"https://x\">x</a>", "a & b", "a > b", "<b>open", "</b>", "&#33;", "<B>x</B>"] {
      #expect(TelegramHTML.quickVisibleLength(text) == nil, "\(text)")
    }
  }
}

/// A small seeded generator, so a failure can be replayed.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
