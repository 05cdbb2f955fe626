import Foundation

/// One HTTP request to the Bot API (or to its file server).
public struct HTTPRequest: Sendable, Equatable {
  /// `"GET"` or `"POST"`.
  public var method: String
  /// The full URL; it contains the bot token, so never log it unredacted.
  public var url: URL
  /// Header fields, e.g. `Content-Type`.
  public var headers: [String: String]
  /// The request body, if any.
  public var body: Data?
  /// Seconds to wait for the whole response before failing with `.timedOut`.
  public var timeout: TimeInterval

  /// Creates a request.
  public init(method: String, url: URL, headers: [String: String] = [:], body: Data? = nil, timeout: TimeInterval) {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
    self.timeout = timeout
  }
}

/// The status and body of an HTTP response.
public struct HTTPResponse: Sendable, Equatable {
  /// The HTTP status code.
  public var status: Int
  /// The response body.
  public var body: Data

  /// Creates a response.
  public init(status: Int, body: Data) {
    self.status = status
    self.body = body
  }
}

/// Why a request got no HTTP response at all.
public enum TransportError: Error, Sendable, Equatable {
  /// No complete response within the request's timeout.
  case timedOut
  /// The task was cancelled (the service is stopping).
  case cancelled
  /// Connection refused, reset, DNS failure…; the text never contains the URL.
  case connection(String)
}

/// Sends HTTP requests. Production uses `URLSessionTransport`; tests may use a fake or a
/// loopback test double.
public protocol HTTPTransport: Sendable {
  /// Sends `request` and returns the response, whatever its status.
  func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse
}
