import Foundation

/// A request `LoopbackHTTPServer` received: the request line, the headers (names lowercased)
/// and the whole body, chunked or not.
public struct LoopbackRequest: Sendable, Equatable {
  /// The method as sent, e.g. `POST`.
  public var method: String
  /// The request target as sent, query included, e.g. `/bot123:TEST/sendMessage`.
  public var path: String
  /// Header values by lowercased name; a repeated header keeps its last value.
  public var headers: [String: String]
  /// The body, de-chunked when it came chunked.
  public var body: Data

  /// A request as the server hands it to its handler.
  public init(method: String, path: String, headers: [String: String], body: Data) {
    self.method = method
    self.path = path
    self.headers = headers
    self.body = body
  }

  /// The value of header `name`, matched case-insensitively.
  public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// A handler's answer: the server adds `Content-Length` and `Connection`.
public struct LoopbackResponse: Sendable, Equatable {
  /// The status code, e.g. 200.
  public var status: Int
  /// The body (not sent in answer to `HEAD`; its length still is).
  public var body: Data
  /// The `Content-Type` header's value.
  public var contentType: String

  /// An answer with `body` as `contentType`, JSON unless told otherwise.
  public init(status: Int, body: Data, contentType: String = "application/json") {
    self.status = status
    self.body = body
    self.contentType = contentType
  }

  /// A plain UTF-8 text answer.
  public static func text(_ status: Int, _ text: String) -> LoopbackResponse {
    LoopbackResponse(status: status, body: Data(text.utf8), contentType: "text/plain; charset=utf-8")
  }

  /// The reason phrase the status line carries for `status`.
  public static func reason(_ status: Int) -> String {
    switch status {
    case 100: "Continue"
    case 200: "OK"
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 405: "Method Not Allowed"
    case 409: "Conflict"
    case 413: "Content Too Large"
    case 429: "Too Many Requests"
    case 500: "Internal Server Error"
    case 503: "Service Unavailable"
    default: "Error"
    }
  }
}
