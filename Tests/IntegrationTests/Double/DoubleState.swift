import Foundation
import TelegramBotAPI

/// A message in a chat of the double, as the person sees it now.
struct ChatMessage: Sendable {
  var id: Int64
  var fromBot: Bool
  /// Visible text (HTML already parsed), for text messages.
  var text: String?
  /// Visible caption, for photos.
  var caption: String?
  var hasPhoto = false
  var inline: InlineKeyboardMarkup?
  /// The double's revision when the message was sent or last edited.
  var revision: Int
  var edits = 0
}

/// One private chat of the double.
struct ChatLog: Sendable {
  var messages: [ChatMessage] = []
  var lastMessageID: Int64 = 0
  /// The reply keyboard the person sees now.
  var replyKeyboard: ReplyKeyboardMarkup?

  mutating func nextID() -> Int64 {
    lastMessageID += 1
    return lastMessageID
  }

  func index(of id: Int64) -> Int? { messages.firstIndex { $0.id == id } }
}

/// A call the bot made, as the tests look at it.
struct RecordedCall: Sendable {
  var method: String
  var chatID: Int64?
  /// The visible text or caption it carried, if any.
  var text: String?
  var status: Int
  var description: String?
  var at: Date
}

/// A failure the double answers the next matching call with, once.
struct ScriptedFailure: Sendable {
  var method: String
  var status: Int
  var description: String
  var retryAfter: Int?
}

/// Everything the double knows; guarded by the double's lock.
struct DoubleState: Sendable {
  var users: [Int64: User] = [:]
  var phones: [Int64: String] = [:]
  var chats: [Int64: ChatLog] = [:]
  /// Updates not yet confirmed by a higher offset, oldest first.
  var pending: [Update] = []
  /// Every update ever queued.
  var history: [Update] = []
  var lastUpdateID: Int64 = 0
  /// The highest offset the bot has confirmed with.
  var confirmedOffset: Int64 = 0
  var calls: [RecordedCall] = []
  /// Calls the real Bot API would have refused, with the reason.
  var violations: [String] = []
  var failures: [ScriptedFailure] = []
  var blocked: Set<Int64> = []
  /// Callback query ids and whether the bot answered them.
  var queries: [String: Bool] = [:]
  var lastQuery = 0
  var menus: [SetMyCommands] = []
  /// The webhook the bot registered (URL and secret token), if any.
  var webhook: SetWebhook?
  var pollTicket = 0
  var revision = 0
  var stopped = false

  var unansweredQueries: [String] { queries.filter { !$0.value }.map(\.key).sorted() }

  func messages(chat: Int64) -> [ChatMessage] { chats[chat]?.messages ?? [] }

  /// Bot messages of a chat changed (sent or edited) after `revision`.
  func botMessages(chat: Int64, after revision: Int) -> [ChatMessage] {
    messages(chat: chat).filter { $0.fromBot && $0.revision > revision }
  }

  mutating func bump() -> Int {
    revision += 1
    return revision
  }
}
