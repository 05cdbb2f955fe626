import Dialog
import FlowerShop
import Foundation
import TelegramBotAPI

/// The commands menu per role: customers get the default scope; florists and admins get their
/// own list in their private chats, set at start and again whenever an admin changes a role.
public enum CommandMenu {
  public typealias Entry = (command: String, key: L10n)

  public static let customer: [Entry] = [
    ("catalog", .botCommandCatalog), ("my", .botCommandMy), ("help", .botCommandHelp), ("cancel", .botCommandCancel),
    ("start", .botCommandStart), ("language", .botCommandLanguage), ("stop", .botCommandStop),
  ]
  public static let florist: [Entry] =
    [("orders", .botCommandOrders), ("photo", .botCommandPhoto)] + customer.filter { $0.command != "stop" }
  public static let admin: [Entry] =
    [
      ("orders", .botCommandOrders), ("photo", .botCommandPhoto), ("broadcast", .botCommandBroadcast),
      ("stats", .botCommandStats),
      ("products", .botCommandProducts), ("florists", .botCommandFlorists),
    ]
    + customer.filter { $0.command != "stop" }

  public static func entries(_ role: StaffRole) -> [Entry] {
    switch role {
    case .admin: admin
    case .florist: florist
    case .customer: customer
    }
  }

  /// The menu of one person's private chat for their role.
  public static func call(for user: UserID, role: StaffRole, localizer: Localizer, language: String) -> SetMyCommands {
    SetMyCommands(
      commands: entries(role).map {
        BotCommand(command: $0.command, description: localizer.text($0.key.rawValue, language: language))
      }, scope: .chat(chatID: user.rawValue))
  }

  /// Queues the person's new menu in the outbox, in the update's transaction, and records it
  /// (`MenuStore`) so a later start re-sends it only when a release changed it.
  static func enqueue(for user: UserID, role: StaffRole, _ turn: inout Turn) throws {
    let chat = ChatID(user.rawValue)
    let language = try ChatStore.language(turn.db, chat: chat) ?? turn.localizer.defaultLanguage
    let call = call(for: user, role: role, localizer: turn.localizer, language: language)
    try OutboxStore.append(turn.db, chat: chat, message: .commands(call), priority: .interactive, at: turn.now)
    try MenuStore.record(turn.db, chat: chat, fingerprint: MenuStore.fingerprint(call), at: turn.now)
  }
}
