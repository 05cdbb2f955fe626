import BotTesting
import Dialog
import FlowerShop
import Flows
import Foundation
import GRDB
import Logging
import TelegramBotAPI
import Testing

/// A customer's own commands menu (set by `/language`) across restarts of the bot on one
/// database, delivered by the fake transport: a release that changes a menu text re-sends that
/// menu once; a restart with nothing changed sends no menu at all.
@Suite struct MenuRefreshRestartTests {
  let chat = LiveBot.customer
  let path: String

  init() throws {
    path = try LiveBot.temporaryDatabase()
  }

  /// The bot as `run` builds it, on the test's database file, with `localizer`.
  func start(_ localizer: Localizer, transport: FakeTelegramTransport) throws -> Bot {
    let configuration = BotConfiguration(
      shop: try DemoShop.configuration(), imageDirectory: try DemoShop.directory, localizer: localizer)
    let dependencies = BotDependencies(
      database: try BotDatabase.openPool(path: path), clock: ManualClock(TranscriptRunner.defaultStart),
      random: SeededRandom(seed: 42), delivery: transport,
      logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
    return try buildBot(configuration: configuration, dependencies: dependencies)
  }

  /// What `run` does at start: queues the changed per-chat menus, then the outbox sends them.
  func restart(_ bot: Bot) async throws -> MenuRefreshReport {
    let now = TranscriptRunner.defaultStart
    let report = try await bot.database.write { db in
      try MenuRefresh.queueChanged(db, shop: bot.configuration.shop, localizer: bot.configuration.localizer, at: now)
    }
    try await bot.deliverPending()
    return report
  }

  func menus(_ transport: FakeTelegramTransport) -> [SetMyCommands] {
    transport.take().compactMap { if case .commands(let call) = $0 { call } else { nil } }
  }

  @Test func aChangedMenuTextReachesTheChatOnceAfterARestart() async throws {
    let original = try Localizer(directory: repositoryRoot.appendingPathComponent("locales"))
    let transport = FakeTelegramTransport()
    let first = try start(original, transport: transport)
    for (update, input) in [
      Input.command(name: "language", arguments: ""), .button(data: LanguageButton.choose(.kk).data),
    ].enumerated() {
      let event = IncomingEvent(
        updateID: Int64(update + 1), chat: ChatID(chat),
        sender: Sender(user: UserID(chat), firstName: "Aigerim", languageCode: "ru"), input: input,
        callbackQueryID: update == 1 ? "q1" : nil)
      #expect(try await first.engine.process(event) == .processed)
    }
    try await first.deliverPending()
    #expect(menus(transport).map(\.scope) == [.chat(chatID: chat)])

    // The same release starts again: no menu is sent.
    #expect(try await restart(try start(original, transport: transport)).queued == 0)
    #expect(menus(transport) == [])

    // A release that renames «Көмек»: the chat's menu is sent again, once.
    let renamed = try Self.renaming(original, "bot-command-help = Көмек", to: "bot-command-help = Анықтама")
    #expect(try await restart(try start(renamed, transport: transport)).queued == 1)
    let sent = menus(transport)
    #expect(sent.map(\.scope) == [.chat(chatID: chat)])
    #expect(sent.first?.commands.contains(BotCommand(command: "help", description: "Анықтама")) == true)
    #expect(try await restart(try start(renamed, transport: transport)).queued == 0)
    #expect(menus(transport) == [])
  }

  /// `localizer`'s Kazakh locale with one line replaced.
  static func renaming(_ localizer: Localizer, _ line: String, to replacement: String) throws -> Localizer {
    let bundles = try localizer.languages.map { code in
      let source = try String(
        contentsOf: repositoryRoot.appendingPathComponent("locales/\(code).ftl"), encoding: .utf8)
      #expect(code != "kk" || source.contains(line))
      return try LocaleBundle(
        language: code, source: code == "kk" ? source.replacingOccurrences(of: line, with: replacement) : source)
    }
    return Localizer(bundles: bundles, defaultLanguage: localizer.defaultLanguage)
  }
}
