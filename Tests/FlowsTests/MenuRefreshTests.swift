import Dialog
import FlowerShop
import Foundation
import GRDB
import TelegramBotAPI
import Testing

@testable import Flows

/// A start re-sends a chat's own commands menu only when the menu it would get now differs from
/// the one recorded as sent: nothing when nothing changed, once when a text or the commands
/// changed, never to a chat that blocked the bot.
@Suite struct MenuRefreshTests {
  let bot: Bot
  let chat: Int64 = 1001
  let now = almaty(2026, 11, 28, 9)

  init() throws {
    bot = try demoBot()
  }

  /// The person switches their chat to `language` with `/language`.
  func choose(_ language: ChatLanguage) async throws {
    let events: [Input] = [
      .command(name: "language", arguments: ""), .button(data: LanguageButton.choose(language).data),
    ]
    for (offset, input) in events.enumerated() {
      let event = IncomingEvent(
        updateID: Int64(offset + 1), chat: ChatID(chat),
        sender: Sender(user: UserID(chat), firstName: "Aigerim", languageCode: "ru"), input: input,
        callbackQueryID: offset == 1 ? "q\(offset)" : nil)
      #expect(try await bot.engine.process(event) == .processed)
    }
  }

  func refresh(_ localizer: Localizer = localizer, shop: ShopConfiguration = demoShop) throws -> MenuRefreshReport {
    try bot.database.write { db in try MenuRefresh.queueChanged(db, shop: shop, localizer: localizer, at: now) }
  }

  /// The `setMyCommands` payloads queued for the chat, oldest first.
  func menus() throws -> [String] {
    try bot.database.read { db in
      try String.fetchAll(
        db, sql: "SELECT payload FROM outbox WHERE chat_id = ? AND method = 'setMyCommands' ORDER BY id",
        arguments: [chat])
    }
  }

  @Test func anUnchangedMenuIsNotSentAgain() async throws {
    try await choose(.kk)
    #expect(try menus().count == 1)
    #expect(try refresh() == MenuRefreshReport(checked: 1, queued: 0, blocked: 0))
    #expect(try menus().count == 1)
  }

  @Test func aChangedTextIsSentOnceAndARestartAfterwardsSendsNothing() async throws {
    try await choose(.kk)
    let changed = try localizer(replacing: "bot-command-help = Көмек", with: "bot-command-help = Анықтама")
    #expect(try refresh(changed) == MenuRefreshReport(checked: 1, queued: 1, blocked: 0))
    let menu = try #require(try menus().last)
    #expect(menu.contains("Анықтама") && menu.contains("\"chat_id\":\(chat)"))
    #expect(try refresh(changed) == MenuRefreshReport(checked: 1, queued: 0, blocked: 0))
    #expect(try menus().count == 2)
  }

  @Test func changedCommandsAreSentOnce() async throws {
    try await choose(.en)
    // The menu of an older release, without `/language`, was the last one sent.
    let old = CommandMenu.customer.filter { $0.command != "language" }.map {
      BotCommand(command: $0.command, description: localizer.text($0.key.rawValue, language: "en"))
    }
    try await bot.database.write { db in
      try MenuStore.record(
        db, chat: ChatID(chat), fingerprint: MenuStore.fingerprint(SetMyCommands(commands: old)), at: now)
    }
    #expect(try refresh() == MenuRefreshReport(checked: 1, queued: 1, blocked: 0))
    #expect(try menus().last?.contains("\"language\"") == true)
    #expect(try refresh().queued == 0)
  }

  @Test func aChatThatBlockedTheBotIsSkippedUntilItComesBack() async throws {
    try await choose(.kk)
    try await bot.database.write { db in try ChatStore.markBlocked(db, chat: ChatID(chat), true) }
    let changed = try localizer(replacing: "bot-command-help = Көмек", with: "bot-command-help = Анықтама")
    #expect(try refresh(changed) == MenuRefreshReport(checked: 1, queued: 0, blocked: 1))
    #expect(try menus().count == 1)
    try await bot.database.write { db in try ChatStore.markBlocked(db, chat: ChatID(chat), false) }
    #expect(try refresh(changed) == MenuRefreshReport(checked: 1, queued: 1, blocked: 0))
  }

