import Dialog
import Foundation
import TelegramBotAPI

extension FakeTelegramTransport {
  /// Records `message` and changes the chat as Telegram would; returns the message id.
  /// Like the live delivery, an edit of a message that is gone or has no text is sent as a new
  /// message instead, and an edit that changes nothing succeeds silently.
  static func apply(_ message: OutgoingMessage, to state: inout State) -> Int64? {
    switch message {
    case .callbackAnswer, .commands:
      state.delivered.append(message)
      return nil
    case .album(let album):
      // Each photo of an album is a message of its own; the first one's id is returned.
      state.delivered.append(message)
      let ids = album.media.map { photo in
        let id = allocate(chat: album.chatID, in: &state)
        let sent = SendPhoto(
          chatID: album.chatID, photo: photo.media, caption: photo.caption, parseMode: photo.parseMode)
        state.history[album.chatID, default: []].append(
          SentMessage(chat: album.chatID, messageID: id, message: .photo(sent)))
        return id
      }
      return ids.first
    case .message, .photo:
      guard let chat = message.chatID else { return nil }
      state.delivered.append(message)
      let id = allocate(chat: chat, in: &state)
      state.history[chat, default: []].append(SentMessage(chat: chat, messageID: id, message: message))
      return id
    case .editText(let edit):
      let replacement = OutgoingMessage.message(
        SendMessage(
          chatID: edit.chatID, text: edit.text, parseMode: edit.parseMode,
          replyMarkup: edit.replyMarkup.map { .inline($0) }))
      guard let index = index(of: edit.messageID, chat: edit.chatID, in: state),
        case .message = state.history[edit.chatID]?[index].message
      else { return apply(replacement, to: &state) }
      return replace(at: index, chat: edit.chatID, with: replacement, call: message, in: &state)
    case .editMarkup(let edit):
      guard let index = index(of: edit.messageID, chat: edit.chatID, in: state),
        let current = state.history[edit.chatID]?[index].message
      else { return nil }
      let markup = edit.replyMarkup.map { ReplyMarkup.inline($0) }
      let replacement: OutgoingMessage
      switch current {
      case .message(var m):
        m.replyMarkup = markup
        replacement = .message(m)
      case .photo(var p):
        p.replyMarkup = markup
        replacement = .photo(p)
      case .album, .callbackAnswer, .editText, .editMarkup, .commands:
        return nil
      }
      return replace(at: index, chat: edit.chatID, with: replacement, call: message, in: &state)
    }
  }

  static func index(of messageID: Int64, chat: Int64, in state: State) -> Int? {
    state.history[chat]?.firstIndex { $0.messageID == messageID }
  }

  /// Replaces the message at `index`; records `call` only when the message changed.
  static func replace(
    at index: Int, chat: Int64, with replacement: OutgoingMessage, call: OutgoingMessage, in state: inout State
  ) -> Int64? {
    guard var sent = state.history[chat]?[index] else { return nil }
    if visiblyEqual(sent.message, replacement) { return sent.messageID }
    sent.message = replacement
    state.history[chat]?[index] = sent
    state.delivered.append(call)
    return sent.messageID
  }

  /// Whether two versions of a message look the same (Telegram's "message is not modified").
  static func visiblyEqual(_ a: OutgoingMessage, _ b: OutgoingMessage) -> Bool {
    switch (a, b) {
    case (.message(let x), .message(let y)):
      return x.text == y.text && inlineMarkup(x.replyMarkup) == inlineMarkup(y.replyMarkup)
    case (.photo(let x), .photo(let y)):
      return x.caption == y.caption && inlineMarkup(x.replyMarkup) == inlineMarkup(y.replyMarkup)
    default:
      return false
    }
  }

  static func inlineMarkup(_ markup: ReplyMarkup?) -> InlineKeyboardMarkup? {
    if case .inline(let keyboard)? = markup { return keyboard }
    return nil
  }

  /// Why Telegram would refuse `message` (400), or nil.
  static func problem(with message: OutgoingMessage) -> String? {
    switch message {
    case .message(let m):
      return textProblem(m.text, parseMode: m.parseMode, limit: TelegramLimits.messageTextCharacters, required: true)
        ?? markupProblem(m.replyMarkup)
    case .photo(let p):
      return textProblem(
        p.caption ?? "", parseMode: p.parseMode, limit: TelegramLimits.captionCharacters, required: false)
        ?? markupProblem(p.replyMarkup)
    case .album(let a):
      guard (2...10).contains(a.media.count) else { return "Bad Request: wrong number of media in the album" }
      return a.media.lazy.compactMap {
        textProblem($0.caption ?? "", parseMode: $0.parseMode, limit: TelegramLimits.captionCharacters, required: false)
      }.first
    case .editText(let e):
      return textProblem(e.text, parseMode: e.parseMode, limit: TelegramLimits.messageTextCharacters, required: true)
        ?? markupProblem(e.replyMarkup.map { .inline($0) })
    case .editMarkup(let e):
      return markupProblem(e.replyMarkup.map { .inline($0) })
    case .commands:
      return nil
    case .callbackAnswer(let a):
      return (a.text?.count ?? 0) > 200 ? "Bad Request: answer text is too long" : nil
    }
  }

  static func textProblem(_ text: String, parseMode: ParseMode?, limit: Int, required: Bool) -> String? {
    var visible = text
    if parseMode == .html {
      do {
        visible = try TelegramHTML.plainText(text)
      } catch {
        return "Bad Request: can't parse entities: \(error)"
      }
    }
    if required, visible.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      return "Bad Request: message text is empty"
    }
    if visible.utf16.count > limit { return "Bad Request: message is too long" }
    return nil
  }

  static func markupProblem(_ markup: ReplyMarkup?) -> String? {
    guard case .inline(let keyboard)? = markup else { return nil }
    for button in keyboard.inlineKeyboard.joined() {
      let bytes = button.callbackData?.utf8.count ?? 0
      if button.url == nil, bytes < 1 || bytes > TelegramLimits.callbackDataBytes {
        return "Bad Request: BUTTON_DATA_INVALID"
      }
    }
    return nil
  }
}
