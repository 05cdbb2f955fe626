import Dialog
import Foundation
import TelegramBotAPI

extension BenchBroadcastServer {
  /// `getUpdates`: forgets the updates the offset confirms, then answers at once with the rest
  /// or holds the request until one comes or the timeout passes, as Telegram does.
  func updates(_ call: GetUpdates) -> LoopbackResponse {
    let deadline = Date().addingTimeInterval(TimeInterval(min(max(call.timeout ?? 0, 0), 50)))
    condition.lock()
    defer { condition.unlock() }
    if let offset = call.offset { tally.pending.removeAll { $0.updateID < offset } }
    while tally.pending.isEmpty, !tally.stopped, condition.wait(until: deadline) {}
    return Self.ok(Array(tally.pending.prefix(min(max(call.limit ?? 100, 1), 100))))
  }

  /// Whether every update handed out has been confirmed by a later poll.
  var allConfirmed: Bool { read { $0.pending.isEmpty } }

  /// The admin writes `text` in the private chat (a command gets its `bot_command` entity).
  func adminWrites(_ text: String) {
    let entities = text.hasPrefix("/") ? [MessageEntity(type: "bot_command", offset: 0, length: text.count)] : nil
    mutate { t in
      let message = Message(
        messageID: t.nextMessageID, from: adminUser, chat: Chat(id: admin, firstName: adminUser.firstName),
        date: Int(Date().timeIntervalSince1970), text: text, entities: entities)
      t.nextMessageID += 1
      t.pending.append(Update(updateID: t.nextUpdateID, message: message))
      t.nextUpdateID += 1
    }
  }

  /// The admin presses the button with `data` under message `id` of the private chat.
  func adminPresses(_ data: String, under id: Int64) {
    mutate { t in
      let message = Message(
        messageID: id, from: Self.bot, chat: Chat(id: admin, firstName: adminUser.firstName),
        date: Int(Date().timeIntervalSince1970), text: t.admin.first { $0.id == id }?.text)
      let query = CallbackQuery(
        id: "bench-\(t.nextUpdateID)", from: adminUser, message: message, chatInstance: "bench-\(admin)", data: data)
      t.pending.append(Update(updateID: t.nextUpdateID, callbackQuery: query))
      t.nextUpdateID += 1
    }
  }

  var adminUser: User { User(id: admin, firstName: "Admin", languageCode: "ru") }

  /// Waits (polling, real time) until `predicate` holds; fails after `timeout` seconds.
  func waitUntil(_ what: String, timeout: TimeInterval, _ predicate: (Tally) -> Bool) async throws {
    let deadline = Date().addingTimeInterval(timeout)
    while !read(predicate) {
      guard Date() < deadline else { throw BenchBroadcastKillError.timedOut(what) }
      try await Task.sleep(for: .milliseconds(10))
    }
  }
}
