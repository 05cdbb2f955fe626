import Dialog
import Foundation
import Testing

@Suite struct LoopbackHTTPServerLifecycleTests {
  @Test func stopClosesOpenConnections() throws {
    let handled = HandledRequests()
    let server = try LoopbackHTTPServer(handler: handled.echo)
    let first = try RawConnection(port: server.port)
    let second = try RawConnection(port: server.port)
    for connection in [first, second] {
      connection.write("GET /ping HTTP/1.1\r\n\r\n")
      #expect(connection.readAnswer()?.status == 200)
    }

    server.stop()
    #expect(first.isClosedByServer())
    #expect(second.isClosedByServer())
  }

  @Test func connectionCloseEndsTheConnectionAfterTheAnswer() throws {
    let request = "GET /bye HTTP/1.1\r\nConnection: close\r\n\r\n"
    var expected = Exchange(LoopbackHTTPServerTests.answer(200, "GET /bye ", connection: "close"))
    expected.handled = [LoopbackRequest(method: "GET", path: "/bye", headers: ["connection": "close"], body: Data())]
    #expect(try Exchange(request) == expected)
  }

  @Test func aHeadAnswerCarriesTheLengthButNoBody() throws {
    try withEchoServer { connection, _ in
      connection.write("HEAD /healthz HTTP/1.1\r\n\r\nGET /next HTTP/1.1\r\n\r\n")
      #expect(
        connection.readHead()
          == "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 14\r\n"
          + "Connection: keep-alive\r\n\r\n")
      #expect(connection.readAnswer() == LoopbackHTTPServerTests.answer(200, "GET /next ", connection: "keep-alive"))
    }
  }

  @Test func aHostThatIsNotIPv4IsRefused() {
    #expect(throws: LoopbackHTTPServerError.notIPv4("localhost")) {
      try LoopbackHTTPServer(host: "localhost", handler: HandledRequests().echo)
    }
    #expect(LoopbackHTTPServerError.notIPv4("::1").description == "::1 is not an IPv4 address")
  }

  @Test func aTakenPortIsRefused() throws {
    let first = try LoopbackHTTPServer(handler: HandledRequests().echo)
    defer { first.stop() }
    #expect(
      throws: LoopbackHTTPServerError.cannotListen(
        host: "127.0.0.1", port: first.port, reason: "Address already in use")
    ) {
      try LoopbackHTTPServer(port: first.port, handler: HandledRequests().echo)
    }
  }
}
