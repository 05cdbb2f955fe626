import Dialog
import Foundation
import TelegramBotAPI

/// A stand-in for the Bot API on 127.0.0.1: it speaks the real HTTP protocol, holds long polls,
/// keeps each chat as the person would see it (edits applied), checks every call against the
/// Bot API's published types and limits, and plays people who write and press buttons.
final class BotAPIDouble: @unchecked Sendable {
  static let bot = User(id: 7_000_000_001, isBot: true, firstName: "FlowerBot", username: "flowerbot_test_bot")

  let token: String
  let condition = NSCondition()
  var state = DoubleState()
  var waiters: [Waiter] = []
  private var server: LoopbackHTTPServer?

  struct Waiter {
    var id: Int
    var predicate: @Sendable (DoubleState) -> Bool
    var continuation: CheckedContinuation<Void, any Error>
  }
  var nextWaiter = 0

  init(token: String) throws {
    self.token = token
    // URLSession on Linux uploads multipart chunked; Telegram takes uploads up to 50 MB.
    let options = LoopbackHTTPServer.Options(maxBody: 64 << 20, acceptsChunkedBodies: true)
    server = try LoopbackHTTPServer(options: options) { [weak self] request in
      self?.handle(request) ?? LoopbackResponse(status: 503, body: Data())
    }
  }

  var baseURL: URL { server!.baseURL }

  func stop() {
    mutate { $0.stopped = true }
    server?.stop()
  }

  /// Reads the state under the lock.
  func read<T, E: Error>(_ body: (DoubleState) throws(E) -> T) throws(E) -> T {
    condition.lock()
    defer { condition.unlock() }
    return try body(state)
  }

  /// Changes the state under the lock, then wakes held polls and satisfied waiters.
  @discardableResult
  func mutate<T, E: Error>(_ body: (inout DoubleState) throws(E) -> T) throws(E) -> T {
    condition.lock()
    let result: T
    do {
      result = try body(&state)
    } catch {
      condition.unlock()
      throw error
    }
    let ready = waiters.filter { $0.predicate(state) }
    waiters.removeAll { waiter in ready.contains { $0.id == waiter.id } }
    condition.broadcast()
    condition.unlock()
    for waiter in ready { waiter.continuation.resume() }
    return result
  }

  /// Returns once `predicate` holds; fails after `timeout` seconds (a guard against a hung
  /// test, not a speed check).
  func waitUntil(
    _ what: String, timeout: TimeInterval = 60, _ predicate: @escaping @Sendable (DoubleState) -> Bool
  ) async throws {
    let id: Int = read { _ in
      nextWaiter += 1
      return nextWaiter
    }
    let guardTask = Task { [weak self] in
      try await Task.sleep(nanoseconds: UInt64(timeout * 1_000_000_000))
      self?.fail(waiter: id, DoubleError.timedOut(what))
    }
    defer { guardTask.cancel() }
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
      condition.lock()
      if predicate(state) {
        condition.unlock()
        continuation.resume()
        return
      }
      waiters.append(Waiter(id: id, predicate: predicate, continuation: continuation))
      condition.unlock()
    }
  }

  private func fail(waiter id: Int, _ error: DoubleError) {
    condition.lock()
    let waiter = waiters.first { $0.id == id }
    waiters.removeAll { $0.id == id }
    condition.unlock()
    waiter?.continuation.resume(throwing: error)
  }

  /// Answers one HTTP request.
  func handle(_ request: LoopbackRequest) -> LoopbackResponse {
    let parts = request.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    if parts.count >= 3, parts[0] == "file" {
      return download(token: String(parts[1].dropFirst(3)), path: parts.dropFirst(2).joined(separator: "/"))
    }
    guard parts.count == 2, parts[0].hasPrefix("bot") else { return Self.error(404, "Not Found") }
    guard String(parts[0].dropFirst(3)) == token else { return Self.error(401, "Unauthorized") }
    guard let form = FormParser.parse(request) else {
      mutate { $0.violations.append("\(parts[1]): body is neither JSON nor multipart") }
      return Self.error(400, "Bad Request: can't parse request body")
    }
    return call(parts[1], form)
  }

  static func error(_ code: Int, _ description: String, retryAfter: Int? = nil) -> LoopbackResponse {
    var object: [String: Any] = ["ok": false, "error_code": code, "description": description]
    if let retryAfter { object["parameters"] = ["retry_after": retryAfter] }
    return LoopbackResponse(status: code, body: try! JSONSerialization.data(withJSONObject: object))
  }

  static func ok<Result: Encodable & Sendable & Decodable>(_ result: Result) -> LoopbackResponse {
    LoopbackResponse(status: 200, body: try! JSONEncoder().encode(APIResponse(ok: true, result: result)))
  }
}

enum DoubleError: Error, CustomStringConvertible {
  case timedOut(String)
  case noSuchButton(String, available: [String])
  case unknownUser(Int64)

  var description: String {
    switch self {
    case .timedOut(let what): "timed out waiting for: \(what)"
    case .noSuchButton(let label, let available): "no button [\(label)]; on offer: \(available)"
    case .unknownUser(let id): "unknown user \(id)"
    }
  }
}
