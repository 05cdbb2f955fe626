import Dialog
import FlowerShop
import Foundation
import GRDB

extension ShopLogic {
  /// Runs an admin event from the chat's state; a transition that opens no dialog leaves a
  /// chat that was not in an admin dialog where it was.
  func admin(_ event: AdminEvent, _ state: ChatState, _ turn: inout Turn) throws -> ChatState {
    let current: AdminState? = if case .admin(let s) = state { s } else { nil }
    let who = actor(turn)
    let session = turn.event.updateID ?? Int64(turn.now.timeIntervalSince1970)
    if let next = try run(Admin.transition(current, event, actor: who, session: session), &turn, who, session) {
      return .admin(next)
    }
    return current == nil ? state : .idle
  }

  /// Performs admin effects inside the update's transaction, feeding results back.
  func run(_ transition: AdminTransition, _ turn: inout Turn, _ who: Author, _ session: Int64) throws -> AdminState? {
    let shopID = configuration.shop.shop.id
    return try FlowDriver.run(transition, &turn, next: { Admin.transition($0, $1, actor: who, session: session) }) {
      effect, turn -> AdminEvent? in
      switch effect {
      case .send(let reply):
        turn.send(reply)
        return nil
      case .toast(let text):
        turn.toast = text
        return nil
      case .setMenu(let user, let role):
        try CommandMenu.enqueue(for: user, role: role, &turn)
        return nil
      case .showProgress(let id, let reply):
        try showProgress(id, reply, &turn)
        return nil
      case .grantFlorist(let user):
        let configured = configuration.shop.staff.role(of: user) != .customer
        let isNew =
          try !configured && StaffStore.grantFlorist(turn.db, shopID: shopID, user: user, by: who.user, at: turn.now)
        return .floristGranted(try named(user, granted: true, turn.db), isNew: isNew)
      case .revokeFlorist(let user):
        let revoked = try StaffStore.revokeFlorist(turn.db, shopID: shopID, user: user)
        return .floristRevoked(try named(user, granted: false, turn.db), wasGranted: revoked)
      case .loadFlorists:
        return .floristsLoaded(try florists(turn.db))
      case .checkRunning:
        return .runningChecked(try BroadcastStore.running(turn.db))
      case .countRecipients(let content, let session):
        let count = try recipients(turn.db).count
        return .recipientsCounted(BroadcastDraft(content: content, recipients: count, session: session))
      case .startBroadcast(let draft):
        return try startBroadcast(draft, &turn, who)
      case .cancelBroadcast:
        return try cancelBroadcast(&turn)
      case .loadStats, .loadProducts, .addProduct, .changeProduct:
        return try runCatalog(effect, &turn)
      }
    }
  }

  func florists(_ db: Database) throws -> [FloristEntry] {
    let staff = configuration.shop.staff
    let configured = staff.florists.filter { !staff.admins.contains($0) }.map {
      FloristEntry(user: $0, name: nil, granted: false)
    }
    let granted = try StaffStore.grantedFlorists(db, shopID: configuration.shop.shop.id).map {
      FloristEntry(user: $0.user, name: nil, granted: true)
    }
    return try (configured + granted).map { try named($0.user, granted: $0.granted, db) }
  }

  /// The person with the first name the bot knows from their chat.
  func named(_ user: UserID, granted: Bool, _ db: Database) throws -> FloristEntry {
    let name = try ChatStore.record(db, chat: ChatID(user.rawValue))?.firstName
    return FloristEntry(user: user, name: name?.isEmpty == false ? name : nil, granted: granted)
  }

  /// Customers' private chats that get notices: staff never do.
  func recipients(_ db: Database) throws -> [ChatID] {
    let staff = configuration.shop.staff
    var excluded = Set((staff.admins + staff.florists).map { ChatID($0.rawValue) })
    for grant in try StaffStore.grantedFlorists(db, shopID: configuration.shop.shop.id) {
      excluded.insert(ChatID(grant.user.rawValue))
    }
    return try BroadcastStore.recipients(db, excluding: excluded)
  }
}
