import Dialog
import Foundation
import TelegramBotAPI

/// A message the bot sent into a chat, with the id Telegram would have given it.
public struct SentMessage: Sendable, Equatable {
  public var chat: Int64
  public var messageID: Int64
  /// A `.message` or a `.photo`; callback answers are not messages.
  public var message: OutgoingMessage

  public init(chat: Int64, messageID: Int64, message: OutgoingMessage) {
    self.chat = chat
    self.messageID = messageID
    self.message = message
  }

  /// The keyboard the message carries, if any.
  public var markup: ReplyMarkup? {
    switch message {
    case .message(let m): m.replyMarkup
    case .photo(let p): p.replyMarkup
    case .callbackAnswer: nil
    }
  }
}

/// Stands in for Telegram: records every delivered call in order, gives messages sequential
/// ids per chat (shared with the messages users send, as in a real chat) and can play a user
/// who blocked the bot.
public final class FakeTelegramTransport: MessageDelivery, Sendable {
  struct State {
    var delivered: [OutgoingMessage] = []
    var taken = 0
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
      guard let chat = message.chat else {
        state.delivered.append(message)
        return .success(nil)
      }
      if state.blocked.contains(chat) { return .failure(.blocked(Self.blockedDescription)) }
      state.delivered.append(message)
      let id = Self.allocate(chat: chat, in: &state)
      state.history[chat, default: []].append(SentMessage(chat: chat, messageID: id, message: message))
      return .success(id)
    }
    return try outcome.get()
  }

  /// Every call delivered so far, in order.
  public var delivered: [OutgoingMessage] { state.withLock { $0.delivered } }

  /// The calls delivered since the previous `take()`.
  public func take() -> [OutgoingMessage] {
    state.withLock { state in
      let new = Array(state.delivered[state.taken...])
      state.taken = state.delivered.count
      return new
    }
  }

  /// From now on deliveries to `chat` fail as if the user blocked the bot.
  public func block(chat: Int64) { state.withLock { _ = $0.blocked.insert(chat) } }

  public func unblock(chat: Int64) { state.withLock { _ = $0.blocked.remove(chat) } }

  /// The messages sent to `chat`, oldest first.
  public func history(chat: Int64) -> [SentMessage] { state.withLock { $0.history[chat] ?? [] } }

  /// Takes the next message id of `chat` for a message a user sends there.
  public func nextMessageID(chat: Int64) -> Int64 { state.withLock { Self.allocate(chat: chat, in: &$0) } }

  private static func allocate(chat: Int64, in state: inout State) -> Int64 {
    let id = (state.lastMessageID[chat] ?? 0) + 1
    state.lastMessageID[chat] = id
    return id
  }
}

extension OutgoingMessage {
  /// The target chat; nil for callback answers, which name a query instead.
  var chat: Int64? {
    switch self {
    case .message(let m): m.chatID
    case .photo(let p): p.chatID
    case .callbackAnswer: nil
    }
  }
}
