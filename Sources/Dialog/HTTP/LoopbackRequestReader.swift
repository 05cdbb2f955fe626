import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads HTTP/1.1 requests one after another from a keep-alive connection. A head over 16 KiB
/// or a peer that goes away ends the connection; the framing is checked before `Expect:
/// 100-continue` is answered, so a body that would be refused is never invited.
struct LoopbackRequestReader {
  /// Why no request came.
  enum Failure: Error, Equatable {
    /// The peer closed the connection (or its head outgrew the limit).
    case closed
    /// The body is over `maxBody`: answered 413.
    case tooLarge
    /// Not HTTP/1.1 as this server speaks it, or a chunked body where none is accepted: 400.
    case malformed
  }

  private enum Framing { case length(Int), chunked }

  static let headLimit = 16 * 1024
  private static let crlf: [UInt8] = [13, 10]
  private let socket: Int32
  private let options: LoopbackHTTPServer.Options
  private var buffer: [UInt8] = []
  private var scratch = [UInt8](repeating: 0, count: 64 * 1024)

  init(socket: Int32, options: LoopbackHTTPServer.Options) {
    self.socket = socket
    self.options = options
  }

  /// The next request; `sendContinue` writes the interim 100 and says whether that worked.
  mutating func next(sendContinue: () -> Bool) -> Result<LoopbackRequest, Failure> {
    guard let headEnd = readUntil(Self.crlf + Self.crlf, limit: Self.headLimit) else { return .failure(.closed) }
    let head = String(decoding: buffer[0..<headEnd], as: UTF8.self)
    buffer.removeFirst(headEnd + 4)
    var lines = head.components(separatedBy: "\r\n")
    let requestLine = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: false)
    guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1."), !requestLine[0].isEmpty,
      !requestLine[1].isEmpty
    else { return .failure(.malformed) }
    var headers: [String: String] = [:]
    for line in lines {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    let framing: Framing
    switch bodyFraming(headers) {
    case .success(let found): framing = found
    case .failure(let failure): return .failure(failure)
    }
    if headers["expect"]?.lowercased() == "100-continue", !sendContinue() { return .failure(.closed) }
    let body: Result<Data, Failure>
    switch framing {
    case .length(let count): body = readExactly(count).map { .success(Data($0)) } ?? .failure(.closed)
    case .chunked: body = readChunked()
    }
    return body.map {
      LoopbackRequest(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers, body: $0)
    }
  }

  private func bodyFraming(_ headers: [String: String]) -> Result<Framing, Failure> {
    if let coding = headers["transfer-encoding"] {
      // Both framings at once is how requests get smuggled: refused, like any other coding.
      guard options.acceptsChunkedBodies, coding.lowercased() == "chunked", headers["content-length"] == nil
      else { return .failure(.malformed) }
      return .success(.chunked)
    }
    guard let length = Int(headers["content-length"] ?? "0"), length >= 0 else { return .failure(.malformed) }
    return length <= options.maxBody ? .success(.length(length)) : .failure(.tooLarge)
  }

  private mutating func readChunked() -> Result<Data, Failure> {
    var body = Data()
    while true {
      guard let line = readLine() else { return .failure(.closed) }
      let digits = line.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) }
      guard let size = Int(digits ?? "", radix: 16), size >= 0 else { return .failure(.malformed) }
      if size == 0 { return skipTrailers().map { body } }
      guard size <= options.maxBody - body.count else { return .failure(.tooLarge) }
      guard let chunk = readExactly(size + 2) else { return .failure(.closed) }
      guard chunk.suffix(2).elementsEqual(Self.crlf) else { return .failure(.malformed) }
      body.append(contentsOf: chunk.prefix(size))
    }
  }

  /// Trailer fields after the last chunk are read and dropped, up to the blank line.
  private mutating func skipTrailers() -> Result<Void, Failure> {
    for _ in 0..<64 {
      guard let line = readLine() else { return .failure(.closed) }
      if line.isEmpty { return .success(()) }
    }
    return .failure(.malformed)
  }

  private mutating func readLine() -> String? {
    guard let end = readUntil(Self.crlf, limit: Self.headLimit) else { return nil }
    let line = String(decoding: buffer[0..<end], as: UTF8.self)
    buffer.removeFirst(end + 2)
    return line
  }

  /// Where `marker` starts in the buffer, reading more as needed; nil when the peer closed or
  /// `limit` bytes came without it.
  private mutating func readUntil(_ marker: [UInt8], limit: Int) -> Int? {
    var from = 0
    while true {
      while from + marker.count <= buffer.count {
        if buffer[from..<(from + marker.count)].elementsEqual(marker) { return from }
        from += 1
      }
      guard buffer.count < limit, fill() else { return nil }
    }
  }

  private mutating func readExactly(_ count: Int) -> [UInt8]? {
    while buffer.count < count {
      guard fill() else { return nil }
    }
    let bytes = Array(buffer[0..<count])
    buffer.removeFirst(count)
    return bytes
  }

  private mutating func fill() -> Bool {
    while true {
      let count = recv(socket, &scratch, scratch.count, 0)
      if count > 0 {
        buffer.append(contentsOf: scratch[0..<count])
        return true
      }
      if count < 0, errno == EINTR { continue }
      return false
    }
  }
}
