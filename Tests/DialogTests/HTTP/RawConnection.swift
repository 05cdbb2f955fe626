import Foundation

#if canImport(Glibc)
  import Glibc
  private let streamSocket = Int32(SOCK_STREAM.rawValue)
#elseif canImport(Darwin)
  import Darwin
  private let streamSocket = SOCK_STREAM
#endif

/// A client connection that writes exact bytes and reads exact answers, so tests see the wire
/// as it is: a read that never comes fails after 10 s instead of hanging the run.
final class RawConnection {
  /// A response as read off the wire.
  struct Answer: Equatable {
    var status: Int
    var headers: [String: String]
    var body: String
  }

  private let fd: Int32
  private var buffer: [UInt8] = []

  init(port: UInt16) throws {
    fd = socket(AF_INET, streamSocket, 0)
    var guardTime = timeval(tv_sec: 10, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &guardTime, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(fd)
      throw POSIXError(.ECONNREFUSED)
    }
  }

  deinit { close(fd) }

  func write(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress!, $0.count, 0) }
  }

  /// Everything up to and including the next blank line, e.g. an interim `100 Continue`.
  func readHead() -> String? {
    guard let end = find(Array("\r\n\r\n".utf8)) else { return nil }
    let head = String(decoding: buffer[0..<(end + 4)], as: UTF8.self)
    buffer.removeFirst(end + 4)
    return head
  }

  /// The next response, its body read by Content-Length; nil when the server closed first.
  func readAnswer() -> Answer? {
    guard let head = readHead() else { return nil }
    var lines = head.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    let status = Int(lines.removeFirst().split(separator: " ")[1]) ?? 0
    var headers: [String: String] = [:]
    for line in lines {
      let parts = line.split(separator: ":", maxSplits: 1)
      headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces)
    }
    let length = Int(headers["content-length"] ?? "0") ?? 0
    while buffer.count < length {
      guard fill() else { return nil }
    }
    let body = String(decoding: buffer[0..<length], as: UTF8.self)
    buffer.removeFirst(length)
    return Answer(status: status, headers: headers, body: body)
  }

  /// Whether the server closed the connection (end of stream, nothing more to read).
  func isClosedByServer() -> Bool { buffer.isEmpty && recv(fd, &scratch, scratch.count, 0) == 0 }

  private var scratch = [UInt8](repeating: 0, count: 4096)

  private func find(_ marker: [UInt8]) -> Int? {
    while true {
      if buffer.count >= marker.count {
        for start in 0...(buffer.count - marker.count)
        where buffer[start..<(start + marker.count)].elementsEqual(marker) {
          return start
        }
      }
      guard fill() else { return nil }
    }
  }

  private func fill() -> Bool {
    let count = recv(fd, &scratch, scratch.count, 0)
    guard count > 0 else { return false }
    buffer.append(contentsOf: scratch[0..<count])
    return true
  }
}
