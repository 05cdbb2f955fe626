import Foundation
import TelegramBotAPI

/// What the people in the double's chats do: each action becomes an update for the bot to poll.
extension BotAPIDouble {
  func addUser(id: Int64, firstName: String, phone: String) {
    mutate { state in
      state.users[id] = User(id: id, firstName: firstName, languageCode: "ru")
      state.phones[id] = phone
    }
  }

  /// The revision before an action: wait for bot messages changed after it.
  var revision: Int { read { $0.revision } }

  /// The person types `text` (a `/command` gets its entity); returns the update id.
  @discardableResult
  func send(_ text: String, from user: Int64) throws -> Int64 {
    try message(from: user) { message in
      message.text = text
      if text.hasPrefix("/") {
        let command = text.prefix { !$0.isWhitespace }
        message.entities = [MessageEntity(type: "bot_command", offset: 0, length: command.utf16.count)]
      }
    }
  }

  /// The person shares their own contact.
  @discardableResult
  func shareContact(from user: Int64) throws -> Int64 {
    let (person, phone) = try read { state throws(DoubleError) in
      guard let person = state.users[user], let phone = state.phones[user] else { throw DoubleError.unknownUser(user) }
      return (person, phone)
    }
    return try message(from: user) {
      $0.contact = Contact(phoneNumber: phone, firstName: person.firstName, userID: user)
    }
  }

  /// Presses a button by its label: an inline button of the newest bot message that has it,
  /// else a button of the current reply keyboard.
  @discardableResult
  func press(_ label: String, by user: Int64) throws -> Int64 {
    let found = try read { state throws(DoubleError) -> (ChatMessage, String)? in
      guard let person = state.users[user] else { throw DoubleError.unknownUser(user) }
      _ = person
      for message in state.messages(chat: user).reversed() where message.fromBot {
        if let button = message.inline?.inlineKeyboard.joined().first(where: { $0.text == label }),
          let data = button.callbackData
        {
          return (message, data)
        }
      }
      return nil
    }
    if let (message, data) = found { return pressInline(message, data: data, by: user) }
    let keyboard = read { $0.chats[user]?.replyKeyboard?.keyboard.joined().map { $0 } ?? [] }
    guard let button = keyboard.first(where: { $0.text == label }) else {
      throw DoubleError.noSuchButton(label, available: availableLabels(chat: user))
    }
    if button.requestContact == true { return try shareContact(from: user) }
    return try send(label, from: user)
  }

  func availableLabels(chat: Int64) -> [String] {
    read { state in
      let inline = state.messages(chat: chat).flatMap { $0.inline?.inlineKeyboard.joined().map(\.text) ?? [] }
      let reply = state.chats[chat]?.replyKeyboard?.keyboard.joined().map(\.text) ?? []
      return inline + reply
    }
  }

  func pressInline(_ pressed: ChatMessage, data: String, by user: Int64) -> Int64 {
    mutate { state in
      state.lastQuery += 1
      let id = "q\(state.lastQuery)"
      state.queries[id] = false
      state.lastUpdateID += 1
      let person = state.users[user]!
      let query = CallbackQuery(
        id: id, from: person, message: Self.telegramMessage(pressed, chat: user, user: person),
        chatInstance: "instance-\(user)", data: data)
      let update = Update(updateID: state.lastUpdateID, callbackQuery: query)
      state.pending.append(update)
      state.history.append(update)
      return state.lastUpdateID
    }
  }

  func message(from user: Int64, _ fill: (inout Message) -> Void) throws -> Int64 {
    try mutate { state throws(DoubleError) -> Int64 in
      guard let person = state.users[user] else { throw DoubleError.unknownUser(user) }
      var log = state.chats[user] ?? ChatLog()
      var message = Message(
        messageID: log.nextID(), from: person, chat: Chat(id: user, type: "private", firstName: person.firstName),
        date: Int(Date().timeIntervalSince1970))
      fill(&message)
      log.messages.append(
        ChatMessage(id: message.messageID, fromBot: false, text: message.text, revision: state.bump()))
      state.chats[user] = log
      state.lastUpdateID += 1
      let update = Update(updateID: state.lastUpdateID, message: message)
      state.pending.append(update)
      state.history.append(update)
      return state.lastUpdateID
    }
  }

  /// Puts updates the bot already confirmed back in the queue, as when a confirmation is lost.
  func redeliver(_ ids: [Int64]) {
    mutate { state in
      let again = state.history.filter { ids.contains($0.updateID) }
      state.pending = (again + state.pending).sorted { $0.updateID < $1.updateID }
    }
  }

  /// Answers the next call of `method` with an error, once.
  func failNext(_ method: String, status: Int, description: String, retryAfter: Int? = nil) {
    mutate {
      $0.failures.append(
        ScriptedFailure(method: method, status: status, description: description, retryAfter: retryAfter))
    }
  }

  func block(_ user: Int64) { mutate { _ = $0.blocked.insert(user) } }
}
