import Dialog
import Foundation
import Testing

@testable import TelegramBotAPI

/// `URLSessionTransport` against a loopback server whose answers take 0–3 ms, with the calling
/// task cancelled before, during or after them: every call ends, with the answer or with
/// `.cancelled` (FoundationNetworking's own `data(for:)` can deadlock in that race).
@Suite struct TransportCancellationTests {
  @Test func cancellingAtAnyMomentEndsTheCall() async throws {
    let server = try LoopbackHTTPServer { _ in
      usleep(UInt32.random(in: 0...3_000))
      return .text(200, "ok")
    }
    defer { server.stop() }
    let transport = URLSessionTransport()
    let request = HTTPRequest(method: "GET", url: server.baseURL.appendingPathComponent("x"), timeout: 10)
    var answered = 0
    var cancelled = 0
    for round in 0..<120 {
      let call = Task { try await transport.send(request) }
      switch round % 3 {
      case 0: call.cancel()  // before the task has started
      case 1: try await Task.sleep(nanoseconds: UInt64.random(in: 0...3_000_000))
      default: break  // not cancelled
      }
      if round % 3 == 1 { call.cancel() }
      do {
        let response = try await call.value
        #expect(response == HTTPResponse(status: 200, body: Data("ok".utf8)))
        answered += 1
      } catch let error as TransportError {
        #expect(error == .cancelled)
        cancelled += 1
      }
    }
    #expect(answered >= 40)  // every uncancelled call
    #expect(cancelled >= 1)
    #expect(answered + cancelled == 120)
  }
}
