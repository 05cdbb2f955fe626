import Testing

@testable import TelegramBotAPI

@Suite struct TelegramHTMLTests {
  @Test func escapesOnlyWhatHTMLParsing() {
    #expect(TelegramHTML.escape("Абая <10> & Co \"да\"") == "Абая &lt;10&gt; &amp; Co \"да\"")
    #expect(TelegramHTML.escape("обычный текст") == "обычный текст")
  }

  @Test func plainTextDropsTagsAndDecodesEntities() throws {
    #expect(
      try TelegramHTML.plainText("<b>Итого:</b> 5&nbsp;&lt;3 &amp; &#x1F339; &#127801;") == "Итого: 5&nbsp;<3 & 🌹 🌹")
    #expect(try TelegramHTML.plainText(#"<a href="https://x.kz/?a=1&amp;b=2">ссылка</a>"#) == "ссылка")
    #expect(
      try TelegramHTML.plainText(TelegramHTML.escape("<script>alert(1)</script> & <b>"))
        == "<script>alert(1)</script> & <b>")
  }

  @Test(arguments: [
    ("<script>x</script>", HTMLError.unsupportedTag("script")),
    ("a <br> b", .unsupportedTag("br")),
    ("<b>x</i>", .unexpectedClosingTag("i")),
    ("<b>x", .unclosedTag("b")),
    ("a < b", .malformedTag(at: 2)),
  ])
  func refusesWhatTelegramRefuses(html: String, error: HTMLError) {
    #expect(throws: error) { try TelegramHTML.plainText(html) }
  }

  @Test func shortTextIsOnePart() {
    #expect(TelegramHTML.split("<b>a</b>\nb", limit: 10) == ["<b>a</b>\nb"])
    #expect(TelegramHTML.split("", limit: 10) == [""])
  }

  @Test func splitsAtLineBreaksDroppingTheBreak() {
    let parts = TelegramHTML.split("aaaa\nbbbb\ncccc", limit: 10)
    #expect(parts == ["aaaa\nbbbb", "cccc"])
  }

  @Test func splitsAtSpacesThenAnywhereButNeverInsideACharacterOrEntity() {
    #expect(TelegramHTML.split("aaa bbb ccc", limit: 8) == ["aaa bbb", "ccc"])
    #expect(TelegramHTML.split("abcdefghij", limit: 4) == ["abcd", "efgh", "ij"])
    // A family emoji is one character of 11 UTF-16 units: it moves whole to the next part.
    let family = "👨‍👩‍👧‍👦"
    #expect(TelegramHTML.split("ab" + family, limit: 12) == ["ab", family])
    #expect(TelegramHTML.split("ab&amp;cd", limit: 3) == ["ab&amp;", "cd"])
  }

  @Test func tagsOpenAtACutAreClosedAndReopened() throws {
    #expect(
      TelegramHTML.split(#"<b>жирный <a href="https://x.kz">длинный</a> текст</b>"#, limit: 12) == [
        "<b>жирный</b>", #"<b><a href="https://x.kz">длинный</a></b>"#, "<b>текст</b>",
      ])
    #expect(
      TelegramHTML.split(#"<b><a href="u">abcdefghij</a></b>"#, limit: 4) == [
        #"<b><a href="u">abcd</a></b>"#, #"<b><a href="u">efgh</a></b>"#, #"<b><a href="u">ij</a></b>"#,
      ])
  }

  @Test func everyPartOfALongMessageFitsTelegramsLimit() throws {
    let line = "<i>" + TelegramHTML.escape(String(repeating: "Абая <10> & ", count: 40)) + "</i>"
    let text = Array(repeating: line, count: 20).joined(separator: "\n")
    let parts = TelegramHTML.split(text, limit: TelegramLimits.messageTextCharacters)
    #expect(parts.count > 1)
    for part in parts {
      #expect(try TelegramHTML.visibleLength(part) <= TelegramLimits.messageTextCharacters)
    }
    let rejoined = try parts.map { try TelegramHTML.plainText($0) }.joined(separator: "\n")
    #expect(rejoined == (try TelegramHTML.plainText(text)))
  }

  @Test func invalidHTMLIsSplitAsEscapedText() throws {
    let parts = TelegramHTML.split("a <br> b", limit: 100)
    #expect(try parts.map { try TelegramHTML.plainText($0) } == ["a <br> b"])
  }
}
