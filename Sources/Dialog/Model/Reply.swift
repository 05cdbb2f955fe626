import FlowerShop

/// Text to show a person: a locale key with arguments, a verbatim string (product titles,
/// addresses typed by people), or several texts on separate lines.
public indirect enum Text: Sendable, Equatable {
  case key(String, [String: LocaleArgument])
  /// A locale key whose arguments are themselves texts (e.g. a localized date inside a sentence).
  case format(String, [String: Text])
  case verbatim(String)
  /// A verbatim text written in the default language with its translations by language code
  /// (shop data: a bouquet's title, the pickup address). Resolved when rendered, in the
  /// recipient chat's language, so one reply can go to chats speaking different languages; a
  /// missing or blank translation shows the default text.
  case translated(String, [String: String])
  /// Joined with "\n" (an empty verbatim part is a blank line).
  case lines([Text])
}

/// An inline button: a label and its callback data (≤ 64 bytes).
public struct InlineButton: Sendable, Equatable {
  public var label: Text
  public var data: String
  public init(_ label: Text, data: String) {
    self.label = label
    self.data = data
  }
}

/// A reply-keyboard button; pressing it sends its label as text, or shares contact/location.
public struct ReplyButton: Sendable, Equatable {
  public enum Request: Sendable, Equatable { case none, contact, location }
  public var label: Text
  public var request: Request
  public init(_ label: Text, request: Request = .none) {
    self.label = label
    self.request = request
  }
}

public enum Keyboard: Sendable, Equatable {
  case inline([[InlineButton]])
  case reply([[ReplyButton]], placeholder: Text? = nil)
  case remove
}

/// A photo to send: a Telegram file id, or a local file to upload.
public enum Photo: Sendable, Equatable {
  case fileID(String)
  case file(path: String)
}

/// One message the bot sends.
public struct Reply: Sendable, Equatable {
  /// Target chat; nil means the chat of the current input.
  public var chat: ChatID?
  public var text: Text
  public var photo: Photo?
  /// Two to ten photos shown together, the text as the caption of the first; an album carries
  /// no keyboard (send one in a message after it). Takes the place of `photo`.
  public var album: [Photo] = []
  public var keyboard: Keyboard?
  /// Order replies and notifications go ahead of bulk messages.
  public var priority: OutboxPriority

  public init(
    to chat: ChatID? = nil, _ text: Text, photo: Photo? = nil, keyboard: Keyboard? = nil,
    priority: OutboxPriority = .interactive
  ) {
    self.chat = chat
    self.text = text
    self.photo = photo
    self.keyboard = keyboard
    self.priority = priority
  }
}

/// Lower values are sent first.
public enum OutboxPriority: Int, Sendable, Codable, Comparable {
  case interactive = 0
  case notification = 1
  case bulk = 2
  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
