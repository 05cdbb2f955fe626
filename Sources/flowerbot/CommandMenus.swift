import Dialog
import FlowerShop
import Flows
import Foundation
import GRDB
import Logging
import TelegramBotAPI

/// The commands menu per role (`Flows.CommandMenu`): customers get the default scope; florists
/// and admins listed in the shop configuration get their own list in their private chats.
/// Florists granted in chat got theirs when granted (Telegram keeps a chat's menu).
enum CommandMenus {
  static let customer = CommandMenu.customer

  /// The `setMyCommands` calls for a shop: the default scope in every language (the default
  /// language for clients in any other), then one call per staff member's chat, in the language
  /// that chat chose (`languages`, e.g. read from `ChatStore`; else the default language).
  static func calls(
    staff configuration: StaffConfiguration, localizer: Localizer, languages: [UserID: String] = [:]
  ) -> [SetMyCommands] {
    func commands(_ menu: [(command: String, key: L10n)], _ language: String) -> [BotCommand] {
      menu.map { BotCommand(command: $0.command, description: localizer.text($0.key.rawValue, language: language)) }
    }
    var calls = localizer.languages.map { language in
      SetMyCommands(
        commands: commands(customer, language), scope: .default,
        languageCode: language == localizer.defaultLanguage ? nil : language)
    }
    var staffIDs: [UserID] = []
    for id in configuration.admins + configuration.florists where !staffIDs.contains(id) { staffIDs.append(id) }
    calls += staffIDs.map { id in
      CommandMenu.call(
        for: id, role: configuration.role(of: id), localizer: localizer,
        language: languages[id].flatMap { localizer.bundle($0)?.language } ?? localizer.defaultLanguage)
    }
    return calls
  }

  /// Sets every menu; a failure is logged and the bot runs on (a menu is a convenience).
  /// Returns the calls Telegram accepted.
  @discardableResult
  static func install(_ calls: [SetMyCommands], client: TelegramClient, logger: Logger) async -> [SetMyCommands] {
    var accepted: [SetMyCommands] = []
    for call in calls {
      do {
        _ = try await client.call(call)
        accepted.append(call)
      } catch {
        logger.warning("setMyCommands failed", metadata: ["scope": "\(call.scope ?? .default)", "error": "\(error)"])
      }
    }
    return accepted
  }

  /// Records the per-chat menus just set (`installed`), then queues in the outbox the menu of
  /// every other chat with one of its own whose menu changed since it was sent (`MenuRefresh`):
  /// a restart with nothing changed costs no call.
  static func refresh(
    installed: [SetMyCommands], shop: ShopConfiguration, localizer: Localizer, database: any DatabaseWriter,
    now: Date, logger: Logger
  ) async throws {
    let report = try await database.write { db in
      var set: Set<ChatID> = []
      for call in installed {
        guard case .chat(let id)? = call.scope else { continue }
        set.insert(ChatID(id))
        try MenuStore.record(db, chat: ChatID(id), fingerprint: MenuStore.fingerprint(call), at: now)
      }
      return try MenuRefresh.queueChanged(db, shop: shop, localizer: localizer, skipping: set, at: now)
    }
    logger.info(
      "per-chat menus checked",
      metadata: ["chats": "\(report.checked)", "queued": "\(report.queued)", "blocked": "\(report.blocked)"])
  }
}
