/// `getUpdates`: long-polls for incoming updates.
public struct GetUpdates: TelegramMethod {
  public typealias Response = [Update]
  public static let name = "getUpdates"
  /// One more than the last handled `updateID`; confirms all earlier updates.
  public var offset: Int64?
  /// Maximum number of updates (1–100).
  public var limit: Int?
  /// Seconds to hold the request open while there are no updates.
  public var timeout: Int?
  /// Update kinds to receive, e.g. `["message", "callback_query"]`; nil keeps the previous set.
  public var allowedUpdates: [String]?

  enum CodingKeys: String, CodingKey {
    case offset, limit, timeout
    case allowedUpdates = "allowed_updates"
  }

  /// Creates a `getUpdates` call.
  public init(
    offset: Int64? = nil, limit: Int? = nil, timeout: Int? = nil, allowedUpdates: [String]? = nil
  ) {
    self.offset = offset
    self.limit = limit
    self.timeout = timeout
    self.allowedUpdates = allowedUpdates
  }
}

/// `getFile`: gets the download path of a file (≤ 20 MB).
public struct GetFile: TelegramMethod {
  public typealias Response = File
  public static let name = "getFile"
  /// The file to look up.
  public var fileID: String

  enum CodingKeys: String, CodingKey {
    case fileID = "file_id"
  }

  /// Creates a `getFile` call.
  public init(fileID: String) {
    self.fileID = fileID
  }
}

/// `setWebhook`: asks Telegram to push updates to a URL instead of long polling.
public struct SetWebhook: TelegramMethod {
  public typealias Response = Bool
  public static let name = "setWebhook"
  /// HTTPS URL that receives updates.
  public var url: String
  /// Sent back in the `X-Telegram-Bot-Api-Secret-Token` header of every request.
  public var secretToken: String?
  /// Update kinds to receive; nil keeps the previous set.
  public var allowedUpdates: [String]?

  enum CodingKeys: String, CodingKey {
    case url
    case secretToken = "secret_token"
    case allowedUpdates = "allowed_updates"
  }

  /// Creates a `setWebhook` call.
  public init(url: String, secretToken: String? = nil, allowedUpdates: [String]? = nil) {
    self.url = url
    self.secretToken = secretToken
    self.allowedUpdates = allowedUpdates
  }
}

/// `deleteWebhook`: switches back to long polling.
public struct DeleteWebhook: TelegramMethod {
  public typealias Response = Bool
  public static let name = "deleteWebhook"
  /// Whether to drop the updates waiting for delivery.
  public var dropPendingUpdates: Bool?

  enum CodingKeys: String, CodingKey {
    case dropPendingUpdates = "drop_pending_updates"
  }

  /// Creates a `deleteWebhook` call.
  public init(dropPendingUpdates: Bool? = nil) {
    self.dropPendingUpdates = dropPendingUpdates
  }
}
