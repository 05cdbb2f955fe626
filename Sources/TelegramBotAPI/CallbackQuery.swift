/// A press on an inline keyboard button.
public struct CallbackQuery: Codable, Sendable, Equatable {
  /// Identifier to pass to `answerCallbackQuery`.
  public var id: String
  /// The user who pressed the button.
  public var from: User
  /// The message carrying the button; for messages too old to access, only its chat,
  /// id and a zero `date` are set.
  public var message: Message?
  /// Identifier of the inline-mode message carrying the button.
  public var inlineMessageID: String?
  /// Identifier of the chat the message was sent to, unique per chat and bot.
  public var chatInstance: String
  /// The button's callback data (1–64 bytes).
  public var data: String?

  enum CodingKeys: String, CodingKey {
    case id, from, message, data
    case inlineMessageID = "inline_message_id"
    case chatInstance = "chat_instance"
  }

  /// Creates a callback query value.
  public init(
    id: String, from: User, message: Message? = nil, inlineMessageID: String? = nil,
    chatInstance: String, data: String? = nil
  ) {
    self.id = id
    self.from = from
    self.message = message
    self.inlineMessageID = inlineMessageID
    self.chatInstance = chatInstance
    self.data = data
  }
}

/// A member of a chat, reduced to what the bot needs.
public struct ChatMember: Codable, Sendable, Equatable {
  /// `"creator"`, `"administrator"`, `"member"`, `"restricted"`, `"left"` or `"kicked"`.
  public var status: String
  /// The member.
  public var user: User

  /// Creates a chat member value.
  public init(status: String, user: User) {
    self.status = status
    self.user = user
  }
}

/// A change of a chat member's status, e.g. a user blocking the bot.
public struct ChatMemberUpdated: Codable, Sendable, Equatable {
  /// The chat where the change happened.
  public var chat: Chat
  /// Who made the change.
  public var from: User
  /// When the change happened, as a Unix time in seconds.
  public var date: Int
  /// The member before the change.
  public var oldChatMember: ChatMember
  /// The member after the change.
  public var newChatMember: ChatMember

  enum CodingKeys: String, CodingKey {
    case chat, from, date
    case oldChatMember = "old_chat_member"
    case newChatMember = "new_chat_member"
  }

  /// Creates a chat member change value.
  public init(
    chat: Chat, from: User, date: Int, oldChatMember: ChatMember, newChatMember: ChatMember
  ) {
    self.chat = chat
    self.from = from
    self.date = date
    self.oldChatMember = oldChatMember
    self.newChatMember = newChatMember
  }
}
