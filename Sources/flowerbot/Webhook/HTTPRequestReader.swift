import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A request the webhook listener received.
struct HTTPRequest: Sendable {
  var method: String
  var path: String
  var headers: [String: String]
  var body: Data

  func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// The listener's answer.
struct HTTPResponse: Sendable {
  var status: Int
  var body: Data
  var contentType = "application/json"

  static func text(_ status: Int, _ text: String) -> HTTPResponse {
    HTTPResponse(status: status, body: Data(text.utf8), contentType: "text/plain; charset=utf-8")
  }
}

/// Reads HTTP/1.1 requests from a socket, one after another on a keep-alive connection; heads
/// over 16 KiB and bodies over `maxBody` end the connection (a webhook update is a few KiB).
struct HTTPRequestReader {
  let socket: Int32
  let maxBody: Int
  var buffer = Data()

  init(socket: Int32, maxBody: Int) {
    self.socket = socket
    self.maxBody = maxBody
  }

  enum Failure: Error { case closed, tooLarge, malformed }

  mutating func next() -> Result<HTTPRequest, Failure> {
    guard let headEnd = readUntil(Data("\r\n\r\n".utf8), limit: 16 * 1024) else { return .failure(.closed) }
    let head = String(decoding: buffer[buffer.startIndex..<headEnd], as: UTF8.self)
    buffer.removeSubrange(buffer.startIndex..<(headEnd + 4))
    var lines = head.components(separatedBy: "\r\n")
    let requestLine = lines.removeFirst().split(separator: " ")
    guard requestLine.count >= 2 else { return .failure(.malformed) }
    var headers: [String: String] = [:]
    for line in lines {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    // Telegram sends Content-Length; chunked bodies are refused rather than half-supported.
    if headers["transfer-encoding"] != nil { return .failure(.malformed) }
    guard let length = Int(headers["content-length"] ?? "0"), length >= 0 else { return .failure(.malformed) }
    guard length <= maxBody else { return .failure(.tooLarge) }
    guard let body = readExactly(length) else { return .failure(.closed) }
    return .success(
      HTTPRequest(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers, body: body))
  }

  private mutating func readUntil(_ marker: Data, limit: Int) -> Data.Index? {
    while true {
      if let range = buffer.range(of: marker) { return range.lowerBound }
      guard buffer.count < limit, fill() else { return nil }
    }
  }

  private mutating func readExactly(_ count: Int) -> Data? {
    while buffer.count < count {
      guard fill() else { return nil }
    }
    let data = Data(buffer.prefix(count))
    buffer = Data(buffer.dropFirst(count))
    return data
  }

  private mutating func fill() -> Bool {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    let count = recv(socket, &chunk, chunk.count, 0)
    guard count > 0 else { return false }
    buffer = Data(buffer) + chunk[0..<count]
    return true
  }
}
