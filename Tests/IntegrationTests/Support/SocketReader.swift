import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads HTTP/1.1 requests from a socket, one after another on a keep-alive connection.
struct SocketReader {
  let socket: Int32
  var buffer = Data()

  init(socket: Int32) { self.socket = socket }

  /// The next request, or nil when the peer closed the connection.
  mutating func readRequest(onExpectContinue: () -> Void) -> ReceivedRequest? {
    guard let headEnd = readUntil(Data("\r\n\r\n".utf8)) else { return nil }
    let head = String(decoding: buffer[buffer.startIndex..<headEnd], as: UTF8.self)
    buffer.removeSubrange(buffer.startIndex..<(headEnd + 4))
    var lines = head.components(separatedBy: "\r\n")
    let requestLine = lines.removeFirst().split(separator: " ")
    guard requestLine.count >= 2 else { return nil }
    var headers: [String: String] = [:]
    for line in lines {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let name = line[..<colon].lowercased()
      headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    if headers["expect"]?.lowercased() == "100-continue" { onExpectContinue() }
    let body: Data
    if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
      guard let chunked = readChunked() else { return nil }
      body = chunked
    } else {
      guard let data = readExactly(Int(headers["content-length"] ?? "0") ?? 0) else { return nil }
      body = data
    }
    return ReceivedRequest(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers, body: body)
  }

  mutating func readChunked() -> Data? {
    var body = Data()
    while true {
      guard let lineEnd = readUntil(Data("\r\n".utf8)) else { return nil }
      let sizeLine = String(decoding: buffer[buffer.startIndex..<lineEnd], as: UTF8.self)
      buffer.removeSubrange(buffer.startIndex..<(lineEnd + 2))
      let size = Int(sizeLine.split(separator: ";").first ?? "", radix: 16) ?? 0
      guard let chunk = readExactly(size + 2) else { return nil }
      if size == 0 { return body }
      body.append(chunk.prefix(size))
    }
  }

  /// The index in `buffer` where `marker` starts, reading more as needed.
  mutating func readUntil(_ marker: Data) -> Data.Index? {
    while true {
      if let range = buffer.range(of: marker) { return range.lowerBound }
      guard fill() else { return nil }
    }
  }

  mutating func readExactly(_ count: Int) -> Data? {
    while buffer.count < count {
      guard fill() else { return nil }
    }
    let data = Data(buffer.prefix(count))
    buffer.removeFirst(count)
    return data
  }

  mutating func fill() -> Bool {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    let count = recv(socket, &chunk, chunk.count, 0)
    guard count > 0 else { return false }
    buffer.append(contentsOf: chunk[0..<count])
    // Keep indices zero-based for the slicing above.
    buffer = Data(buffer)
    return true
  }
}
