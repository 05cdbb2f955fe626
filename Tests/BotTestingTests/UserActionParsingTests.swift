import Testing

@testable import BotTesting

@Suite struct UserActionParsingTests {
  @Test func plainTextAndCommands() throws {
    #expect(try UserAction.parse("Хочу розы") == .text("Хочу розы"))
    #expect(try UserAction.parse("  привет  ") == .text("привет"))
    #expect(try UserAction.parse("/start") == .command("/start"))
    #expect(try UserAction.parse("/order 12") == .command("/order 12"))
    #expect(try UserAction.parse("/ hello") == .text("/ hello"))
  }

  @Test func buttons() throws {
    #expect(try UserAction.parse("[🌹 Розы]") == .press(label: "🌹 Розы"))
    #expect(try UserAction.parse("[A] [B]") == .press(label: "A] [B"))
    #expect(try UserAction.parse("[]") == .text("[]"))
    #expect(try UserAction.parse("#1") == .pressNumber(1))
    #expect(try UserAction.parse("#12") == .pressNumber(12))
  }

  @Test func contacts() throws {
    #expect(try UserAction.parse(":contact") == .contact(phone: nil, owner: .sender))
    #expect(try UserAction.parse(":contact +7 701 521 15 45") == .contact(phone: "+7 701 521 15 45", owner: .sender))
    #expect(
      try UserAction.parse(":contact +77015211545 from 1002") == .contact(phone: "+77015211545", owner: .user(1002)))
    #expect(try UserAction.parse(":contact 87015211545 nouser") == .contact(phone: "87015211545", owner: .nobody))
  }

  @Test func locationAndPhoto() throws {
    #expect(
      try UserAction.parse(":location 43.238949 76.889709") == .location(latitude: 43.238949, longitude: 76.889709))
    #expect(
      try UserAction.parse(":photo images/rose-red-15.jpg") == .photo(path: "images/rose-red-15.jpg", caption: nil))
    #expect(
      try UserAction.parse(":photo /tmp/b.jpg Вот такой букет")
        == .photo(path: "/tmp/b.jpg", caption: "Вот такой букет"))
  }

  @Test func escapes() throws {
    #expect(try UserAction.parse("\\#хэштег") == .text("#хэштег"))
    #expect(try UserAction.parse("\\[не кнопка]") == .text("[не кнопка]"))
    #expect(try UserAction.parse("\\:contact") == .text(":contact"))
  }

  @Test(arguments: ["", "   ", "\\"]) func emptyIsAnError(line: String) {
    #expect(throws: ConsoleError.empty) { try UserAction.parse(line) }
  }

  @Test(arguments: [
    "#0", "#x", "#", "#-2", ":location", ":location 1", ":location a b", ":location 91 10", ":photo", ":foo",
  ])
  func garbageIsASyntaxError(line: String) {
    #expect {
      try UserAction.parse(line)
    } throws: { error in
      guard case .badSyntax(let hint) = error as? ConsoleError else { return false }
      return !hint.isEmpty
    }
  }
}
