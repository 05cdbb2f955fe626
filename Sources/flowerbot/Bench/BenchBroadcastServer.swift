import Dialog
import Foundation
import TelegramBotAPI

/// Telegram for `bench broadcast --kill`: the Bot API over HTTP on 127.0.0.1 (served by
/// `LoopbackHTTPServer`), for a real `flowerbot run` in a child process. It enforces the limits
/// `LimitedBotAPI` does (a bucket of 30 messages refilled at 30/s overall, 3 refilled at 1/s per
/// chat; over either: 429 with `retry_after`), answers 403 for chats that blocked the bot, holds
/// long polls and hands out the admin's updates, and counts every notice each customer received
/// together with the generation of the process that sent it (how many kills came before).
final class BenchBroadcastServer: @unchecked Sendable {
  static let bot = User(id: 7_000_000_001, isBot: true, firstName: "FlowerBot", username: "flowerbot_bench_bot")

  /// A message in the admin's chat as the admin sees it (edits applied).
  struct AdminMessage: Sendable {
    var id: Int64
    var text: String
    var buttons: [String]
  }

  /// Everything the double saw, read under the lock.
  struct Tally: Sendable {
    /// Calls that sent or edited a message and were accepted.
    var accepted = 0
    var tooMany = 0
    /// 429s by the run (generation) that got them, and how many were over the overall limit.
    var tooManyByRun: [Int: Int] = [:]
    /// Refusals over a chat's limit: the chat and the run.
    var tooManyChats: [String] = []
    /// Calls answered 403 because the chat blocked the bot.
    var refusedBlocked = 0
    /// Per customer chat: the generation of the process behind each accepted sendMessage.
    var notices: [Int64: [Int]] = [:]
    var firstNotice: Date?, lastNotice: Date?
    var admin: [AdminMessage] = []
    var violations: [String] = []
    /// Processes killed so far: calls are tagged with it.
    var generation = 0
    /// Updates not yet confirmed by a `getUpdates` offset.
    var pending: [Update] = []
    var nextUpdateID: Int64 = 1
    var nextMessageID: Int64 = 1
    var stopped = false
    var global = LimitedBotAPI.Bucket(tokens: 30, at: Date())
    var chats: [Int64: LimitedBotAPI.Bucket] = [:]
  }

  let token: String
  let admin: Int64
  let isBlocked: @Sendable (Int64) -> Bool
  let condition = NSCondition()
  var tally = Tally()
  private var listener: LoopbackHTTPServer?

  init(token: String, admin: Int64, blocked: @escaping @Sendable (Int64) -> Bool) throws {
    self.token = token
    self.admin = admin
    isBlocked = blocked
    listener = try LoopbackHTTPServer(host: "127.0.0.1", port: 0) { [weak self] request in
      self?.handle(request) ?? .text(503, "stopped")
    }
  }

  var baseURL: String { "http://127.0.0.1:\(listener?.port ?? 0)" }

  func stop() {
    mutate { $0.stopped = true }
    listener?.stop()
  }

  func read<T>(_ body: (Tally) -> T) -> T {
    condition.lock()
    defer { condition.unlock() }
    return body(tally)
  }

  /// Changes the state under the lock and wakes held polls.
  @discardableResult
  func mutate<T>(_ body: (inout Tally) -> T) -> T {
    condition.lock()
    defer {
      condition.broadcast()
      condition.unlock()
    }
    return body(&tally)
  }

  func handle(_ request: LoopbackRequest) -> LoopbackResponse {
    let parts = request.path.split(separator: "/").map(String.init)
    guard parts.count == 2, parts[0] == "bot" + token else { return Self.error(404, "Not Found") }
    do {
      return try call(parts[1], request.body.isEmpty ? Data("{}".utf8) : request.body)
    } catch {
      mutate { $0.violations.append("\(parts[1]): \(error)") }
      return Self.error(400, "Bad Request: \(error)")
    }
  }

