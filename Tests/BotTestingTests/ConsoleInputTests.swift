import Foundation
import Testing

@testable import BotTesting

@Suite struct ConsoleInputTests {
  @Test func userPrefixSelectsTheUser() throws {
    #expect(try ConsoleInput.parse("florist> /orders") == .action(user: "florist", .command("/orders")))
    #expect(try ConsoleInput.parse("customer>[Розы]") == .action(user: "customer", .press(label: "Розы")))
    #expect(try ConsoleInput.parse("привет") == .action(user: nil, .text("привет")))
    #expect(UserLine.split("not a name> x") == nil)
  }

  @Test func consoleCommands() throws {
    #expect(try ConsoleInput.parse(":user florist") == .switchUser("florist"))
    #expect(try ConsoleInput.parse(":help") == .help)
    #expect(throws: ConsoleError.self) { try ConsoleInput.parse(":user") }
  }

  @Test func transcriptLinesCanBePipedIn() throws {
    #expect(try ConsoleInput.parse("") == .ignored)
    #expect(try ConsoleInput.parse("# a comment") == .ignored)
    #expect(try ConsoleInput.parse("bot → customer") == .ignored)
    #expect(try ConsoleInput.parse("  | Здравствуйте!") == .ignored)
    #expect(try ConsoleInput.parse("  [Каталог] [Мои заказы]") == .ignored)
    #expect(try ConsoleInput.parse("  ⌨ ✕") == .ignored)
    #expect(try ConsoleInput.parse("#2") == .action(user: nil, .pressNumber(2)))
  }

  @Test func directives() throws {
    #expect(try Directive.parse("@restart") == .restart)
    #expect(try Directive.parse("@advance 1h30m") == .advance(seconds: 5400))
    #expect(try Directive.parse("@advance 45m") == .advance(seconds: 2700))
    #expect(try Directive.parse("@advance 2d") == .advance(seconds: 172_800))
    #expect(try Directive.parse("@block customer") == .block(user: "customer"))
    #expect(try Directive.parse("@clock 2026-11-27 10:00") == .clock(TranscriptRunner.defaultStart))
    #expect(try Directive.parse("@clock 2026-11-27 23:30") == .clock(TranscriptRunner.defaultStart + 13.5 * 3600))
    #expect(
      try Directive.parse("@user buyer id=1005 first=Айгерим lang=kk phone=+77015211549")
        == .user(
          UserDeclaration(name: "buyer", userID: 1005, firstName: "Айгерим", languageCode: "kk", phone: "+77015211549"))
    )
  }

  @Test(arguments: [
    "@", "@dance", "@advance", "@advance 5", "@advance 1x", "@advance 0m", "@clock tomorrow", "@clock 2026-13-01 10:00",
    "@restart now", "@user", "@user x id=abc", "@user x color=red", "@block",
  ])
  func badDirectives(line: String) {
    #expect(throws: ConsoleError.self) { try Directive.parse(line) }
  }

  @Test func rosterDefaults() {
    var roster = UserRoster()
    let buyer = roster.declare(UserDeclaration(name: "buyer"))
    #expect(buyer == TestUser(name: "buyer", userID: 1002, firstName: "buyer", phone: "+77015211542"))
    let customer = roster.declare(UserDeclaration(name: "customer", firstName: "Аружан"))
    #expect(customer.userID == 1001)
    #expect(roster.names == ["customer", "florist", "admin", "buyer"])
  }
}
