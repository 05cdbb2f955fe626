import FlowerShop
import Foundation
import TelegramBotAPI

/// A rendered Bot API call waiting in the outbox: exactly what will be sent to Telegram.
public enum OutgoingMessage: Sendable, Equatable {
  case message(SendMessage)
  case photo(SendPhoto)
  case callbackAnswer(AnswerCallbackQuery)

  /// The Bot API method name, stored in the outbox row.
  public var method: String {
    switch self {
    case .message: "sendMessage"
    case .photo: "sendPhoto"
    case .callbackAnswer: "answerCallbackQuery"
    }
  }

  /// JSON of the method's parameters.
  public func payload() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    switch self {
    case .message(let m): return try encoder.encode(m)
    case .photo(let p): return try encoder.encode(StoredPhoto(parameters: p, uploadPath: p.photo.uploadPath))
    case .callbackAnswer(let a): return try encoder.encode(a)
    }
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
    case "answerCallbackQuery":
      self = .callbackAnswer(try decoder.decode(AnswerCallbackQuery.self, from: payload))
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

public enum OutboxError: Error, Equatable {
  case unknownMethod(String)
}
