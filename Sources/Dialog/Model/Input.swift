import FlowerShop

/// Who sent an update, as far as the bot needs to know.
public struct Sender: Codable, Sendable, Equatable {
  public var user: UserID
  public var firstName: String
  /// Telegram's `language_code` ("ru", "en-US", …), if the client sent one.
  public var languageCode: String?
  public init(user: UserID, firstName: String, languageCode: String? = nil) {
    self.user = user
    self.firstName = firstName
    self.languageCode = languageCode
  }
}

/// A normalized input: what a person did, independent of Telegram's JSON.
public enum Input: Sendable, Equatable {
  /// A plain text message (reply-keyboard presses arrive as text too).
  case text(String)
  /// `/name arguments`; the name is lower-cased, without the leading slash and `@bot` suffix.
  case command(name: String, arguments: String)
  /// An inline button was pressed; `data` is the raw callback data.
  case button(data: String)
  /// A shared contact; `isOwn` is true only when `contact.user_id` equals the sender.
  case contact(phone: String, isOwn: Bool)
  case location(latitude: Double, longitude: Double)
  /// A photo (the largest size's file id) with its caption.
  case photo(fileID: String, caption: String?)
  /// A timer set earlier fired.
  case timer(name: String, payload: String)
  /// Something the bot does not handle (a sticker, a voice message…); answered politely.
  case unsupported
}

/// One input in one chat, ready for the engine.
public struct IncomingEvent: Sendable, Equatable {
  /// Telegram's update id, used to process each update exactly once; nil for timers.
  public var updateID: Int64?
  public var chat: ChatID
  public var isPrivateChat: Bool
  public var sender: Sender
  public var input: Input
  /// The callback query to answer, for button presses.
  public var callbackQueryID: String?
  /// The message a photo or text replied to, if any.
  public var replyToMessageID: Int64?
  /// Shared by the photos of one album (Telegram sends them as separate messages).
  public var mediaGroupID: String?
  /// For button presses: the bot's message carrying the button, which the reply may replace.
  public var pressedMessage: PressedMessage?
  /// What the shell prepared outside the transaction (see `InputPreparer`).
  public var prepared = PreparedInput()
  /// For a shared contact: the Telegram user it belongs to, when the contact names one.
  public var contactUserID: UserID?

  public init(
    updateID: Int64?, chat: ChatID, isPrivateChat: Bool = true, sender: Sender, input: Input,
    callbackQueryID: String? = nil, replyToMessageID: Int64? = nil, pressedMessage: PressedMessage? = nil
  ) {
    self.updateID = updateID
    self.chat = chat
    self.isPrivateChat = isPrivateChat
    self.sender = sender
    self.input = input
    self.callbackQueryID = callbackQueryID
    self.replyToMessageID = replyToMessageID
    self.pressedMessage = pressedMessage
  }
}

/// The bot's message whose inline button was pressed.
public struct PressedMessage: Sendable, Equatable {
  public var messageID: Int64
  /// True for a text message (its text can be edited), false for a photo or other media.
  public var isText: Bool
  public init(messageID: Int64, isText: Bool) {
    self.messageID = messageID
    self.isText = isText
  }
}
