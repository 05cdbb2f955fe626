/// A Telegram user or bot.
public struct User: Codable, Sendable, Equatable {
  /// Unique identifier of the user.
  public var id: Int64
  /// Whether this user is a bot.
  public var isBot: Bool
  /// The user's first name.
  public var firstName: String
  /// The user's last name, if set.
  public var lastName: String?
  /// The user's username without `@`, if set.
  public var username: String?
  /// IETF language tag of the user's client, if known.
  public var languageCode: String?

  enum CodingKeys: String, CodingKey {
    case id
    case isBot = "is_bot"
    case firstName = "first_name"
    case lastName = "last_name"
    case username
    case languageCode = "language_code"
  }

  /// Creates a user value.
  public init(
    id: Int64, isBot: Bool = false, firstName: String, lastName: String? = nil,
    username: String? = nil, languageCode: String? = nil
  ) {
    self.id = id
    self.isBot = isBot
    self.firstName = firstName
    self.lastName = lastName
    self.username = username
    self.languageCode = languageCode
  }
}

/// A private chat, group, supergroup or channel.
public struct Chat: Codable, Sendable, Equatable {
  /// Unique identifier of the chat.
  public var id: Int64
  /// `"private"`, `"group"`, `"supergroup"` or `"channel"`; kept as a string so new kinds decode.
  public var type: String
  /// Title of a group, supergroup or channel.
  public var title: String?
  /// Username of the chat, if any.
  public var username: String?
  /// First name of the other party in a private chat.
  public var firstName: String?

  enum CodingKeys: String, CodingKey {
    case id, type, title, username
    case firstName = "first_name"
  }

  /// Creates a chat value.
  public init(
    id: Int64, type: String = "private", title: String? = nil, username: String? = nil,
    firstName: String? = nil
  ) {
    self.id = id
    self.type = type
    self.title = title
    self.username = username
    self.firstName = firstName
  }

  /// Whether this is a one-to-one chat with a user.
  public var isPrivate: Bool { type == "private" }
}
