/// Whose contact card a user shares.
public enum ContactOwner: Sendable, Equatable {
  /// The sender's own contact (as the request_contact button shares it): user_id = sender.
  case sender
  /// Somebody else's Telegram contact: user_id = this id.
  case user(Int64)
  /// A typed or forwarded card without a user_id.
  case nobody
}

/// One thing a user does, in console syntax (see conversations/README.md).
public enum UserAction: Sendable, Equatable {
  /// `text`: a text message.
  case text(String)
  /// `/cmd args`: a command message; the whole text, slash included.
  case command(String)
  /// `[Label]`: presses the inline or reply-keyboard button with exactly this label.
  case press(label: String)
  /// `#N`: presses the N-th (1-based) inline button of the newest message with an inline keyboard.
  case pressNumber(Int)
  /// `:contact [PHONE] [from ID | nouser]`: shares a contact; a nil phone is the user's own.
  case contact(phone: String?, owner: ContactOwner)
  /// `:location LAT LON`
  case location(latitude: Double, longitude: Double)
  /// `:photo PATH [caption…]`
  case photo(path: String, caption: String?)
  /// `:album PATH PATH… [caption…]`: several photos sent together (an album).
  case album(paths: [String], caption: String?)
  /// `:reply PATH [caption…]`: a photo sent as a reply to the bot's newest message with buttons.
  case replyPhoto(path: String, caption: String?)
  /// `:document PATH [caption…]`: a file sent as a document ("without compression").
  case document(path: String, caption: String?)
  /// `:callback DATA`: a button press with any callback data on the newest bot message, as a
  /// forged or outdated client could send it.
  case callback(data: String)
}

/// Everything that can go wrong with a console or transcript line; `description` is the
/// one-line hint the console prints.
public enum ConsoleError: Error, Sendable, Equatable, CustomStringConvertible {
  case empty
  case badSyntax(String)
  case unknownDirective(String)
  case unknownUser(String, known: [String])
  case unknownLabel(String, available: [String])
  /// An inline button that opens a link instead of calling the bot.
  case notPressable(String)
  case noInlineKeyboard
  case noSuchButton(number: Int, count: Int)
  /// `@restart` where the session cannot rebuild the bot.
  case restartUnavailable
  /// The bot itself threw (a database error); the text describes it.
  case botFailed(String)

  public var description: String {
    switch self {
    case .empty: "nothing to send (type :help for the syntax)"
    case .badSyntax(let hint): hint
    case .unknownDirective(let name):
      "unknown directive @\(name) (use @user, @clock, @advance, @restart, @block, @unblock)"
    case .unknownUser(let name, let known): "unknown user \(name) (known: \(known.joined(separator: ", ")))"
    case .unknownLabel(let label, let available):
      available.isEmpty
        ? "no button [\(label)]: this chat has no buttons"
        : "no button [\(label)]; available: " + available.map { "[\($0)]" }.joined(separator: " ")
    case .notPressable(let label): "button [\(label)] opens a link; it does not call the bot"
    case .noInlineKeyboard: "no message in this chat has inline buttons"
    case .noSuchButton(let number, let count): "no button #\(number): the newest inline keyboard has \(count)"
    case .restartUnavailable: "@restart is not available here"
    case .botFailed(let reason): "the bot failed: \(reason)"
    }
  }
}
