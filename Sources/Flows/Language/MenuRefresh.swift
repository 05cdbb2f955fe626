import Dialog
import FlowerShop
import Foundation
import GRDB
import TelegramBotAPI

/// What a start's refresh of the per-chat commands menus did.
public struct MenuRefreshReport: Sendable, Equatable {
  /// Chats with a menu of their own.
  public var checked = 0
  /// Menus queued again because the one the chat would get now differs from the one it got.
  public var queued = 0
  /// Chats whose menu changed but that blocked the bot: left as they were.
  public var blocked = 0

  public init(checked: Int = 0, queued: Int = 0, blocked: Int = 0) {
    self.checked = checked
    self.queued = queued
    self.blocked = blocked
  }
}

/// Brings the menus set for one chat (after `/language` or a role change) up to date after a
/// release changed the commands or their texts: only the changed ones, through the outbox.
public enum MenuRefresh {
  /// Compares every chat's recorded menu with the one its role and language give now, and queues
  /// the differing ones (bulk priority, so they never hold up a reply) with their new record, in
  /// the caller's transaction. Chats in `skipping` (their menu was just set otherwise) and chats
  /// that blocked the bot are left alone.
  public static func queueChanged(
    _ db: Database, shop: ShopConfiguration, localizer: Localizer, skipping: Set<ChatID> = [], at now: Date
  ) throws -> MenuRefreshReport {
    let granted = Set(try StaffStore.grantedFlorists(db, shopID: shop.shop.id).map(\.user))
    var menus: [String: (call: SetMyCommands, fingerprint: String)] = [:]
    var report = MenuRefreshReport()
    for record in try MenuStore.records(db) where !skipping.contains(record.chat) {
      report.checked += 1
      let user = UserID(record.chat.rawValue)
      let role = shop.staff.role(of: user, granted: granted.contains(user))
      let language = record.language.flatMap { localizer.bundle($0)?.language } ?? localizer.defaultLanguage
      let key = "\(role.rawValue)|\(language)"
      let menu =
        menus[key]
        ?? {
          let call = CommandMenu.call(for: user, role: role, localizer: localizer, language: language)
          return (call, MenuStore.fingerprint(call))
        }()
      menus[key] = menu
      guard menu.fingerprint != record.fingerprint else { continue }
      guard !record.blocked else {
        report.blocked += 1
        continue
      }
      var call = menu.call
      call.scope = .chat(chatID: record.chat.rawValue)
      try OutboxStore.append(db, chat: record.chat, message: .commands(call), priority: .bulk, at: now)
      try MenuStore.record(db, chat: record.chat, fingerprint: menu.fingerprint, at: now)
      report.queued += 1
    }
    return report
  }
}
