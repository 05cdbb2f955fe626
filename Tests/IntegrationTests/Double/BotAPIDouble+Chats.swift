import Dialog
import Foundation
import TelegramBotAPI

extension BotAPIDouble {
  /// Posts a bot message into a person's chat.
  func post(chat: Int64, text: String?, photo: Bool, markup: ReplyMarkup?) throws -> Message {
    try mutate { state throws(Refusal) -> Message in
      guard let user = state.users[chat] else { throw Refusal.plain("Bad Request: chat not found") }
      var log = state.chats[chat] ?? ChatLog()
      var message = ChatMessage(
        id: log.nextID(), fromBot: true, text: photo ? nil : text, caption: photo ? text : nil, hasPhoto: photo,
        revision: state.bump())
      switch markup {
      case .inline(let keyboard): message.inline = keyboard
      case .reply(let keyboard): log.replyKeyboard = keyboard
      case .remove: log.replyKeyboard = nil
      case nil: break
      }
      log.messages.append(message)
      state.chats[chat] = log
      return Self.telegramMessage(message, chat: chat, user: user)
    }
  }

  /// Edits a bot message the way Telegram does, refusing edits that change nothing.
  func edit(
    chat: Int64, id: Int64, markup: InlineKeyboardMarkup?, _ change: (inout ChatMessage) throws(Refusal) -> Void
  ) throws -> Message {
    try mutate { state throws(Refusal) -> Message in
      guard var log = state.chats[chat], let index = log.index(of: id), log.messages[index].fromBot,
        let user = state.users[chat]
      else { throw Refusal.plain("Bad Request: message to edit not found") }
      let before = log.messages[index]
      var message = before
      try change(&message)
      message.inline = markup
      if message.text == before.text, message.caption == before.caption, message.inline == before.inline {
        throw Refusal.plain(
          "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"
        )
      }
      message.revision = state.bump()
      message.edits += 1
      log.messages[index] = message
      state.chats[chat] = log
      return Self.telegramMessage(message, chat: chat, user: user)
    }
  }

  static func telegramMessage(_ message: ChatMessage, chat: Int64, user: User) -> Message {
    Message(
      messageID: message.id, from: message.fromBot ? bot : user,
      chat: Chat(id: chat, type: "private", firstName: user.firstName), date: Int(Date().timeIntervalSince1970),
      text: message.text, caption: message.caption,
      photo: message.hasPhoto
        ? [
          PhotoSize(
            fileID: "photo-\(chat)-\(message.id)", fileUniqueID: "u-\(chat)-\(message.id)", width: 1280, height: 1280)
        ]
        : nil)
  }

  /// `getUpdates`: confirms everything below `offset`, then holds the call until updates arrive,
  /// the timeout passes, or a newer poll takes over (409, as Telegram answers).
  func getUpdates(_ form: RequestForm) -> LoopbackResponse {
    if let problem = BotAPISpec.problem("getUpdates", form) {
      return refuse("getUpdates", chat: nil, text: nil, 400, problem, violation: true)
    }
    let offset = (form.fields["offset"] as? NSNumber)?.int64Value
    let timeout = (form.fields["timeout"] as? NSNumber)?.doubleValue ?? 0
    let limit = (form.fields["limit"] as? NSNumber)?.intValue ?? 100
    let ticket = mutate { state -> Int in
      state.pollTicket += 1
      if let offset {
        state.pending.removeAll { $0.updateID < offset }
        state.confirmedOffset = max(state.confirmedOffset, offset)
      }
      return state.pollTicket
    }
    let deadline = Date().addingTimeInterval(timeout)
    condition.lock()
    defer { condition.unlock() }
    while true {
      if state.stopped { return Self.ok([Update]()) }
      if state.pollTicket != ticket {
        return Self.error(
          409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")
      }
      let available = state.pending.filter { offset == nil || $0.updateID >= offset! }
      if !available.isEmpty { return Self.ok(Array(available.prefix(limit))) }
      if !condition.wait(until: deadline) { return Self.ok([Update]()) }
    }
  }

  func download(token: String, path: String) -> LoopbackResponse {
    guard token == self.token else { return Self.error(401, "Unauthorized") }
    return Self.error(404, "Not Found: \(path)")
  }
}
