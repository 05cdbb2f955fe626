import FlowerShop
import Foundation
import TelegramBotAPI

/// A rendered Bot API call waiting in the outbox: exactly what will be sent to Telegram.
public enum OutgoingMessage: Sendable, Equatable {
  case message(SendMessage)
  case photo(SendPhoto)
  /// Several photos shown together (an album); it carries no keyboard.
  case album(SendMediaGroup)
  case callbackAnswer(AnswerCallbackQuery)
  /// Replaces the text (and inline keyboard) of a text message the bot sent.
  case editText(EditMessageText)
  /// Replaces or removes the inline keyboard of a message the bot sent.
  case editMarkup(EditMessageReplyMarkup)
  /// Sets the commands menu of one chat (a person's menu follows their role).
  case commands(SetMyCommands)

  /// The Bot API method name, stored in the outbox row.
  public var method: String {
    switch self {
    case .message: SendMessage.name
    case .photo: SendPhoto.name
    case .album: SendMediaGroup.name
    case .callbackAnswer: AnswerCallbackQuery.name
    case .editText: EditMessageText.name
    case .editMarkup: EditMessageReplyMarkup.name
    case .commands: SetMyCommands.name
    }
  }

  /// The target chat; nil for callback answers, which name a query instead.
  public var chatID: Int64? {
    switch self {
    case .message(let m): m.chatID
    case .photo(let p): p.chatID
    case .album(let a): a.chatID
    case .callbackAnswer: nil
    case .editText(let e): e.chatID
    case .editMarkup(let e): e.chatID
    case .commands(let c): if case .chat(let id)? = c.scope { id } else { nil }
    }
  }

  /// Whether this call posts a new message (an edit or a callback answer does not).
  public var isNewMessage: Bool {
    switch self {
    case .message, .photo, .album: true
    case .callbackAnswer, .editText, .editMarkup, .commands: false
    }
  }

  /// JSON of the method's parameters.
  public func payload() throws -> Data { Data(try payloadBytes()) }

  /// JSON of the method's parameters, as UTF-8 bytes (what the outbox stores).
  public func payloadBytes() throws -> [UInt8] {
    // The most frequent calls skip Codable (same bytes, several times faster).
    switch self {
    case .message(let m): return m.fastJSON()
    case .callbackAnswer(let a): return a.fastJSON()
    case .editText(let e): return e.fastJSON()
    case .editMarkup(let e): return e.fastJSON()
    case .photo(let p):
      var json = FastJSON()
      json.object { json in
        json.key("parameters")
        p.write(to: &json)
        json.field("uploadPath", p.photo.uploadPath)
      }
      return json.bytes
    case .album(let a):
      return Array(
        try Self.sortedEncoder.encode(StoredAlbum(parameters: a, uploadPaths: a.media.map(\.media.uploadPath))))
    case .commands(let c): return Array(try Self.sortedEncoder.encode(c))
    }
  }

  private static var sortedEncoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return encoder
  }

  /// Rebuilds a message from an outbox row; throws on an unknown method.
  public init(method: String, payload: Data) throws {
    let decoder = JSONDecoder()
    switch method {
    case "sendMessage": self = .message(try decoder.decode(SendMessage.self, from: payload))
    case "sendPhoto":
      let stored = try decoder.decode(StoredPhoto.self, from: payload)
      var parameters = stored.parameters
      if let path = stored.uploadPath { parameters.photo = .upload(path: path) }
      self = .photo(parameters)
    case SendMediaGroup.name: self = .album(try StoredAlbum.decode(payload, decoder))
    case "answerCallbackQuery":
      self = .callbackAnswer(try decoder.decode(AnswerCallbackQuery.self, from: payload))
    case EditMessageText.name: self = .editText(try decoder.decode(EditMessageText.self, from: payload))
    case EditMessageReplyMarkup.name: self = .editMarkup(try decoder.decode(EditMessageReplyMarkup.self, from: payload))
    case SetMyCommands.name: self = .commands(try decoder.decode(SetMyCommands.self, from: payload))
    default: throw OutboxError.unknownMethod(method)
    }
  }
}

/// The Bot API's JSON keeps only an upload's file name (`attach://name`); the outbox also
/// keeps its full path so the sender can find the file.
struct StoredPhoto: Codable {
  var parameters: SendPhoto
  var uploadPath: String?
}

/// An album's JSON keeps only the file names of its uploads; the outbox also keeps their paths.
struct StoredAlbum: Codable {
  var parameters: SendMediaGroup
  var uploadPaths: [String?]

  /// The album of a row; rows written before the paths were kept decode as plain albums.
  static func decode(_ payload: Data, _ decoder: JSONDecoder) throws -> SendMediaGroup {
    guard let stored = try? decoder.decode(StoredAlbum.self, from: payload) else {
      return try decoder.decode(SendMediaGroup.self, from: payload)
    }
    var album = stored.parameters
    for (index, path) in stored.uploadPaths.enumerated() where index < album.media.count {
      if let path { album.media[index].media = .upload(path: path) }
    }
    return album
  }
}

public enum OutboxError: Error, Equatable {
  case unknownMethod(String)
}
