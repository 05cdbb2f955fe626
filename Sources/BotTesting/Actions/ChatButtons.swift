import TelegramBotAPI

/// What pressing a button by its label means in a chat, given what the bot sent there.
public enum ButtonPress: Sendable, Equatable {
  /// An inline button: a callback query with `data` for the message it belongs to.
  case callback(message: SentMessage, data: String)
  /// A plain reply-keyboard button: its label is sent as text.
  case text(String)
  /// A request_contact button: the user shares their own contact.
  case shareContact
  /// A request_location button: the user shares their location.
  case shareLocation
}

/// The buttons of one chat, read from the messages the bot sent there (oldest first).
public struct ChatButtons: Sendable {
  public var history: [SentMessage]

  public init(history: [SentMessage]) { self.history = history }

  /// The reply keyboard the user sees now: the last one sent and not removed since.
  public var replyKeyboard: [[KeyboardButton]]? {
    for sent in history.reversed() {
      switch sent.chatKeyboard {
      case .reply(let keyboard): return keyboard.keyboard
      case .remove: return nil
      case .inline, nil: continue
      }
    }
    return nil
  }

  /// The newest message with an inline keyboard, and its rows.
  public var newestInline: (message: SentMessage, rows: [[InlineKeyboardButton]])? {
    for sent in history.reversed() {
      if case .inline(let keyboard) = sent.markup { return (sent, keyboard.inlineKeyboard) }
    }
    return nil
  }

  /// Inline buttons first (newest message first), then the current reply keyboard.
  public func press(label: String) throws(ConsoleError) -> ButtonPress {
    for sent in history.reversed() {
      guard case .inline(let keyboard) = sent.markup else { continue }
      if let button = keyboard.inlineKeyboard.joined().first(where: { $0.text == label }) {
        guard let data = button.callbackData else { throw .notPressable(label) }
        return .callback(message: sent, data: data)
      }
    }
    if let button = replyKeyboard?.joined().first(where: { $0.text == label }) {
      if button.requestContact == true { return .shareContact }
      if button.requestLocation == true { return .shareLocation }
      return .text(button.text)
    }
    throw .unknownLabel(label, available: availableLabels)
  }

  /// The N-th (1-based, reading order) button of the newest inline keyboard.
  public func press(number: Int) throws(ConsoleError) -> ButtonPress {
    guard let (message, rows) = newestInline else { throw .noInlineKeyboard }
    let buttons = Array(rows.joined())
    guard number >= 1, number <= buttons.count else { throw .noSuchButton(number: number, count: buttons.count) }
    let button = buttons[number - 1]
    guard let data = button.callbackData else { throw .notPressable(button.text) }
    return .callback(message: message, data: data)
  }

  /// The labels of the newest inline keyboard and of the current reply keyboard.
  public var availableLabels: [String] {
    let inline = newestInline.map { $0.rows.joined().map(\.text) } ?? []
    let reply = replyKeyboard.map { $0.joined().map(\.text) } ?? []
    return inline + reply
  }
}
