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

extension LoopbackHTTPServer {
  /// A non-blocking listening socket, the port it got, and the pipe `stop()` writes to so the
  /// accept loop wakes up.
  struct ListeningSockets {
    var listener: Int32
    var port: UInt16
    var wakeRead: Int32
    var wakeWrite: Int32
  }

  /// A listening socket on `host:port`.
  static func makeListener(host: String, port: UInt16) throws(LoopbackHTTPServerError) -> ListeningSockets {
    let listener = socket(AF_INET, streamSocket, 0)
    guard listener >= 0 else { throw .socket }
    var yes: Int32 = 1
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    #if canImport(Darwin)
      setsockopt(listener, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
    #endif
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
      close(listener)
      throw .notIPv4(host)
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(listener, 128) == 0 else {
      let reason = String(cString: strerror(errno))
      close(listener)
      throw .cannotListen(host: host, port: port, reason: reason)
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
    }
    var pipeEnds: [Int32] = [-1, -1]
    guard pipe(&pipeEnds) == 0 else {
      close(listener)
      throw .socket
    }
    _ = fcntl(listener, F_SETFL, fcntl(listener, F_GETFL) | O_NONBLOCK)
    return ListeningSockets(
      listener: listener, port: UInt16(bigEndian: address.sin_port), wakeRead: pipeEnds[0], wakeWrite: pipeEnds[1])
  }

  /// Waits for a pending connection (true) or a word from `stop()` (false).
  static func awaitConnection(_ sockets: ListeningSockets) -> Bool {
    var fds = [
      pollfd(fd: sockets.listener, events: Int16(POLLIN), revents: 0),
      pollfd(fd: sockets.wakeRead, events: Int16(POLLIN), revents: 0),
    ]
    while true {
      let ready = poll(&fds, nfds_t(fds.count), -1)
      if ready < 0, errno == EINTR { continue }
      return ready > 0 && fds[1].revents == 0
    }
  }

  /// The pending connection, blocking and without Nagle's delay; nil when it went away first.
  static func acceptClient(_ listener: Int32) -> Int32? {
    let client = accept(listener, nil, nil)
    guard client >= 0 else { return nil }
    // BSD sockets inherit the listener's O_NONBLOCK; reads here block on purpose.
    _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) & ~O_NONBLOCK)
    var yes: Int32 = 1
    setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
    return client
  }

  /// Writes all of `data`; false when the peer is gone.
  @discardableResult
  static func sendAll(_ client: Int32, _ data: Data) -> Bool {
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = send(client, buffer.baseAddress! + offset, buffer.count - offset, noSignal)
        if written < 0, errno == EINTR { continue }
        if written <= 0 { return false }
        offset += written
      }
      return true
    }
  }
}
