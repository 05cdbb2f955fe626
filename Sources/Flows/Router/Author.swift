import Dialog
import FlowerShop

/// Who sent the input and where: the person, their role at this moment (from the shop's
/// staff list, looked up for every input) and the chat.
public struct Author: Sendable, Equatable {
  public var user: UserID
  public var role: StaffRole
  public var chat: ChatID
  public var isPrivateChat: Bool

  public init(user: UserID, role: StaffRole, chat: ChatID, isPrivateChat: Bool = true) {
    self.user = user
    self.role = role
    self.chat = chat
    self.isPrivateChat = isPrivateChat
  }

  /// How status changes and payments record this person: "florist:2001".
  public var name: String { role.actor(user) }
}

extension Author {
  /// The one place roles are resolved: the shop file's admins and florists, then florists an
  /// admin granted in chat (SQLite). Looked up for every input; a failed read grants nothing.
  static func resolve(_ turn: Turn, staff: StaffConfiguration, shopID: String) -> Author {
    let user = turn.event.sender.user
    var role = staff.role(of: user)
    if role == .customer {
      let granted = (try? StaffStore.isGrantedFlorist(turn.db, shopID: shopID, user: user)) ?? false
      role = staff.role(of: user, granted: granted)
    }
    return Author(user: user, role: role, chat: turn.event.chat, isPrivateChat: turn.event.isPrivateChat)
  }
}
