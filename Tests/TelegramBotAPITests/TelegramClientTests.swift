import Foundation
import Testing

@testable import TelegramBotAPI

/// Answers every request with one canned response and remembers the requests.
final class CannedTransport: HTTPTransport, @unchecked Sendable {
  private let lock = NSLock()
  private var responses: [Result<HTTPResponse, TransportError>]
  private(set) var requests: [HTTPRequest] = []

  init(_ responses: [Result<HTTPResponse, TransportError>]) { self.responses = responses }

  convenience init(status: Int = 200, json: String) {
    self.init([.success(HTTPResponse(status: status, body: Data(json.utf8)))])
  }

  func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
    let next = lock.withLock { () -> Result<HTTPResponse, TransportError> in
      requests.append(request)
      return responses.count > 1 ? responses.removeFirst() : responses[0]
    }
    return try next.get()
  }
}

@Suite struct TelegramClientTests {
  let token = BotToken("123:SECRET")!

  func client(_ transport: CannedTransport) -> TelegramClient {
    TelegramClient(token: token, apiURL: URL(string: "http://127.0.0.1:8081/")!, transport: transport)
  }

  @Test func postsJSONToTheMethodURLAndDecodesTheResult() async throws {
    let transport = CannedTransport(
      json: #"{"ok":true,"result":{"id":42,"is_bot":true,"first_name":"Bot","username":"b_bot"}}"#)
    let me = try await client(transport).call(GetMe())
    #expect(me.username == "b_bot")
    let request = try #require(transport.requests.first)
    #expect(request.url.absoluteString == "http://127.0.0.1:8081/bot123:SECRET/getMe")
    #expect(request.method == "POST")
    #expect(request.headers["Content-Type"] == "application/json")
  }

  @Test func uploadsALocalPhotoAsMultipartWithTheFileInThePhotoField() async throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("rose-\(UUID().uuidString).jpg")
    try Data([0xFF, 0xD8, 0xFF, 0xE0]).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let transport = CannedTransport(
      json: #"{"ok":true,"result":{"message_id":5,"chat":{"id":1,"type":"private"},"date":0}}"#)
    let call = SendPhoto(
      chatID: 1, photo: .upload(path: file.path), caption: "<b>Розы</b>", parseMode: .html,
      replyMarkup: .inline(InlineKeyboardMarkup(inlineKeyboard: [[.callback("1", data: "q1")]])))
    let sent = try await client(transport).call(call)
    #expect(sent.messageID == 5)
    let request = try #require(transport.requests.first)
    let contentType = try #require(request.headers["Content-Type"])
    #expect(contentType.hasPrefix("multipart/form-data; boundary="))
    let body = String(decoding: request.body ?? Data(), as: UTF8.self)
    #expect(body.contains("name=\"chat_id\"\r\n\r\n1\r\n"))
    #expect(body.contains("name=\"caption\"\r\n\r\n<b>Розы</b>\r\n"))
    #expect(body.contains("name=\"parse_mode\"\r\n\r\nHTML\r\n"))
    #expect(
      body.contains(
        #"name="reply_markup""# + "\r\n\r\n" + #"{"inline_keyboard":[[{"callback_data":"q1","text":"1"}]]}"#))
    #expect(body.contains("name=\"photo\"; filename=\"\(file.lastPathComponent)\"\r\nContent-Type: image/jpeg"))
    #expect(!body.contains("attach://"))
  }

  @Test func anAlbumReferencesItsUploadsByAttachName() async throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("a-\(UUID().uuidString).png")
    try Data([1, 2, 3]).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let transport = CannedTransport(json: #"{"ok":true,"result":[]}"#)
    let album = SendMediaGroup(
      chatID: 1, media: [InputMediaPhoto(media: .upload(path: file.path)), InputMediaPhoto(media: .fileID("AgAD"))])
    _ = try await client(transport).call(album)
    let body = String(decoding: transport.requests.first?.body ?? Data(), as: UTF8.self)
    #expect(body.contains("attach://\(file.lastPathComponent)"))
    #expect(body.contains("name=\"\(file.lastPathComponent)\"; filename=\"\(file.lastPathComponent)\""))
  }

  @Test func anUnreadableUploadFailsBeforeAnyRequest() async {
    let transport = CannedTransport(json: "{}")
    await #expect(throws: TelegramError.unreadableUpload("missing.jpg")) {
      try await client(transport).call(SendPhoto(chatID: 1, photo: .upload(path: "/nonexistent/missing.jpg")))
    }
    #expect(transport.requests.isEmpty)
  }

  @Test(arguments: [
    (
      400, #"{"ok":false,"error_code":400,"description":"Bad Request: message text is empty"}"#,
      TelegramError.badRequest("Bad Request: message text is empty")
    ),
    (401, #"{"ok":false,"error_code":401,"description":"Unauthorized"}"#, .unauthorized),
    (
      403, #"{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}"#,
      .forbidden(.blockedByUser, "Forbidden: bot was blocked by the user")
    ),
    (
      403, #"{"ok":false,"error_code":403,"description":"Forbidden: user is deactivated"}"#,
      .forbidden(.userDeactivated, "Forbidden: user is deactivated")
    ),
    (
      403, #"{"ok":false,"error_code":403,"description":"Forbidden: bot can't initiate conversation with a user"}"#,
      .forbidden(.cannotInitiate, "Forbidden: bot can't initiate conversation with a user")
    ),
    (
      409, #"{"ok":false,"error_code":409,"description":"Conflict: terminated by other getUpdates request"}"#,
      .conflict("Conflict: terminated by other getUpdates request")
    ),
    (
      429,
      #"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}"#,
      .tooManyRequests(retryAfter: 7)
    ),
    (502, "<html>Bad Gateway</html>", .server(status: 502, "HTTP 502")),
    (200, "not json", .invalidResponse("not a Bot API response")),
  ])
  func failedCallsBecomeTypedErrors(status: Int, json: String, error: TelegramError) async {
    await #expect(throws: error) { try await client(CannedTransport(status: status, json: json)).call(GetMe()) }
  }

  @Test func networkFailuresAreTypedAndNeverCarryTheToken() async {
    let transport = CannedTransport([.failure(.connection("cannot reach http://x/bot123:SECRET/getMe"))])
    await #expect(throws: TelegramError.network("cannot reach http://x/bot<token>/getMe")) {
      try await client(transport).call(GetMe())
    }
    await #expect(throws: TelegramError.timedOut) {
      try await client(CannedTransport([.failure(.timedOut)])).call(GetMe())
    }
    #expect(TelegramError.timedOut.isRetryable && !TelegramError.unauthorized.isRetryable)
  }

  @Test func downloadsAFileByItsPathAndRefusesOneTooLarge() async throws {
    let transport = CannedTransport([
      .success(
        HTTPResponse(
          status: 200,
          body: Data(
            #"{"ok":true,"result":{"file_id":"F","file_unique_id":"U","file_size":3,"file_path":"photos/f.jpg"}}"#.utf8)
        )),
      .success(HTTPResponse(status: 200, body: Data([1, 2, 3]))),
    ])
    #expect(try await client(transport).downloadFile(fileID: "F", maxBytes: 10) == Data([1, 2, 3]))
    #expect(transport.requests.last?.url.absoluteString == "http://127.0.0.1:8081/file/bot123:SECRET/photos/f.jpg")
    #expect(transport.requests.last?.method == "GET")
    let big = CannedTransport(json: #"{"ok":true,"result":{"file_id":"F","file_unique_id":"U","file_size":30000000}}"#)
    await #expect(throws: TelegramError.fileTooLarge(bytes: 30_000_000)) {
      try await client(big).downloadFile(fileID: "F", maxBytes: 20_000_000)
    }
  }
}
