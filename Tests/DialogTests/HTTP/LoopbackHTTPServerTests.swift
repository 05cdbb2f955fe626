import Dialog
import Foundation
import Testing

@Suite struct LoopbackHTTPServerTests {
  static func answer(_ status: Int, _ body: String, connection: String) -> RawConnection.Answer {
    RawConnection.Answer(
      status: status,
      headers: [
        "content-type": "text/plain; charset=utf-8", "content-length": "\(body.utf8.count)", "connection": connection,
      ],
      body: body)
  }

  @Test func keepAliveServesTwoRequestsOnOneConnection() throws {
    try withEchoServer { connection, handled in
      connection.write("POST /one HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc")
      #expect(connection.readAnswer() == Self.answer(200, "POST /one abc", connection: "keep-alive"))
      connection.write("GET /two?x=1 HTTP/1.1\r\nHost: a\r\n\r\n")
      #expect(connection.readAnswer() == Self.answer(200, "GET /two?x=1 ", connection: "keep-alive"))
      #expect(
        handled.all == [
          LoopbackRequest(
            method: "POST", path: "/one", headers: ["host": "a", "content-length": "3"], body: Data("abc".utf8)),
          LoopbackRequest(method: "GET", path: "/two?x=1", headers: ["host": "a"], body: Data()),
        ])
    }
  }

  @Test func aChunkedBodyIsReadWhenAccepted() throws {
    try withEchoServer(.init(acceptsChunkedBodies: true)) { connection, handled in
      connection.write("POST /up HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
      connection.write("5;name=x\r\nhello\r\n6\r\n world\r\n0\r\nChecksum: 1\r\n\r\n")
      #expect(connection.readAnswer() == Self.answer(200, "POST /up hello world", connection: "keep-alive"))
      connection.write("GET /after HTTP/1.1\r\n\r\n")
      #expect(connection.readAnswer() == Self.answer(200, "GET /after ", connection: "keep-alive"))
      #expect(handled.all.map(\.body) == [Data("hello world".utf8), Data()])
    }
  }

  @Test func aChunkedBodyIsRefusedWith400WhenNotAccepted() throws {
    let request = "POST /hook HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
    #expect(try Exchange(request) == Exchange(Self.answer(400, "bad request", connection: "close")))
  }

  @Test(arguments: [
    "POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
    "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n",
    "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
  ])
  func otherCodingsBothFramingsAndBadChunkSizesAreRefusedWith400(request: String) throws {
    #expect(
      try Exchange(request, .init(acceptsChunkedBodies: true))
        == Exchange(Self.answer(400, "bad request", connection: "close")))
  }

  @Test func expectContinueIsAnsweredBeforeTheBodyIsSent() throws {
    try withEchoServer { connection, handled in
      connection.write("PUT /file HTTP/1.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
      #expect(connection.readHead() == "HTTP/1.1 100 Continue\r\n\r\n")
      connection.write("hello")
      #expect(connection.readAnswer() == Self.answer(200, "PUT /file hello", connection: "keep-alive"))
    }
  }

  @Test(arguments: [
    "POST /big HTTP/1.1\r\nContent-Length: 9\r\n\r\n",
    "POST /big HTTP/1.1\r\nContent-Length: 9\r\nExpect: 100-continue\r\n\r\n",
    "POST /big HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n9\r\n",
    "POST /big HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n4\r\n",
  ])
  func aBodyOverTheLimitIsAnswered413WithoutAContinue(request: String) throws {
    #expect(
      try Exchange(request, .init(maxBody: 8, acceptsChunkedBodies: true))
        == Exchange(Self.answer(413, "too large", connection: "close")))
  }

  @Test(arguments: [
    "HELLO\r\n\r\n", "GET /\r\n\r\n", "GET / HTTP/1.1 extra\r\n\r\n", "GET / SPDY/3\r\n\r\n",
    "POST / HTTP/1.1\r\nContent-Length: many\r\n\r\n", "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
  ])
  func aMalformedRequestIsAnswered400(request: String) throws {
    #expect(try Exchange(request) == Exchange(Self.answer(400, "bad request", connection: "close")))
  }
}
