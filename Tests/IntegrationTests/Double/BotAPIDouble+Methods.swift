import Dialog
import Foundation
import TelegramBotAPI

extension BotAPIDouble {
  /// Checks and performs one Bot API call.
  func call(_ method: String, _ form: RequestForm) -> LoopbackResponse {
    if method == "getUpdates" { return getUpdates(form) }
    let chat = (form.fields["chat_id"] as? NSNumber)?.int64Value
    let text = Self.visibleText(form)
    if let problem = BotAPISpec.problem(method, form) {
      return refuse(method, chat: chat, text: text, 400, problem, violation: true)
    }
    let failure = mutate { state -> ScriptedFailure? in
      guard let index = state.failures.firstIndex(where: { $0.method == method }) else { return nil }
      return state.failures.remove(at: index)
    }
    if let failure {
      return refuse(method, chat: chat, text: text, failure.status, failure.description, retryAfter: failure.retryAfter)
    }
    if let chat, read({ $0.blocked.contains(chat) }) {
      return refuse(method, chat: chat, text: text, 403, "Forbidden: bot was blocked by the user")
    }
    let response: LoopbackResponse
    do {
      response = try perform(method, form)
    } catch let refusal as Refusal {
      return refuse(method, chat: chat, text: text, 400, refusal.description, violation: refusal.isViolation)
    } catch {
      return refuse(method, chat: chat, text: text, 400, "Bad Request: \(error)", violation: true)
    }
    mutate { $0.calls.append(RecordedCall(method: method, chatID: chat, text: text, status: 200, at: Date())) }
    return response
  }

  func refuse(
    _ method: String, chat: Int64?, text: String?, _ status: Int, _ description: String, retryAfter: Int? = nil,
    violation: Bool = false
  ) -> LoopbackResponse {
    mutate { state in
      state.calls.append(
        RecordedCall(method: method, chatID: chat, text: text, status: status, description: description, at: Date()))
      if violation { state.violations.append("\(method): \(description)") }
    }
    return Self.error(status, description, retryAfter: retryAfter)
  }

  func perform(_ method: String, _ form: RequestForm) throws -> LoopbackResponse {
    switch method {
    case "getMe": return Self.ok(Self.bot)
    case "deleteWebhook": return Self.ok(true)
    case "setWebhook":
      let call = try decode(SetWebhook.self, form)
      mutate { $0.webhook = call }
      return Self.ok(true)
    case "sendChatAction": return Self.ok(true)
    case "setMyCommands":
      let call = try decode(SetMyCommands.self, form)
      for command in call.commands {
        guard command.command.range(of: "^[a-z0-9_]{1,32}$", options: .regularExpression) != nil,
          (1...256).contains(command.description.count)
        else { throw Refusal.violation("Bad Request: BOT_COMMAND_INVALID") }
      }
      mutate { $0.menus.append(call) }
      return Self.ok(true)
    case "sendMessage":
      let call = try decode(SendMessage.self, form)
      return Self.ok(
        try post(
          chat: call.chatID, text: Self.visible(call.text, call.parseMode), photo: false, markup: call.replyMarkup))
    case "sendPhoto":
      let call = try decode(SendPhoto.self, form)
      if case .upload = call.photo, form.files["photo"] == nil {
        throw Refusal.violation("Bad Request: photo upload missing")
      }
      let caption = call.caption.map { Self.visible($0, call.parseMode) }
      return Self.ok(try post(chat: call.chatID, text: caption, photo: true, markup: call.replyMarkup))
    case "editMessageText":
      let call = try decode(EditMessageText.self, form)
      return Self.ok(
        try edit(chat: call.chatID, id: call.messageID, markup: call.replyMarkup) {
          (message: inout ChatMessage) throws(Refusal) in
          guard message.text != nil else { throw Refusal.plain("Bad Request: there is no text in the message to edit") }
          message.text = Self.visible(call.text, call.parseMode)
        })
    case "editMessageReplyMarkup":
      let call = try decode(EditMessageReplyMarkup.self, form)
      return Self.ok(
        try edit(chat: call.chatID, id: call.messageID, markup: call.replyMarkup) {
          (_: inout ChatMessage) throws(Refusal) in
        })
    case "editMessageCaption":
      let call = try decode(EditMessageCaption.self, form)
      return Self.ok(
        try edit(chat: call.chatID, id: call.messageID, markup: call.replyMarkup) {
          (message: inout ChatMessage) throws(Refusal) in
          message.caption = call.caption.map { Self.visible($0, call.parseMode) }
        })
    case "answerCallbackQuery":
      let call = try decode(AnswerCallbackQuery.self, form)
      try mutate { state throws(Refusal) in
        guard state.queries[call.callbackQueryID] == false else {
          throw Refusal.violation("Bad Request: query is too old and response timeout expired or query ID is invalid")
        }
        state.queries[call.callbackQueryID] = true
      }
      return Self.ok(true)
    default:
      throw Refusal.violation("method \(method) is not served by the double")
    }
  }

  func decode<T: Decodable>(_ type: T.Type, _ form: RequestForm) throws -> T {
    var fields = form.fields
    for (field, file) in form.files { fields[field] = "attach://" + file.name }
    do {
      return try JSONDecoder().decode(T.self, from: try JSONSerialization.data(withJSONObject: fields))
    } catch {
      throw Refusal.violation("Bad Request: parameters do not match the Bot API types: \(error)")
    }
  }

  static func visible(_ text: String, _ parseMode: ParseMode?) -> String {
    parseMode == .html ? ((try? TelegramHTML.plainText(text)) ?? text) : text
  }

  static func visibleText(_ form: RequestForm) -> String? {
    guard let text = (form.fields["text"] ?? form.fields["caption"]) as? String else { return nil }
    return form.fields["parse_mode"] as? String == "HTML" ? ((try? TelegramHTML.plainText(text)) ?? text) : text
  }
}

/// Why the double refuses a call; a violation is a call the bot should never have made.
struct Refusal: Error, CustomStringConvertible {
  var description: String
  var isViolation: Bool

  static func violation(_ text: String) -> Refusal { Refusal(description: text, isViolation: true) }
  static func plain(_ text: String) -> Refusal { Refusal(description: text, isViolation: false) }
}
