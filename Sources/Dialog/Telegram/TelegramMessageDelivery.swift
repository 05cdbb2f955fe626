import Logging
import TelegramBotAPI

/// Delivers outbox rows through the Bot API client. An edit that changes nothing counts as
/// done; an edit of a message that is gone or cannot be edited any more is sent as a new
/// message, so the person still sees the reply. Local photos are uploaded once and then sent
/// by the file id Telegram gave them (see `UploadedPhotos`).
public struct TelegramMessageDelivery: MessageDelivery {
  let client: TelegramClient
  let uploads: UploadedPhotos

  public init(client: TelegramClient, uploads: UploadedPhotos) {
    self.client = client
    self.uploads = uploads
  }

  public init(client: TelegramClient) { self.init(client: client, uploads: UploadedPhotos()) }

  public func deliver(_ message: OutgoingMessage) async throws(DeliveryError) -> Int64? {
    do {
      switch message {
      case .message(let m): return try await client.call(LenientCall(m)).messageID
      case .photo(let p): return try await photo(p)
      case .album(let a):
        try await album(a)
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

  /// Sends a photo by its known file id when there is one (uploading it again if Telegram no
  /// longer knows the id), and learns the id of a fresh upload.
  func photo(_ original: SendPhoto) async throws(TelegramError) -> Int64? {
    var call = original
    let (file, replaced) = uploads.substitute(original.photo)
    call.photo = file
    let sent: LenientResult
    do {
      sent = try await client.call(LenientCall(call))
    } catch  where replaced != nil && Self.isStaleFileID(error) {
      uploads.forget([replaced!])
      call = original
      sent = try await client.call(LenientCall(call))
    }
    uploads.learn(call.photo, fileID: sent.photoFileID)
    return sent.messageID
  }

  /// An album, with the same use of known file ids as `photo`.
  func album(_ original: SendMediaGroup) async throws(TelegramError) {
    var call = original
    var replaced: [String] = []
    for index in call.media.indices {
      let (file, path) = uploads.substitute(call.media[index].media)
      call.media[index].media = file
      if let path { replaced.append(path) }
    }
    let sent: LenientResult
    do {
      sent = try await client.call(LenientCall(call))
    } catch  where !replaced.isEmpty && Self.isStaleFileID(error) {
      uploads.forget(replaced)
      call = original
      sent = try await client.call(LenientCall(call))
    }
    for (media, fileID) in zip(call.media, sent.albumFileIDs) { uploads.learn(media.media, fileID: fileID) }
  }

  /// Telegram's answer to a file id it does not know (any 400 naming the file).
  static func isStaleFileID(_ error: TelegramError) -> Bool {
    guard case .badRequest(let description) = error else { return false }
    let text = description.lowercased()
    return text.contains("file") || text.contains("identifier")
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
