import Dialog
import Foundation

/// The requests a server's handler saw, in order.
final class HandledRequests: @unchecked Sendable {
  private let lock = NSLock()
  private var requests: [LoopbackRequest] = []

  var all: [LoopbackRequest] { lock.withLock { requests } }

  /// A handler that records each request and answers `METHOD PATH BODY` as text.
  func echo(_ request: LoopbackRequest) -> LoopbackResponse {
    lock.withLock { requests.append(request) }
    return .text(200, "\(request.method) \(request.path) \(String(decoding: request.body, as: UTF8.self))")
  }
}

/// A server with `options` whose handler echoes, one connection to it, stopped afterwards.
func withEchoServer(
  _ options: LoopbackHTTPServer.Options = .init(), _ body: (RawConnection, HandledRequests) throws -> Void
) throws {
  let handled = HandledRequests()
  let server = try LoopbackHTTPServer(options: options, handler: handled.echo)
  defer { server.stop() }
  try body(try RawConnection(port: server.port), handled)
}

/// One request on a fresh connection to an echo server: the answer, whether the server closed
/// the connection after it, and what the handler saw (nothing, for a refused request).
struct Exchange: Equatable {
  var answer: RawConnection.Answer?
  var closed = true
  var handled: [LoopbackRequest] = []

  init(_ answer: RawConnection.Answer) { self.answer = answer }

  /// Sends `request` to a fresh echo server with `options`.
  init(_ request: String, _ options: LoopbackHTTPServer.Options = .init()) throws {
    var outcome: Exchange?
    try withEchoServer(options) { connection, handled in
      connection.write(request)
      let answer = connection.readAnswer()
      outcome = Exchange(answer: answer, closed: connection.isClosedByServer(), handled: handled.all)
    }
    self = outcome!
  }

  private init(answer: RawConnection.Answer?, closed: Bool, handled: [LoopbackRequest]) {
    self.answer = answer
    self.closed = closed
    self.handled = handled
  }
}
