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
    var state = transition.state
    let shopID = configuration.shop.shop.id
    for effect in transition.effects {
      let result: AdminEvent
      switch effect {
      case .send(let reply):
        turn.send(reply)
        continue
      case .toast(let text):
        turn.toast = text
        continue
      case .setMenu(let user, let role):
        try CommandMenu.enqueue(for: user, role: role, &turn)
        continue
      case .showProgress(let id, let reply):
        try showProgress(id, reply, &turn)
        continue
      case .grantFlorist(let user):
        let configured = configuration.shop.staff.role(of: user) != .customer
        let isNew =
          try !configured && StaffStore.grantFlorist(turn.db, shopID: shopID, user: user, by: who.user, at: turn.now)
        result = .floristGranted(try named(user, granted: true, turn.db), isNew: isNew)
      case .revokeFlorist(let user):
        let revoked = try StaffStore.revokeFlorist(turn.db, shopID: shopID, user: user)
        result = .floristRevoked(try named(user, granted: false, turn.db), wasGranted: revoked)
      case .loadFlorists:
        result = .floristsLoaded(try florists(turn.db))
      case .checkRunning:
        result = .runningChecked(try BroadcastStore.running(turn.db))
      case .countRecipients(let content, let session):
        let count = try recipients(turn.db).count
        result = .recipientsCounted(BroadcastDraft(content: content, recipients: count, session: session))
      case .startBroadcast(let draft):
        result = try startBroadcast(draft, &turn, who)
      case .cancelBroadcast:
        result = try cancelBroadcast(&turn)
      case .loadStats, .loadProducts, .addProduct, .changeProduct:
        guard let event = try runCatalog(effect, &turn) else { continue }
        result = event
      }
      state = try run(Admin.transition(state, result, actor: who, session: session), &turn, who, session)
    }
    return state
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
