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