  func call(_ method: String, _ body: Data) throws -> LoopbackResponse {
    let decoder = JSONDecoder()
    switch method {
    case "getMe": return Self.ok(Self.bot)
    case "deleteWebhook", "setMyCommands", "deleteMyCommands", "sendChatAction", "answerCallbackQuery":
      return Self.ok(true)
    case "getUpdates": return updates(try decoder.decode(GetUpdates.self, from: body))
    case "sendMessage":
      let call = try decoder.decode(SendMessage.self, from: body)
      return message(to: call.chatID, text: call.text, edit: nil, buttons: Self.buttons(call.replyMarkup))
    case "editMessageText":
      let call = try decoder.decode(EditMessageText.self, from: body)
      return message(
        to: call.chatID, text: call.text, edit: call.messageID,
        buttons: Self.buttons(call.replyMarkup.map(ReplyMarkup.inline)))
    case "editMessageReplyMarkup":
      let call = try decoder.decode(EditMessageReplyMarkup.self, from: body)
      return message(
        to: call.chatID, text: nil, edit: call.messageID,
        buttons: Self.buttons(call.replyMarkup.map(ReplyMarkup.inline)))
    default:
      mutate { $0.violations.append("\(method): not served by the bench double") }
      return Self.error(404, "Not Found")
    }
  }

  /// A sent or edited message: 403 for a blocked chat, 429 over a limit, else accepted.
  func message(to chat: Int64, text: String?, edit: Int64?, buttons: [String]) -> LoopbackResponse {
    let now = Date()
    let outcome: Result<Int64, Refused> = mutate { t in
      if isBlocked(chat) {
        t.refusedBlocked += 1
        return .failure(Refused(403, "Forbidden: bot was blocked by the user"))
      }
      var bucket = t.chats[chat] ?? LimitedBotAPI.Bucket(tokens: 3, at: now)
      let overall = t.global.take(capacity: 30, rate: 30, now: now)
      guard overall, bucket.take(capacity: 3, rate: 1, now: now) else {
        t.tooMany += 1
        t.tooManyByRun[t.generation, default: 0] += 1
        if overall { t.tooManyChats.append("\(chat == admin ? "admin" : String(chat)) in run \(t.generation)") }
        return .failure(Refused(429, "Too Many Requests: retry after 1", retryAfter: 1))
      }
      t.chats[chat] = bucket
      t.accepted += 1
      return accept(&t, chat: chat, text: text, edit: edit, buttons: buttons, now: now)
    }
    switch outcome {
    case .success(let id):
      return Self.ok(
        Message(messageID: id, from: Self.bot, chat: Chat(id: chat), date: Int(now.timeIntervalSince1970), text: text))
    case .failure(let refused):
      return Self.error(refused.status, refused.description, retryAfter: refused.retryAfter)
    }
  }

  private func accept(
    _ t: inout Tally, chat: Int64, text: String?, edit: Int64?, buttons: [String], now: Date
  ) -> Result<Int64, Refused> {
    if let edit {
      guard chat == admin, let index = t.admin.firstIndex(where: { $0.id == edit }) else {
        return .failure(Refused(400, "Bad Request: message to edit not found"))
      }
      if let text { t.admin[index].text = text }
      t.admin[index].buttons = buttons
      return .success(edit)
    }
    let id = t.nextMessageID
    t.nextMessageID += 1
    if chat == admin {
      t.admin.append(AdminMessage(id: id, text: text ?? "", buttons: buttons))
    } else {
      t.notices[chat, default: []].append(t.generation)
      t.firstNotice = t.firstNotice ?? now
      t.lastNotice = now
    }
    return .success(id)
  }

  struct Refused: Error {
    var status: Int
    var description: String
    var retryAfter: Int?
    init(_ status: Int, _ description: String, retryAfter: Int? = nil) {
      self.status = status
      self.description = description
      self.retryAfter = retryAfter
    }
  }

  static func buttons(_ markup: ReplyMarkup?) -> [String] {
    guard case .inline(let keyboard) = markup else { return [] }
    return keyboard.inlineKeyboard.flatMap { $0.compactMap(\.callbackData) }
  }

  static func ok<Result: Encodable & Decodable & Sendable>(_ result: Result) -> LoopbackResponse {
    LoopbackResponse(status: 200, body: (try? JSONEncoder().encode(APIResponse(ok: true, result: result))) ?? Data())
  }

  static func error(_ code: Int, _ description: String, retryAfter: Int? = nil) -> LoopbackResponse {
    let response = APIResponse<Bool>(
      ok: false, description: description, errorCode: code,
      parameters: retryAfter.map { ResponseParameters(retryAfter: $0) })
    return LoopbackResponse(status: code, body: (try? JSONEncoder().encode(response)) ?? Data())
  }
}
