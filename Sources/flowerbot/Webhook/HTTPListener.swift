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

/// A small HTTP/1.1 listener over plain sockets (no server framework, no build cost): one
/// thread per connection, keep-alive, Content-Length bodies. The handler may block (it waits
/// for the update's commit). TLS is the reverse proxy's job (see README, Deployment).
final class HTTPListener: @unchecked Sendable {
  let port: UInt16
  private let listener: Int32
  private let maxBody: Int
  private let handler: @Sendable (HTTPRequest) -> HTTPResponse
  private let lock = NSLock()
  private var clients: Set<Int32> = []
  private var stopped = false

  /// Binds `host:port` (an IPv4 address; port 0 picks a free one) and starts accepting.
  init(
    host: String, port: UInt16, maxBody: Int = 1 << 20, handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse
  )
    throws(WebhookError)
  {
    self.handler = handler
    self.maxBody = maxBody
    let listener = socket(AF_INET, streamSocket, 0)
    guard listener >= 0 else { throw .listen("socket() failed") }
    var yes: Int32 = 1
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
      close(listener)
      throw .listen("\(host) is not an IPv4 address")
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(listener, 128) == 0 else {
      close(listener)
      throw .listen("cannot listen on \(host):\(port): \(String(cString: strerror(errno)))")
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
    }
    self.port = UInt16(bigEndian: address.sin_port)
    self.listener = listener
    Thread { [self] in acceptLoop() }.start()
  }

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
      Thread { [self] in
        serve(client)
        lock.withLock { _ = clients.remove(client) }
        close(client)
      }.start()
    }
  }

  private func serve(_ client: Int32) {
    var reader = HTTPRequestReader(socket: client, maxBody: maxBody)
    while true {
      switch reader.next() {
      case .success(let request):
        guard write(client, handler(request), keepAlive: true) else { return }
      case .failure(.tooLarge):
        write(client, .text(413, "too large"), keepAlive: false)
        return
      case .failure(.malformed):
        write(client, .text(400, "bad request"), keepAlive: false)
        return
      case .failure(.closed):
        return
      }
    }
  }

  @discardableResult
  private func write(_ client: Int32, _ response: HTTPResponse, keepAlive: Bool) -> Bool {
    var head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
    head += "Content-Type: \(response.contentType)\r\nContent-Length: \(response.body.count)\r\n"
    head += "Connection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
    return (Data(head.utf8) + response.body).withUnsafeBytes { buffer in
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
    case 405: "Method Not Allowed"
    case 413: "Content Too Large"
    case 429: "Too Many Requests"
    case 503: "Service Unavailable"
    default: "Error"
    }
  }
}
