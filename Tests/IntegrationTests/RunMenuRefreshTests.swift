import Foundation
import TelegramBotAPI
import Testing

/// `flowerbot run` against the Bot API double, restarted with changed locale files: the menu a
/// customer got with `/language` is set again once when its text changed, and not at all when
/// nothing did.
@Suite(.serialized, .enabled(if: FlowerbotBinary.url != nil, "needs the flowerbot executable: run swift build first"))
struct RunMenuRefreshTests {
  /// A copy of the repository's locales the test may edit, as a new release would ship them.
  static func localesCopy() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flowerbot-locales-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("locales"), to: folder)
    return folder
  }

  @Test func aCustomersMenuIsSetAgainOnlyWhenAReleaseChangedIt() async throws {
    let tg = try LiveBot.double()
    defer { tg.stop() }
    let locales = try Self.localesCopy()
    let arguments = [
      "--api-url", tg.baseURL.absoluteString, "--db", try LiveBot.temporaryDatabase(), "--locales", locales.path,
    ]
    let me = LiveBot.customer
    let own: @Sendable (SetMyCommands) -> Bool = { $0.scope == .chat(chatID: LiveBot.customer) }

    let first = try FlowerbotProcess(arguments: arguments, token: LiveBot.token)
    try await tg.act({ try tg.send("/language", from: me) }, expect: "На каком языке")
    try await tg.act({ try tg.press("Қазақша", by: me) }, expect: "қазақша")
    try await tg.waitForAnswers()
    try await tg.waitUntil("the customer's menu") { $0.menus.contains(where: own) }
    first.process.terminate()
    #expect(await first.exit() == 0)

    // Nothing changed: a restart sets no menu in the customer's chat.
    let same = try FlowerbotProcess(arguments: arguments, token: LiveBot.token)
    try await tg.act({ try tg.send("/help", from: me) }, expect: "тілді ауыстыру")
    same.process.terminate()
    #expect(await same.exit() == 0)
    #expect(tg.read { $0.menus.filter(own).count } == 1)
    #expect(same.output.contains("queued=0"), "\(same.output)")

    // The release renames «Көмек»: the customer's menu follows at start, once.
    let kk = locales.appendingPathComponent("kk.ftl")
    let source = try String(contentsOf: kk, encoding: .utf8)
    try source.replacingOccurrences(of: "bot-command-help = Көмек", with: "bot-command-help = Анықтама")
      .write(to: kk, atomically: true, encoding: .utf8)
    let changed = try FlowerbotProcess(arguments: arguments, token: LiveBot.token)
    try await tg.waitUntil("the customer's new menu") { $0.menus.filter(own).count == 2 }
    let menu = try #require(tg.read { $0.menus.last(where: own) })
    #expect(menu.commands.contains(BotCommand(command: "help", description: "Анықтама")))
    try await tg.act({ try tg.send("/help", from: me) }, expect: "тілді ауыстыру")
    changed.process.terminate()
    #expect(await changed.exit() == 0)

    let again = try FlowerbotProcess(arguments: arguments, token: LiveBot.token)
    try await tg.act({ try tg.send("/help", from: me) }, expect: "тілді ауыстыру")
    again.process.terminate()
    #expect(await again.exit() == 0)
    #expect(tg.read { $0.menus.filter(own).count } == 2)
    #expect(again.output.contains("queued=0"), "\(again.output)")
    #expect(tg.read(\.violations) == [])
  }
}
