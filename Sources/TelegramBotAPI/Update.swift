/// Which kind of event an `Update` carries.
public enum UpdateKind: Sendable, Equatable, Hashable {
  /// A new message.
  case message
  /// A new version of a message the bot already saw.
  case editedMessage
  /// A press on an inline keyboard button.
  case callbackQuery
  /// A change of the bot's own status in a chat (blocked, unblocked, added, removed).
  case myChatMember
  /// An event this library does not model (poll, reaction…); safe to skip.
  case unknown
}

/// An incoming event from Telegram.
public struct Update: Codable, Sendable, Equatable {
  /// Monotonically increasing identifier; confirm updates by polling with a higher offset.
  public var updateID: Int64
  /// A new message.
  public var message: Message?
  /// A new version of a message the bot already saw.
  public var editedMessage: Message?
  /// A press on an inline keyboard button.
  public var callbackQuery: CallbackQuery?
  /// A change of the bot's own status in a chat.
  public var myChatMember: ChatMemberUpdated?

  enum CodingKeys: String, CodingKey {
    case updateID = "update_id"
    case message
    case editedMessage = "edited_message"
    case callbackQuery = "callback_query"
    case myChatMember = "my_chat_member"
  }

  /// Creates an update value.
  public init(
    updateID: Int64, message: Message? = nil, editedMessage: Message? = nil,
    callbackQuery: CallbackQuery? = nil, myChatMember: ChatMemberUpdated? = nil
  ) {
    self.updateID = updateID
    self.message = message
    self.editedMessage = editedMessage
    self.callbackQuery = callbackQuery
    self.myChatMember = myChatMember
  }

  /// The kind of event this update carries.
  public var kind: UpdateKind {
    if message != nil { return .message }
    if editedMessage != nil { return .editedMessage }
    if callbackQuery != nil { return .callbackQuery }
    if myChatMember != nil { return .myChatMember }
    return .unknown
  }
}

extension Update {
  /// The chat the event happened in, if known. (In the order of `kind`, read in place: this
  /// runs several times for every update, and `kind` copies the message to test it.)
  public var chatID: Int64? {
    if let id = message?.chat.id { return id }
    if let id = editedMessage?.chat.id { return id }
    // A query's chat is its message's, if any: never another field's.
    if callbackQuery?.from.id != nil { return callbackQuery?.message?.chat.id }
    return myChatMember?.chat.id
  }

  /// The user who caused the event, if known.
  public var sender: User? {
    switch kind {
    case .message: message?.from
    case .editedMessage: editedMessage?.from
    case .callbackQuery: callbackQuery?.from
    case .myChatMember: myChatMember?.from
    case .unknown: nil
    }
  }
}
