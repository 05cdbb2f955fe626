/// `answerCallbackQuery`: stops the button's loading spinner, optionally with a notice.
public struct AnswerCallbackQuery: TelegramMethod {
  public typealias Response = Bool
  public static let name = "answerCallbackQuery"
  /// `CallbackQuery.id` of the press being answered.
  public var callbackQueryID: String
  /// Notice shown to the user (≤ 200 characters).
  public var text: String?
  /// Whether the notice is an alert the user must dismiss rather than a toast.
  public var showAlert: Bool?

  enum CodingKeys: String, CodingKey {
    case text
    case callbackQueryID = "callback_query_id"
    case showAlert = "show_alert"
  }

  /// Creates an `answerCallbackQuery` call.
  public init(callbackQueryID: String, text: String? = nil, showAlert: Bool? = nil) {
    self.callbackQueryID = callbackQueryID
    self.text = text
    self.showAlert = showAlert
  }
}

/// What the bot shows it is doing in a chat.
public enum ChatAction: String, Codable, Sendable, Equatable {
  /// "typing…"
  case typing
  /// "sending photo…"
  case uploadPhoto = "upload_photo"
  /// "sending file…"
  case uploadDocument = "upload_document"
  /// "choosing location…"
  case findLocation = "find_location"
}

/// `sendChatAction`: shows a status such as "typing…" for up to 5 seconds.
public struct SendChatAction: TelegramMethod {
  public typealias Response = Bool
  public static let name = "sendChatAction"
  /// The target chat.
  public var chatID: Int64
  /// The status to show.
  public var action: ChatAction

  enum CodingKeys: String, CodingKey {
    case action
    case chatID = "chat_id"
  }

  /// Creates a `sendChatAction` call.
  public init(chatID: Int64, action: ChatAction) {
    self.chatID = chatID
    self.action = action
  }
}
