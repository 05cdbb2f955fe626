/// A button of an inline keyboard (attached to a message).
public struct InlineKeyboardButton: Codable, Sendable, Equatable {
  /// The label on the button.
  public var text: String
  /// Data sent back in a callback query when pressed (1–64 bytes).
  public var callbackData: String?
  /// URL opened when pressed.
  public var url: String?

  enum CodingKeys: String, CodingKey {
    case text, url
    case callbackData = "callback_data"
  }

  /// Creates a button; set exactly one of `callbackData` and `url`.
  public init(text: String, callbackData: String? = nil, url: String? = nil) {
    self.text = text
    self.callbackData = callbackData
    self.url = url
  }

  /// A button that sends `data` back to the bot when pressed.
  public static func callback(_ text: String, data: String) -> InlineKeyboardButton {
    InlineKeyboardButton(text: text, callbackData: data)
  }

  /// A button that opens `url` when pressed.
  public static func link(_ text: String, url: String) -> InlineKeyboardButton {
    InlineKeyboardButton(text: text, url: url)
  }
}

/// An inline keyboard: rows of buttons attached to a message.
public struct InlineKeyboardMarkup: Codable, Sendable, Equatable {
  /// Rows of buttons, top to bottom.
  public var inlineKeyboard: [[InlineKeyboardButton]]

  enum CodingKeys: String, CodingKey {
    case inlineKeyboard = "inline_keyboard"
  }

  /// Creates an inline keyboard from rows of buttons.
  public init(inlineKeyboard: [[InlineKeyboardButton]]) {
    self.inlineKeyboard = inlineKeyboard
  }
}

/// A button of a reply keyboard (shown in place of the user's keyboard).
public struct KeyboardButton: Codable, Sendable, Equatable {
  /// The label on the button, sent as a message when pressed.
  public var text: String
  /// When true, pressing shares the user's own phone number as a contact.
  public var requestContact: Bool?
  /// When true, pressing shares the user's current location.
  public var requestLocation: Bool?

  enum CodingKeys: String, CodingKey {
    case text
    case requestContact = "request_contact"
    case requestLocation = "request_location"
  }

  /// Creates a reply keyboard button.
  public init(text: String, requestContact: Bool? = nil, requestLocation: Bool? = nil) {
    self.text = text
    self.requestContact = requestContact
    self.requestLocation = requestLocation
  }
}

/// A custom keyboard shown in place of the user's keyboard.
public struct ReplyKeyboardMarkup: Codable, Sendable, Equatable {
  /// Rows of buttons, top to bottom.
  public var keyboard: [[KeyboardButton]]
  /// Whether clients shrink the keyboard to fit its buttons.
  public var resizeKeyboard: Bool?
  /// Whether clients hide the keyboard after one press.
  public var oneTimeKeyboard: Bool?
  /// Whether clients always show the keyboard.
  public var isPersistent: Bool?
  /// Placeholder shown in the input field while the keyboard is active (≤ 64 characters).
  public var inputFieldPlaceholder: String?

  enum CodingKeys: String, CodingKey {
    case keyboard
    case resizeKeyboard = "resize_keyboard"
    case oneTimeKeyboard = "one_time_keyboard"
    case isPersistent = "is_persistent"
    case inputFieldPlaceholder = "input_field_placeholder"
  }

  /// Creates a reply keyboard.
  public init(
    keyboard: [[KeyboardButton]], resizeKeyboard: Bool? = nil, oneTimeKeyboard: Bool? = nil,
    isPersistent: Bool? = nil, inputFieldPlaceholder: String? = nil
  ) {
    self.keyboard = keyboard
    self.resizeKeyboard = resizeKeyboard
    self.oneTimeKeyboard = oneTimeKeyboard
    self.isPersistent = isPersistent
    self.inputFieldPlaceholder = inputFieldPlaceholder
  }
}

/// A request to remove the current reply keyboard.
public struct ReplyKeyboardRemove: Codable, Sendable, Equatable {
  /// Always true; Telegram requires the field.
  public var removeKeyboard: Bool

  enum CodingKeys: String, CodingKey {
    case removeKeyboard = "remove_keyboard"
  }

  /// Creates a keyboard removal request.
  public init() {
    removeKeyboard = true
  }
}
