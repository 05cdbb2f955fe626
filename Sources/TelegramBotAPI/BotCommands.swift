/// A command shown in the client's menu.
public struct BotCommand: Codable, Sendable, Equatable {
  /// The command without `/`: 1–32 characters of `a-z`, `0-9` and `_`.
  public var command: String
  /// What the command does (1–256 characters).
  public var description: String

  /// Creates a menu command.
  public init(command: String, description: String) {
    self.command = command
    self.description = description
  }
}

/// Which users see a list of menu commands.
public enum BotCommandScope: Codable, Sendable, Equatable {
  /// Everyone without a more specific scope.
  case `default`
  /// All private chats.
  case allPrivateChats
  /// One chat, e.g. a florist's or admin's private chat.
  case chat(chatID: Int64)

  private enum CodingKeys: String, CodingKey {
    case type
    case chatID = "chat_id"
  }

  /// Decodes from `{"type": …}`, with `chat_id` for a chat scope.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let type = try container.decode(String.self, forKey: .type)
    switch type {
    case "default": self = .default
    case "all_private_chats": self = .allPrivateChats
    case "chat": self = .chat(chatID: try container.decode(Int64.self, forKey: .chatID))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container, debugDescription: "Unsupported scope \(type)")
    }
  }

  /// Encodes as `{"type": …}`, with `chat_id` for a chat scope.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .default: try container.encode("default", forKey: .type)
    case .allPrivateChats: try container.encode("all_private_chats", forKey: .type)
    case .chat(let chatID):
      try container.encode("chat", forKey: .type)
      try container.encode(chatID, forKey: .chatID)
    }
  }
}

/// `setMyCommands`: sets the menu commands for a scope and language.
public struct SetMyCommands: TelegramMethod {
  public typealias Response = Bool
  public static let name = "setMyCommands"
  /// The commands, in menu order (≤ 100).
  public var commands: [BotCommand]
  /// Who sees them; nil means `.default`.
  public var scope: BotCommandScope?
  /// Two-letter language of the users who see them; nil means all languages.
  public var languageCode: String?

  enum CodingKeys: String, CodingKey {
    case commands, scope
    case languageCode = "language_code"
  }

  /// Creates a `setMyCommands` call.
  public init(commands: [BotCommand], scope: BotCommandScope? = nil, languageCode: String? = nil) {
    self.commands = commands
    self.scope = scope
    self.languageCode = languageCode
  }
}
