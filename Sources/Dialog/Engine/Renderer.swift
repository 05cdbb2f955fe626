import FlowerShop
import TelegramBotAPI

/// Turns replies into Bot API calls in the recipient's language.
public struct Renderer: Sendable {
  public let localizer: Localizer
  public init(localizer: Localizer) { self.localizer = localizer }

  public func string(_ text: Text, language: String) -> String {
    switch text {
    case .key(let key, let arguments): localizer.text(key, language: language, arguments)
    case .format(let key, let texts):
      localizer.text(key, language: language, texts.mapValues { .string(string($0, language: language)) })
    case .verbatim(let string): string
    case .lines(let parts): parts.map { string($0, language: language) }.joined(separator: "\n")
    }
  }

  /// One reply may become several calls: a caption over Telegram's limit is sent as a separate message.
  public func render(_ reply: Reply, chat: ChatID, language: String) -> [OutgoingMessage] {
    let body = string(reply.text, language: language)
    let markup = reply.keyboard.map { self.markup($0, language: language) }
    let chatID = chat.rawValue
    guard let photo = reply.photo else {
      return chunks(body, limit: TelegramLimits.messageTextCharacters).enumerated().map { index, part in
        let isLast = index == chunks(body, limit: TelegramLimits.messageTextCharacters).count - 1
        return .message(SendMessage(chatID: chatID, text: part, replyMarkup: isLast ? markup : nil))
      }
    }
    let file: InputFile =
      switch photo {
      case .fileID(let id): .fileID(id)
      case .file(let path): .upload(path: path)
      }
    if body.count <= TelegramLimits.captionCharacters {
      return [.photo(SendPhoto(chatID: chatID, photo: file, caption: body.isEmpty ? nil : body, replyMarkup: markup))]
    }
    return [.photo(SendPhoto(chatID: chatID, photo: file, caption: nil, replyMarkup: nil))]
      + render(Reply(to: chat, reply.text, keyboard: reply.keyboard), chat: chat, language: language)
  }

  func markup(_ keyboard: Keyboard, language: String) -> ReplyMarkup {
    switch keyboard {
    case .inline(let rows):
      return .inline(
        InlineKeyboardMarkup(
          inlineKeyboard: rows.map { row in
            row.map { InlineKeyboardButton(text: string($0.label, language: language), callbackData: $0.data) }
          }))
    case .reply(let rows, let placeholder):
      return .reply(
        ReplyKeyboardMarkup(
          keyboard: rows.map { row in
            row.map { button in
              KeyboardButton(
                text: string(button.label, language: language),
                requestContact: button.request == .contact ? true : nil,
                requestLocation: button.request == .location ? true : nil)
            }
          },
          resizeKeyboard: true,
          inputFieldPlaceholder: placeholder.map { string($0, language: language) }))
    case .remove:
      return .remove(ReplyKeyboardRemove())
    }
  }

  /// Splits at line breaks where possible so no part exceeds `limit` characters.
  func chunks(_ text: String, limit: Int) -> [String] {
    guard text.count > limit else { return [text] }
    var parts: [String] = []
    var current = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = String(line)
      while line.count > limit {
        if !current.isEmpty { parts.append(current); current = "" }
        parts.append(String(line.prefix(limit)))
        line = String(line.dropFirst(limit))
      }
      if current.count + line.count + 1 > limit { parts.append(current); current = line } else {
        current = current.isEmpty ? line : current + "\n" + line
      }
    }
    if !current.isEmpty { parts.append(current) }
    return parts
  }
}
