import Dialog
import Foundation
import TelegramBotAPI

/// A message the bot sent into a chat, with the id Telegram would have given it. An edit
/// replaces `message` in place; the message keeps its id and its place in the chat.
public struct SentMessage: Sendable, Equatable {
  public var chat: Int64
  public var messageID: Int64
  /// A `.message` or a `.photo` as the chat shows it now (after any edits).
  public var message: OutgoingMessage
  /// The reply keyboard this message showed or removed when it was sent: the chat keeps that
  /// keyboard whatever later edits do to the message.
  public var chatKeyboard: ReplyMarkup?

  public init(chat: Int64, messageID: Int64, message: OutgoingMessage) {
    self.chat = chat
    self.messageID = messageID
    self.message = message
    switch message.markup {
    case .reply, .remove: chatKeyboard = message.markup
    case .inline, nil: chatKeyboard = nil
    }
  }

  /// The inline keyboard or reply markup the message carries now, if any.
  public var markup: ReplyMarkup? { message.markup }
}

/// Stands in for Telegram: records every delivered call in order, gives messages sequential
/// ids per chat (shared with the messages users send, as in a real chat), applies edits to the
/// chat's history, refuses calls Telegram would refuse (bad HTML, over the limits) and can play
/// a user who blocked the bot.
public final class FakeTelegramTransport: MessageDelivery, Sendable {
  struct State {
    var delivered: [OutgoingMessage] = []
    var taken = 0
    var rejected: [String] = []
    var rejectedTaken = 0
    var history: [Int64: [SentMessage]] = [:]
    var lastMessageID: [Int64: Int64] = [:]
    var blocked: Set<Int64> = []
  }
  private let state = Locked(State())

  /// What Telegram answers for a chat that blocked the bot.
  public static let blockedDescription = "Forbidden: bot was blocked by the user"

  public init() {}

  public func deliver(_ message: OutgoingMessage) async throws(DeliveryError) -> Int64? {
    let outcome = state.withLock { state -> Result<Int64?, DeliveryError> in
      if let chat = message.chatID, state.blocked.contains(chat) { return .failure(.blocked(Self.blockedDescription)) }
      if let problem = Self.problem(with: message) {
        state.rejected.append("\(message.method): \(problem)")
        return .failure(.rejected(problem))
      }
      return .success(Self.apply(message, to: &state))
    }
    return try outcome.get()
  }

  /// Every call delivered so far, in order (edits that changed nothing are not calls a person sees).
  public var delivered: [OutgoingMessage] { state.withLock { $0.delivered } }

  /// The calls delivered since the previous `take()`.
  public func take() -> [OutgoingMessage] {
    state.withLock { state in
      let new = Array(state.delivered[state.taken...])
      state.taken = state.delivered.count
      return new
    }
  }

  /// The calls refused since the previous `takeRejected()`, as "method: description".
  public func takeRejected() -> [String] {
    state.withLock { state in
      let new = Array(state.rejected[state.rejectedTaken...])
      state.rejectedTaken = state.rejected.count
      return new
    }
  }

  /// From now on deliveries to `chat` fail as if the user blocked the bot.
  public func block(chat: Int64) { state.withLock { _ = $0.blocked.insert(chat) } }

  public func unblock(chat: Int64) { state.withLock { _ = $0.blocked.remove(chat) } }

  /// The messages sent to `chat`, oldest first, as they look now.
  public func history(chat: Int64) -> [SentMessage] { state.withLock { $0.history[chat] ?? [] } }

  /// Takes the next message id of `chat` for a message a user sends there.
  public func nextMessageID(chat: Int64) -> Int64 { state.withLock { Self.allocate(chat: chat, in: &$0) } }

  static func allocate(chat: Int64, in state: inout State) -> Int64 {
    let id = (state.lastMessageID[chat] ?? 0) + 1
    state.lastMessageID[chat] = id
    return id
  }
}

extension OutgoingMessage {
  /// The keyboard a sent message carries; nil for other calls.
  var markup: ReplyMarkup? {
    switch self {
    case .message(let m): m.replyMarkup
    case .photo(let p): p.replyMarkup
    case .album, .callbackAnswer, .editText, .editMarkup, .commands: nil
    }
  }
}
