import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A small HTTP/1.1 server over plain sockets (no server framework, no build cost): one thread
/// per connection, so a handler may block (a webhook waits for its update's commit, a Bot API
/// double holds a long poll); keep-alive; `Expect: 100-continue`; Content-Length bodies, and
/// chunked ones when `Options.acceptsChunkedBodies` says so. It binds an IPv4 address, 127.0.0.1
/// unless told otherwise; TLS is a reverse proxy's job.
///
/// Bad requests end their connection: 400 `bad request` for a malformed head or a refused
/// chunked body, 413 `too large` for a body over `Options.maxBody`.
public final class LoopbackHTTPServer: @unchecked Sendable {
  /// What may differ between the servers one process runs.
  public struct Options: Sendable, Equatable {
    /// The largest body accepted, in bytes; a larger one is answered 413.
    public var maxBody: Int
    /// Whether `Transfer-Encoding: chunked` bodies are read (URLSession on Linux uploads
    /// multipart that way) or answered 400 (Telegram's webhook calls carry Content-Length).
    public var acceptsChunkedBodies: Bool

    /// 1 MiB and no chunked bodies, a webhook's needs, unless told otherwise.
    public init(maxBody: Int = 1 << 20, acceptsChunkedBodies: Bool = false) {
      self.maxBody = maxBody
      self.acceptsChunkedBodies = acceptsChunkedBodies
    }
  }

  /// The address it listens on, as given.
  public let host: String
  /// The port it listens on: the kernel's pick when 0 was asked for.
  public let port: UInt16
  private let sockets: ListeningSockets
  private let options: Options
  private let handler: @Sendable (LoopbackRequest) -> LoopbackResponse
  private let lock = NSLock()
  private var clients: Set<Int32> = []
  private var stopped = false
  private let acceptLoopEnded = DispatchSemaphore(value: 0)

  /// Binds `host:port` (an IPv4 address; port 0 picks a free one) and starts accepting; every
  /// request goes to `handler` on its connection's thread.
  public init(
    host: String = "127.0.0.1", port: UInt16 = 0, options: Options = Options(),
    handler: @escaping @Sendable (LoopbackRequest) -> LoopbackResponse
  ) throws(LoopbackHTTPServerError) {
    sockets = try Self.makeListener(host: host, port: port)
    self.port = sockets.port
    self.host = host
    self.options = options
    self.handler = handler
    Thread { [self] in acceptLoop() }.start()
  }

  /// `http://host:port`, for clients of a server on a concrete address.
  public var baseURL: URL { URL(string: "http://\(host):\(port)")! }

  /// Closes every open connection and the listener (the port is free when it returns); a
  /// handler still running finishes, but its answer goes nowhere. Later calls do nothing.
  public func stop() {
    let first = lock.withLock { () -> Bool in
      if stopped { return false }
      stopped = true
      // Under the lock, as connection threads close their sockets under it: a number here
      // cannot have been reused for another file meanwhile.
      for client in clients { shutdown(client, Int32(SHUT_RDWR)) }
      return true
    }
    guard first else { return }
    var byte: UInt8 = 0
    _ = write(sockets.wakeWrite, &byte, 1)
    acceptLoopEnded.wait()
    close(sockets.wakeWrite)
  }

  /// Only this thread closes the listener, so it never accepts on a number reused elsewhere.
  private func acceptLoop() {
    defer {
      close(sockets.listener)
      close(sockets.wakeRead)
      acceptLoopEnded.signal()
    }
    while Self.awaitConnection(sockets) {
      guard let client = Self.acceptClient(sockets.listener) else { continue }
      // Accepted just as stop() ran: closed here, since stop() did not see it.
      guard lock.withLock({ stopped ? false : clients.insert(client).inserted }) else {
        close(client)
        return
      }
      Thread { [self] in
        serve(client)
        lock.withLock {
          clients.remove(client)
          close(client)
        }
      }.start()
    }
  }

  private func serve(_ client: Int32) {
    var reader = LoopbackRequestReader(socket: client, options: options)
    while true {
      switch reader.next(sendContinue: { Self.sendAll(client, Data("HTTP/1.1 100 Continue\r\n\r\n".utf8)) }) {
      case .success(let request):
        let keepAlive = !(request.header("connection")?.lowercased().contains("close") ?? false)
        let response = handler(request)
        guard Self.sendAll(client, Self.encode(response, keepAlive: keepAlive, withBody: request.method != "HEAD")),
          keepAlive
        else { return }
      case .failure(.tooLarge):
        Self.sendAll(client, Self.encode(.text(413, "too large"), keepAlive: false, withBody: true))
        return
      case .failure(.malformed):
        Self.sendAll(client, Self.encode(.text(400, "bad request"), keepAlive: false, withBody: true))
        return
      case .failure(.closed):
        return
      }
    }
  }

  private static func encode(_ response: LoopbackResponse, keepAlive: Bool, withBody: Bool) -> Data {
    var head = "HTTP/1.1 \(response.status) \(LoopbackResponse.reason(response.status))\r\n"
    head += "Content-Type: \(response.contentType)\r\nContent-Length: \(response.body.count)\r\n"
    head += "Connection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
    return withBody ? Data(head.utf8) + response.body : Data(head.utf8)
  }
}

/// Why a `LoopbackHTTPServer` could not start.
public enum LoopbackHTTPServerError: Error, Equatable, CustomStringConvertible {
  /// No socket could be made.
  case socket
  /// The host is not an IPv4 address in dotted form.
  case notIPv4(String)
  /// `bind` or `listen` failed, e.g. the port is taken; `reason` is the system's word for it.
  case cannotListen(host: String, port: UInt16, reason: String)

  public var description: String {
    switch self {
    case .socket: "socket() failed"
    case .notIPv4(let host): "\(host) is not an IPv4 address"
    case .cannotListen(let host, let port, let reason): "cannot listen on \(host):\(port): \(reason)"
    }
  }
}
