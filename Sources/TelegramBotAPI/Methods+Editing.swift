/// `editMessageText`: replaces the text of a message the bot sent.
public struct EditMessageText: TelegramMethod {
  public typealias Response = Message
  public static let name = "editMessageText"
  /// The chat of the message.
  public var chatID: Int64
  /// The message to edit.
  public var messageID: Int64
  /// The new text.
  public var text: String
  /// How to parse entities in the text.
  public var parseMode: ParseMode?
  /// The new inline keyboard; nil removes it.
  public var replyMarkup: InlineKeyboardMarkup?

  enum CodingKeys: String, CodingKey {
    case text
    case chatID = "chat_id"
    case messageID = "message_id"
    case parseMode = "parse_mode"
    case replyMarkup = "reply_markup"
  }

  /// Creates an `editMessageText` call.
  public init(
    chatID: Int64, messageID: Int64, text: String, parseMode: ParseMode? = nil,
    replyMarkup: InlineKeyboardMarkup? = nil
  ) {
    self.chatID = chatID
    self.messageID = messageID
    self.text = text
    self.parseMode = parseMode
    self.replyMarkup = replyMarkup
  }
}

/// `editMessageReplyMarkup`: replaces or removes the inline keyboard of a message.
public struct EditMessageReplyMarkup: TelegramMethod {
  public typealias Response = Message
  public static let name = "editMessageReplyMarkup"
  /// The chat of the message.
  public var chatID: Int64
  /// The message to edit.
  public var messageID: Int64
  /// The new inline keyboard; nil removes it.
  public var replyMarkup: InlineKeyboardMarkup?

  enum CodingKeys: String, CodingKey {
    case chatID = "chat_id"
    case messageID = "message_id"
    case replyMarkup = "reply_markup"
  }

  /// Creates an `editMessageReplyMarkup` call.
  public init(chatID: Int64, messageID: Int64, replyMarkup: InlineKeyboardMarkup? = nil) {
    self.chatID = chatID
    self.messageID = messageID
    self.replyMarkup = replyMarkup
  }
}

/// `editMessageCaption`: replaces the caption of a media message.
public struct EditMessageCaption: TelegramMethod {
  public typealias Response = Message
  public static let name = "editMessageCaption"
  /// The chat of the message.
  public var chatID: Int64
  /// The message to edit.
  public var messageID: Int64
  /// The new caption; nil removes it.
  public var caption: String?
  /// How to parse entities in the caption.
  public var parseMode: ParseMode?
  /// The new inline keyboard; nil removes it.
  public var replyMarkup: InlineKeyboardMarkup?

  enum CodingKeys: String, CodingKey {
    case caption
    case chatID = "chat_id"
    case messageID = "message_id"
    case parseMode = "parse_mode"
    case replyMarkup = "reply_markup"
  }

  /// Creates an `editMessageCaption` call.
  public init(
    chatID: Int64, messageID: Int64, caption: String? = nil, parseMode: ParseMode? = nil,
    replyMarkup: InlineKeyboardMarkup? = nil
  ) {
    self.chatID = chatID
    self.messageID = messageID
    self.caption = caption
    self.parseMode = parseMode
    self.replyMarkup = replyMarkup
  }
}

/// `deleteMessage`: deletes a message (bots may delete their own messages for 48 hours).
public struct DeleteMessage: TelegramMethod {
  public typealias Response = Bool
  public static let name = "deleteMessage"
  /// The chat of the message.
  public var chatID: Int64
  /// The message to delete.
  public var messageID: Int64

  enum CodingKeys: String, CodingKey {
    case chatID = "chat_id"
    case messageID = "message_id"
  }

  /// Creates a `deleteMessage` call.
  public init(chatID: Int64, messageID: Int64) {
    self.chatID = chatID
    self.messageID = messageID
  }
}
