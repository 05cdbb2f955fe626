/// Extra information about a failed call.
public struct ResponseParameters: Codable, Sendable, Equatable {
  /// The group became a supergroup with this id.
  public var migrateToChatID: Int64?
  /// Seconds to wait before repeating a request refused with 429.
  public var retryAfter: Int?

  enum CodingKeys: String, CodingKey {
    case migrateToChatID = "migrate_to_chat_id"
    case retryAfter = "retry_after"
  }

  /// Creates response parameters.
  public init(migrateToChatID: Int64? = nil, retryAfter: Int? = nil) {
    self.migrateToChatID = migrateToChatID
    self.retryAfter = retryAfter
  }
}

/// The envelope of every Bot API response.
public struct APIResponse<Result: Decodable & Sendable>: Decodable, Sendable {
  /// Whether the call succeeded.
  public var ok: Bool
  /// The result of a successful call.
  public var result: Result?
  /// Human-readable error, e.g. `"Forbidden: bot was blocked by the user"`.
  public var description: String?
  /// HTTP-like error code such as 400, 403 or 429.
  public var errorCode: Int?
  /// Extra information about the failure, such as `retryAfter`.
  public var parameters: ResponseParameters?

  enum CodingKeys: String, CodingKey {
    case ok, result, description, parameters
    case errorCode = "error_code"
  }

  /// Creates a response envelope (used by fakes and tests).
  public init(
    ok: Bool, result: Result? = nil, description: String? = nil, errorCode: Int? = nil,
    parameters: ResponseParameters? = nil
  ) {
    self.ok = ok
    self.result = result
    self.description = description
    self.errorCode = errorCode
    self.parameters = parameters
  }
}

extension APIResponse: Encodable where Result: Encodable {}
extension APIResponse: Equatable where Result: Equatable {}

/// Size limits of the Bot API that callers must respect.
public enum TelegramLimits {
  /// Maximum `callback_data` length in UTF-8 bytes (a Cyrillic letter takes 2).
  public static let callbackDataBytes = 64
  /// Maximum message text length in characters.
  public static let messageTextCharacters = 4096
  /// Maximum media caption length in characters.
  public static let captionCharacters = 1024
}
