/// Why a Bot API call failed. Descriptions come from Telegram and never contain the token.
public enum TelegramError: Error, Sendable, Equatable {
  /// 400: Telegram refused the call, e.g. "Bad Request: message text is empty"; retrying cannot help.
  case badRequest(String)
  /// 401: the token is wrong or was revoked.
  case unauthorized
  /// 403: the bot may not write to this chat.
  case forbidden(ForbiddenReason, String)
  /// 404: no such method, or a token the API does not know.
  case notFound(String)
  /// 409: another process polls with this token, or a webhook is set.
  case conflict(String)
  /// 429: too many requests; repeat after this many seconds.
  case tooManyRequests(retryAfter: Int)
  /// 5xx or another unexpected status: try again later.
  case server(status: Int, String)
  /// No response within the timeout.
  case timedOut
  /// The call was cancelled because its task was.
  case cancelled
  /// The connection failed (refused, reset, DNS…).
  case network(String)
  /// The response was not the JSON the Bot API sends.
  case invalidResponse(String)
  /// The call could not be encoded (a bug, never Telegram's answer).
  case invalidRequest(String)
  /// A downloaded file is bigger than allowed.
  case fileTooLarge(bytes: Int)
  /// `getFile` gave no path: the file cannot be downloaded (over 20 MB, or gone).
  case fileUnavailable
  /// A local file to upload could not be read.
  case unreadableUpload(String)

  /// Whether the same call may succeed later without any change.
  public var isRetryable: Bool {
    switch self {
    case .tooManyRequests, .server, .timedOut, .network: true
    case .badRequest, .unauthorized, .forbidden, .notFound, .conflict, .cancelled, .invalidResponse, .invalidRequest,
      .fileTooLarge,
      .fileUnavailable, .unreadableUpload:
      false
    }
  }

  /// Maps a failed response (`ok: false`) to an error.
  public static func from(
    status: Int, errorCode: Int?, description: String?, parameters: ResponseParameters?
  )
    -> TelegramError
  {
    let code = errorCode ?? status
    let text = description ?? "HTTP \(status)"
    switch code {
    case 400: return .badRequest(text)
    case 401: return .unauthorized
    case 403: return .forbidden(ForbiddenReason(description: text), text)
    case 404: return .notFound(text)
    case 409: return .conflict(text)
    case 429: return .tooManyRequests(retryAfter: max(1, parameters?.retryAfter ?? 1))
    default: return .server(status: code, text)
    }
  }
}

/// Why Telegram answered 403.
public enum ForbiddenReason: Sendable, Equatable {
  /// "Forbidden: bot was blocked by the user".
  case blockedByUser
  /// "Forbidden: user is deactivated".
  case userDeactivated
  /// "Forbidden: bot can't initiate conversation with a user".
  case cannotInitiate
  /// "Forbidden: bot was kicked from the group chat" and similar.
  case kicked
  /// Any other 403.
  case other

  /// Reads the reason from Telegram's description.
  public init(description: String) {
    let text = description.lowercased()
    if text.contains("blocked by the user") {
      self = .blockedByUser
    } else if text.contains("deactivated") {
      self = .userDeactivated
    } else if text.contains("can't initiate") || text.contains("cannot initiate") {
      self = .cannotInitiate
    } else if text.contains("kicked") || text.contains("not a member") || text.contains("chat not found") {
      self = .kicked
    } else {
      self = .other
    }
  }
}

extension TelegramError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .badRequest(let text): "400 \(text)"
    case .unauthorized: "401 Unauthorized: the bot token was rejected"
    case .forbidden(_, let text): "403 \(text)"
    case .notFound(let text): "404 \(text)"
    case .conflict(let text): "409 \(text)"
    case .tooManyRequests(let seconds): "429 Too Many Requests: retry after \(seconds) s"
    case .server(let status, let text): "\(status) \(text)"
    case .timedOut: "timed out"
    case .cancelled: "cancelled"
    case .network(let text): "network: \(text)"
    case .invalidResponse(let text): "invalid response: \(text)"
    case .invalidRequest(let text): "invalid request: \(text)"
    case .fileTooLarge(let bytes): "file too large: \(bytes) bytes"
    case .fileUnavailable: "file unavailable"
    case .unreadableUpload(let name): "cannot read upload \(name)"
    }
  }
}

extension TelegramError {
  /// Whether a 400 only says the edit changed nothing (the message already shows this content).
  public var isMessageNotModified: Bool {
    if case .badRequest(let text) = self { return text.lowercased().contains("message is not modified") }
    return false
  }

  /// Whether a 400 says the message to edit is gone or can no longer be edited.
  public var isMessageUneditable: Bool {
    guard case .badRequest(let text) = self else { return false }
    let lower = text.lowercased()
    return lower.contains("message to edit not found") || lower.contains("message can't be edited")
      || lower.contains("message to be edited not found") || lower.contains("there is no text in the message to edit")
  }
}
