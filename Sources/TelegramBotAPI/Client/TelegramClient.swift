import Foundation

/// Calls Bot API methods over an `HTTPTransport`: JSON bodies, or multipart when a call uploads
/// local files; typed errors; file downloads. The token only ever appears in request URLs.
public struct TelegramClient: Sendable {
  /// Telegram's own Bot API server.
  public static let defaultAPIURL = URL(string: "https://api.telegram.org")!

  /// The Bot API base URL: Telegram's, a local Bot API server's, or a test double's.
  public let apiURL: URL
  /// The bot's token; redact it from anything printed.
  public let token: BotToken
  let transport: any HTTPTransport
  /// Seconds a call may take unless the call says otherwise.
  public var timeout: TimeInterval

  /// Creates a client; `apiURL` is e.g. `http://127.0.0.1:8081` for a local server.
  public init(token: BotToken, apiURL: URL = defaultAPIURL, transport: any HTTPTransport, timeout: TimeInterval = 30) {
    self.token = token
    self.apiURL = apiURL
    self.transport = transport
    self.timeout = timeout
  }

  /// Calls `method` and returns its result.
  public func call<Method: TelegramMethod>(
    _ method: Method, timeout: TimeInterval? = nil
  ) async throws(TelegramError)
    -> Method.Response
  {
    let request = try makeRequest(method, timeout: timeout ?? self.timeout)
    let response = try await send(request)
    return try decode(Method.Response.self, from: response)
  }

  /// Downloads a file by the `filePath` that `getFile` returned.
  public func download(
    filePath: String, maxBytes: Int, timeout: TimeInterval? = nil
  ) async throws(TelegramError) -> Data {
    let url = apiURL.appendingPathComponent("file").appendingPathComponent("bot" + token.value)
      .appendingPathComponent(filePath)
    let response = try await send(HTTPRequest(method: "GET", url: url, timeout: timeout ?? self.timeout))
    guard response.status == 200 else {
      throw TelegramError.from(status: response.status, errorCode: nil, description: nil, parameters: nil)
    }
    guard response.body.count <= maxBytes else { throw .fileTooLarge(bytes: response.body.count) }
    return response.body
  }

  /// `getFile`, then the download: the bytes of a file a person sent.
  public func downloadFile(fileID: String, maxBytes: Int) async throws(TelegramError) -> Data {
    let file = try await call(GetFile(fileID: fileID))
    if let size = file.fileSize, size > maxBytes { throw .fileTooLarge(bytes: size) }
    guard let path = file.filePath else { throw .fileUnavailable }
    return try await download(filePath: path, maxBytes: maxBytes)
  }

  /// The URL of a method; it contains the token.
  func methodURL(_ name: String) -> URL {
    apiURL.appendingPathComponent("bot" + token.value).appendingPathComponent(name)
  }

  func makeRequest<Method: TelegramMethod>(
    _ method: Method, timeout: TimeInterval
  ) throws(TelegramError)
    -> HTTPRequest
  {
    let url = methodURL(Method.name)
    if method.inputFiles.contains(where: { $0.uploadPath != nil }) {
      let form = try MultipartForm.make(for: method, boundary: "flowerbot-" + UUID().uuidString) {
        (path: String) throws(TelegramError) -> Data in
        guard let data = FileManager.default.contents(atPath: path) else {
          throw .unreadableUpload(URL(fileURLWithPath: path).lastPathComponent)
        }
        return data
      }
      return HTTPRequest(
        method: "POST", url: url, headers: ["Content-Type": form.contentType], body: form.body(), timeout: timeout)
    }
    let body: Data
    do {
      body = try JSONEncoder().encode(method)
    } catch {
      throw .invalidRequest("cannot encode \(Method.name)")
    }
    return HTTPRequest(
      method: "POST", url: url, headers: ["Content-Type": "application/json"], body: body, timeout: timeout)
  }

  func send(_ request: HTTPRequest) async throws(TelegramError) -> HTTPResponse {
    do {
      return try await transport.send(request)
    } catch {
      switch error {
      case .timedOut: throw .timedOut
      case .cancelled: throw .cancelled
      case .connection(let text): throw .network(token.redact(text))
      }
    }
  }

  func decode<Result: Decodable & Sendable>(
    _ type: Result.Type, from response: HTTPResponse
  ) throws(TelegramError)
    -> Result
  {
    try Self.decode(type, from: response, redact: token.redact)
  }

  /// A response's result, or the error it carries; `redact` takes the token out of any text
  /// that goes into the error.
  static func decode<Result: Decodable & Sendable>(
    _ type: Result.Type, from response: HTTPResponse, redact: (String) -> String
  ) throws(TelegramError)
    -> Result
  {
    // `getUpdates` is on the hot path: its usual body is read without `JSONDecoder`.
    if Result.self == [Update].self, response.status == 200,
      let updates = Update.batch(getUpdatesBody: response.body) as? Result
    {
      return updates
    }
    let decoder = JSONDecoder()
    guard let envelope = try? decoder.decode(Envelope.self, from: response.body) else {
      if response.status == 200 { throw .invalidResponse("not a Bot API response") }
      throw TelegramError.from(status: response.status, errorCode: nil, description: nil, parameters: nil)
    }
    guard envelope.ok else {
      throw TelegramError.from(
        status: response.status, errorCode: envelope.errorCode, description: envelope.description.map(redact),
        parameters: envelope.parameters)
    }
    do {
      guard let result = try decoder.decode(APIResponse<Result>.self, from: response.body).result else {
        throw TelegramError.invalidResponse("no result")
      }
      return result
    } catch let error as TelegramError {
      throw error
    } catch {
      throw .invalidResponse("unexpected result: \(redact(String(describing: error)))")
    }
  }

  /// The fields of every response, whatever the result type.
  struct Envelope: Decodable {
    var ok: Bool
    var description: String?
    var errorCode: Int?
    var parameters: ResponseParameters?

    enum CodingKeys: String, CodingKey {
      case ok, description, parameters
      case errorCode = "error_code"
    }
  }
}
