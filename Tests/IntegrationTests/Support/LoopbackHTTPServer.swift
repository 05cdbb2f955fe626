import Foundation

#if canImport(Glibc)
  import Glibc
  private let streamSocket = Int32(SOCK_STREAM.rawValue)
  private let noSignal = Int32(MSG_NOSIGNAL)
#elseif canImport(Darwin)
  import Darwin
  private let streamSocket = SOCK_STREAM
  private let noSignal: Int32 = 0
#endif

/// A request the test server received.
struct ReceivedRequest: Sendable {
  var method: String
  var path: String
  var headers: [String: String]
  var body: Data

  func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// The answer to a request.
struct ServerResponse: Sendable {
  var status: Int
  var body: Data
  var contentType = "application/json"
}

/// A tiny HTTP/1.1 server on 127.0.0.1 with an ephemeral port: keep-alive, `Expect:
/// 100-continue`, Content-Length and chunked bodies, one thread per connection (a handler may
/// block, as a held long poll does). Nothing beyond the C library is needed.
final class LoopbackHTTPServer: @unchecked Sendable {
  let port: UInt16
  private let listener: Int32
  private let handler: @Sendable (ReceivedRequest) -> ServerResponse
  private let lock = NSLock()
  private var clients: Set<Int32> = []
  private var stopped = false

  init(handler: @escaping @Sendable (ReceivedRequest) -> ServerResponse) throws {
    self.handler = handler
    let listener = socket(AF_INET, streamSocket, 0)
    guard listener >= 0 else { throw ServerError.socket("socket") }
    var yes: Int32 = 1
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(listener, 64) == 0 else { throw ServerError.socket("bind/listen") }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
    }
    port = UInt16(bigEndian: address.sin_port)
    self.listener = listener
    let thread = Thread { [self] in acceptLoop() }
    thread.start()
  }

  var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

  /// Closes the listener and every connection.
  func stop() {
    let open = lock.withLock { () -> Set<Int32> in
      stopped = true
      return clients
    }
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
    for client in open { shutdown(client, Int32(SHUT_RDWR)) }
  }

  private func acceptLoop() {
    while true {
      let client = accept(listener, nil, nil)
      if client < 0 {
        if lock.withLock({ stopped }) { return }
        continue
      }
      var yes: Int32 = 1
      setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
      lock.withLock { _ = clients.insert(client) }
      let thread = Thread { [self] in
        serve(client)
        lock.withLock { _ = clients.remove(client) }
        close(client)
      }
      thread.start()
    }
  }

  private func serve(_ client: Int32) {
    var reader = SocketReader(socket: client)
    while let request = reader.readRequest(onExpectContinue: {
      write(client, Data("HTTP/1.1 100 Continue\r\n\r\n".utf8))
    }) {
      let response = handler(request)
      var head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
      head += "Content-Type: \(response.contentType)\r\nContent-Length: \(response.body.count)\r\n"
      head += "Connection: keep-alive\r\n\r\n"
      guard write(client, Data(head.utf8) + response.body) else { return }
    }
  }

  @discardableResult
  private func write(_ client: Int32, _ data: Data) -> Bool {
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = send(client, buffer.baseAddress! + offset, buffer.count - offset, noSignal)
        if written <= 0 { return false }
        offset += written
      }
      return true
    }
  }

  static func reason(_ status: Int) -> String {
    switch status {
    case 200: "OK"
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 409: "Conflict"
    case 429: "Too Many Requests"
    default: "Error"
    }
  }
}

enum ServerError: Error {
  case socket(String)
}