  @Test func aRoleGainedSinceTheMenuWasSentGetsItsMenu() async throws {
    try await choose(.ru)
    try await bot.database.write { db in
      try StaffStore.grantFlorist(db, shopID: demoShop.shop.id, user: UserID(chat), by: UserID(1000), at: now)
    }
    #expect(try refresh().queued == 1)
    #expect(try menus().last?.contains("\"orders\"") == true)
  }

  @Test func chatsWhoseMenuWasJustSetOtherwiseAreSkipped() async throws {
    try await choose(.kk)
    let changed = try localizer(replacing: "bot-command-help = Көмек", with: "bot-command-help = Анықтама")
    let report = try await bot.database.write { db in
      try MenuRefresh.queueChanged(db, shop: demoShop, localizer: changed, skipping: [ChatID(chat)], at: now)
    }
    #expect(report == MenuRefreshReport())
  }

  @Test func tenThousandUnchangedMenusCostNoCallAndOneChangedCostsOne() async throws {
    let menu = CommandMenu.call(for: UserID(1), role: .customer, localizer: localizer, language: "ru")
    try await bot.database.write { db in
      for id in Int64(500_000)..<510_000 {
        let sender = Sender(user: UserID(id), firstName: "C", languageCode: "ru")
        try ChatStore.touch(db, chat: ChatID(id), sender: sender, isPrivate: true, language: "ru", at: now)
        try MenuStore.record(db, chat: ChatID(id), fingerprint: MenuStore.fingerprint(menu), at: now)
      }
    }
    #expect(try refresh() == MenuRefreshReport(checked: 10_000, queued: 0, blocked: 0))
    try await bot.database.write { db in try ChatStore.setLanguage(db, chat: ChatID(504_321), language: "en") }
    #expect(try refresh() == MenuRefreshReport(checked: 10_000, queued: 1, blocked: 0))
    let queued = try await bot.database.read { db in
      try Int64.fetchAll(db, sql: "SELECT chat_id FROM outbox WHERE method = 'setMyCommands'")
    }
    #expect(queued == [504_321])
  }

  @Test func aDatabaseFromBeforeRefreshesTheMenusItHadQueuedOnce() throws {
    let database = try DatabaseQueue()
    try BotDatabase.migrator().migrate(database, upTo: "dialog-v2-broadcasts")
    try database.write { db in
      try OutboxStore.append(
        db, chat: ChatID(chat), message: .commands(SetMyCommands(commands: [], scope: .chat(chatID: chat))),
        priority: .interactive, at: now)
    }
    try BotDatabase.migrator().migrate(database)
    let records = try database.read { db in try MenuStore.records(db) }
    #expect(records == [ChatMenuRecord(chat: ChatID(chat), fingerprint: "", language: nil, blocked: false)])
  }

  @Test func theFingerprintIsStableAndSeesEveryChange() {
    let menu = SetMyCommands(commands: [BotCommand(command: "help", description: "Help")], scope: .chat(chatID: 1))
    #expect(MenuStore.fingerprint(menu) == MenuStore.fingerprint(SetMyCommands(commands: menu.commands)))
    #expect(MenuStore.fingerprint(menu).count == 16)
    let texts = SetMyCommands(commands: [BotCommand(command: "help", description: "Help!")])
    let commands = SetMyCommands(commands: [BotCommand(command: "helps", description: "Help")])
    #expect(Set([menu, texts, commands].map(MenuStore.fingerprint)).count == 3)
  }
}

/// The repository's locales with one line of a locale file replaced, as a release changing a
/// text would ship them.
func localizer(replacing line: String, with replacement: String, in language: String = "kk") throws -> Localizer {
  let bundles = try localizer.languages.map { code in
    let url = repositoryRoot.appendingPathComponent("locales/\(code).ftl")
    let source = try String(contentsOf: url, encoding: .utf8)
    #expect(code != language || source.contains(line), "\(code).ftl has no line «\(line)»")
    return try LocaleBundle(
      language: code, source: code == language ? source.replacingOccurrences(of: line, with: replacement) : source)
  }
  return Localizer(bundles: bundles, defaultLanguage: localizer.defaultLanguage)
}
