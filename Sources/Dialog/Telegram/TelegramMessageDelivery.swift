import Logging
import TelegramBotAPI

/// Delivers outbox rows through the Bot API client. An edit that changes nothing counts as
/// done; an edit of a message that is gone or cannot be edited any more is sent as a new
/// message, so the person still sees the reply.
public struct TelegramMessageDelivery: MessageDelivery {
  let client: TelegramClient

  public init(client: TelegramClient) { self.client = client }

  public func deliver(_ message: OutgoingMessage) async throws(DeliveryError) -> Int64? {
    do {
      switch message {
      case .message(let m): return try await client.call(LenientCall(m)).messageID
      case .photo(let p): return try await client.call(LenientCall(p)).messageID
      case .album(let a):
        _ = try await client.call(LenientCall(a))
        return nil
      case .callbackAnswer(let a):
        _ = try await client.call(LenientCall(a))
        return nil
      case .commands(let c):
        _ = try await client.call(LenientCall(c))
        return nil
      case .editText(let edit): return try await editText(edit)
      case .editMarkup(let edit):
        do {
          _ = try await client.call(LenientCall(edit))
        } catch  where error.isMessageNotModified || error.isMessageUneditable {
          // Nothing left to change.
        }
        return edit.messageID
      }
    } catch {
      throw Self.map(error)
    }
  }

  func editText(_ edit: EditMessageText) async throws(TelegramError) -> Int64? {
    do {
      _ = try await client.call(LenientCall(edit))
      return edit.messageID
    } catch  where error.isMessageNotModified {
      return edit.messageID
    } catch  where error.isMessageUneditable {
      let fresh = SendMessage(
        chatID: edit.chatID, text: edit.text, parseMode: edit.parseMode,
        replyMarkup: edit.replyMarkup.map { .inline($0) })
      return try await client.call(LenientCall(fresh)).messageID
    }
  }

  /// The outbox's view of a Bot API error.
  public static func map(_ error: TelegramError) -> DeliveryError {
    switch error {
    case .forbidden(_, let description): .blocked(description)
    case .badRequest(let description), .notFound(let description): .rejected(description)
    case .invalidRequest(let description): .rejected(description)
    case .unreadableUpload(let name): .rejected("cannot read \(name)")
    case .fileTooLarge, .fileUnavailable: .rejected(error.description)
    case .tooManyRequests(let seconds): .retryAfter(seconds: seconds)
    case .unauthorized, .conflict, .server, .timedOut, .cancelled, .network, .invalidResponse:
      .transient(error.description)
    }
  }
}
