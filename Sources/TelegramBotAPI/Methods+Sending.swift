/// How Telegram parses entities out of a text or caption.
public enum ParseMode: String, Codable, Sendable, Equatable {
  /// HTML tags: `<b>`, `<i>`, `<a href>`…; escape `<`, `>` and `&` in user text.
  case html = "HTML"
  /// MarkdownV2; many characters need escaping.
  case markdownV2 = "MarkdownV2"
}

/// `sendMessage`: sends a text message.
public struct SendMessage: TelegramMethod {
  public typealias Response = Message
  public static let name = "sendMessage"
  /// The target chat.
  public var chatID: Int64
  /// The text (≤ 4096 characters after entity parsing).
  public var text: String
  /// How to parse entities in the text.
  public var parseMode: ParseMode?
  /// Keyboard to show or remove.
  public var replyMarkup: ReplyMarkup?
  /// The message to reply to.
  public var replyToMessageID: Int64?
  /// Whether to send silently.
  public var disableNotification: Bool?

  enum CodingKeys: String, CodingKey {
    case text
    case chatID = "chat_id"
    case parseMode = "parse_mode"
    case replyMarkup = "reply_markup"
    case replyToMessageID = "reply_to_message_id"
    case disableNotification = "disable_notification"
  }

  /// Creates a `sendMessage` call.
  public init(
    chatID: Int64, text: String, parseMode: ParseMode? = nil, replyMarkup: ReplyMarkup? = nil,
    replyToMessageID: Int64? = nil, disableNotification: Bool? = nil
  ) {
    self.chatID = chatID
    self.text = text
    self.parseMode = parseMode
    self.replyMarkup = replyMarkup
    self.replyToMessageID = replyToMessageID
    self.disableNotification = disableNotification
  }
}

/// `sendPhoto`: sends one photo.
public struct SendPhoto: TelegramMethod {
  public typealias Response = Message
  public static let name = "sendPhoto"
  /// The target chat.
  public var chatID: Int64
  /// The photo.
  public var photo: InputFile
  /// Caption (≤ 1024 characters after entity parsing).
  public var caption: String?
  /// How to parse entities in the caption.
  public var parseMode: ParseMode?
  /// Keyboard to show or remove.
  public var replyMarkup: ReplyMarkup?

  enum CodingKeys: String, CodingKey {
    case photo, caption
    case chatID = "chat_id"
    case parseMode = "parse_mode"
    case replyMarkup = "reply_markup"
  }

  /// Creates a `sendPhoto` call.
  public init(
    chatID: Int64, photo: InputFile, caption: String? = nil, parseMode: ParseMode? = nil,
    replyMarkup: ReplyMarkup? = nil
  ) {
    self.chatID = chatID
    self.photo = photo
    self.caption = caption
    self.parseMode = parseMode
    self.replyMarkup = replyMarkup
  }

  /// The photo, uploaded when it is a local file.
  public var inputFiles: [InputFile] { [photo] }
}

/// `sendMediaGroup`: sends 2–10 photos as one album.
public struct SendMediaGroup: TelegramMethod {
  public typealias Response = [Message]
  public static let name = "sendMediaGroup"
  /// The target chat.
  public var chatID: Int64
  /// The photos, in order; give uploads distinct basenames.
  public var media: [InputMediaPhoto]

  enum CodingKeys: String, CodingKey {
    case media
    case chatID = "chat_id"
  }

  /// Creates a `sendMediaGroup` call.
  public init(chatID: Int64, media: [InputMediaPhoto]) {
    self.chatID = chatID
    self.media = media
  }

  /// The album's photos, uploaded when they are local files.
  public var inputFiles: [InputFile] { media.map(\.media) }
}
