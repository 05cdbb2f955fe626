import Dialog
import FlowerShop
import Foundation

extension ShopLogic {
  /// Admin and notice commands; nil for a command that is none of them.
  func adminCommand(_ name: String, _ arguments: String, _ state: ChatState, _ turn: inout Turn) throws -> ChatState? {
    switch name {
    case "florist": return try admin(.floristCommand(arguments: arguments), state, &turn)
    case "florists": return try admin(.floristsCommand, state, &turn)
    case "broadcast": return try admin(.broadcastCommand(arguments: arguments), state, &turn)
    case "stats": return try admin(.statsCommand, state, &turn)
    case "products": return try admin(.productsCommand, state, &turn)
    case "product": return try admin(.productCommand(arguments: arguments), state, &turn)
    case "stop": return try subscription(optOut: true, state, &turn)
    case "subscribe": return try subscription(optOut: false, state, &turn)
    default: return nil
    }
  }

  /// Inputs other than commands and buttons while an admin dialog waits.
  func adminInput(_ s: AdminState, _ state: ChatState, _ turn: inout Turn) throws -> ChatState? {
    switch turn.event.input {
    case .text(let text): return try admin(.textEntered(text), state, &turn)
    case .photo(let fileID, let caption): return try admin(.photoSent(fileID: fileID, caption: caption), state, &turn)
    case .contact: return try admin(.contactShared(user: turn.event.contactUserID), state, &turn)
    case .location, .unsupported: return try admin(.otherInput, state, &turn)
    case .command, .button, .timer: return nil
    }
  }

  /// `/stop` and `/subscribe`: notices only; order notifications always reach the customer.
  func subscription(optOut: Bool, _ state: ChatState, _ turn: inout Turn) throws -> ChatState {
    let changed = try ChatStore.setOptedOut(turn.db, chat: turn.event.chat, optOut)
    turn.send(Reply(.key(Subscription.answer(optOut: optOut, changed: changed).rawValue, [:])))
    return state
  }

  /// `/start` opts a chat that had stopped notices back in, and says so.
  func resubscribeOnStart(_ turn: inout Turn) throws {
    guard turn.event.isPrivateChat, try ChatStore.setOptedOut(turn.db, chat: turn.event.chat, false) else { return }
    turn.send(Reply(.key(L10n.subscriptionResumedOnStart.rawValue, [:])))
  }

  /// Lines `/help` adds for the person's role.
  func helpExtras(_ role: StaffRole) -> [Text] {
    switch role {
    case .admin: [.verbatim(""), .key(L10n.helpAdmin.rawValue, [:])]
    case .florist: []
    case .customer: [.verbatim(""), .key(L10n.helpNotices.rawValue, [:])]
    }
  }
}

/// The answers to `/stop` and `/subscribe`.
public enum Subscription {
  static func answer(optOut: Bool, changed: Bool) -> L10n {
    switch (optOut, changed) {
    case (true, true): .subscriptionStopped
    case (true, false): .subscriptionAlreadyStopped
    case (false, true): .subscriptionStarted
    case (false, false): .subscriptionAlreadyOn
    }
  }
}
