import FlowerShop
import TelegramBotAPI

/// Turns replies into Bot API calls in the recipient's language (`Text.translated` picks its
/// translation here). Message texts and captions use HTML parse mode: locale texts are trusted
/// markup, while every string argument and verbatim or translated text (names, addresses, product
/// titles) is escaped. Button labels and toasts are plain text.
public struct Renderer: Sendable {
  public let localizer: Localizer
  public init(localizer: Localizer) { self.localizer = localizer }

  /// Plain text, for button labels and callback answers (Telegram does not parse them).
  public func string(_ text: Text, language: String) -> String {
    switch text {
    case .key(let key, let arguments): localizer.text(key, language: language, arguments)
    case .format(let key, let texts):
      localizer.text(key, language: language, texts.mapValues { .string(string($0, language: language)) })
    case .verbatim(let string): string
    case .translated(let original, let translations): Self.resolve(original, translations, language: language)
    case .lines(let parts): parts.map { string($0, language: language) }.joined(separator: "\n")
    }
  }

  /// HTML for a message text or caption, with everything that did not come from a locale file escaped.
  public func html(_ text: Text, language: String) -> String {
    switch text {
    case .key(let key, let arguments): localizer.text(key, language: language, arguments.mapValues(Self.escaped))
    case .format(let key, let texts):
      localizer.text(key, language: language, texts.mapValues { .string(html($0, language: language)) })
    case .verbatim(let string): TelegramHTML.escape(string)
    case .translated(let original, let translations):
      TelegramHTML.escape(Self.resolve(original, translations, language: language))
    case .lines(let parts): parts.map { html($0, language: language) }.joined(separator: "\n")
    }
  }

  /// The translation into `language` unless it is missing or blank, else `original`.
  static func resolve(_ original: String, _ translations: [String: String], language: String) -> String {
    guard let translated = translations[language], !translated.allSatisfy(\.isWhitespace) else { return original }
    return translated
  }

  static func escaped(_ argument: LocaleArgument) -> LocaleArgument {
    switch argument {
    case .string(let value): .string(TelegramHTML.escape(value))
    case .number: argument
    }
  }

  /// One reply may become several calls: a text over Telegram's limit is split into several
  /// messages (the keyboard goes with the last), a caption over its limit is sent after the photo.
  public func render(_ reply: Reply, chat: ChatID, language: String) -> [OutgoingMessage] {
    let body = html(reply.text, language: language)
    let markup = reply.keyboard.map { self.markup($0, language: language) }
    let chatID = chat.rawValue
    if reply.album.count > 1 { return album(reply.album, body: body, chat: chatID) }
    guard let photo = reply.photo else { return textMessages(body, chat: chatID, markup: markup) }
    let file: InputFile =
      switch photo {
      case .fileID(let id): .fileID(id)
      case .file(let path): .upload(path: path)
      }
    let length = (try? TelegramHTML.visibleLength(body)) ?? body.utf16.count
    if length <= TelegramLimits.captionCharacters {
      let caption = body.isEmpty ? nil : body
      return [
        .photo(
          SendPhoto(
            chatID: chatID, photo: file, caption: caption, parseMode: caption == nil ? nil : .html, replyMarkup: markup)
        )
      ]
    }
    return [.photo(SendPhoto(chatID: chatID, photo: file))] + textMessages(body, chat: chatID, markup: markup)
  }

  /// Shows `reply` in place of the pressed message where Telegram allows it: a text reply with no
  /// keyboard or an inline one is edited into a pressed text message; otherwise the pressed
  /// message loses its buttons and the reply is sent as a new message.
  public func render(
    _ reply: Reply, chat: ChatID, language: String, replacing pressed: PressedMessage
  )
    -> [OutgoingMessage]
  {
    let fresh = render(reply, chat: chat, language: language)
    if pressed.isText, reply.photo == nil, case .message(let first)? = fresh.first {
      switch first.replyMarkup {
      case nil, .inline:
        var inline: InlineKeyboardMarkup?
        if case .inline(let keyboard)? = first.replyMarkup { inline = keyboard }
        let edit = EditMessageText(
          chatID: chat.rawValue, messageID: pressed.messageID, text: first.text, parseMode: first.parseMode,
          replyMarkup: inline)
        return [.editText(edit)] + fresh.dropFirst()
      case .reply, .remove:
        break
      }
    }
    return [.editMarkup(EditMessageReplyMarkup(chatID: chat.rawValue, messageID: pressed.messageID))] + fresh
  }

  /// An album (at most ten photos), captioned by its first photo; a long text follows it.
  func album(_ photos: [Photo], body: String, chat: Int64) -> [OutgoingMessage] {
    let length = (try? TelegramHTML.visibleLength(body)) ?? body.utf16.count
    let fits = !body.isEmpty && length <= TelegramLimits.captionCharacters
    let media = photos.prefix(10).enumerated().map { index, photo in
      let file: InputFile =
        switch photo {
        case .fileID(let id): .fileID(id)
        case .file(let path): .upload(path: path)
        }
      return InputMediaPhoto(
        media: file, caption: index == 0 && fits ? body : nil, parseMode: index == 0 && fits ? .html : nil)
    }
    let group = OutgoingMessage.album(SendMediaGroup(chatID: chat, media: Array(media)))
    return fits || body.isEmpty ? [group] : [group] + textMessages(body, chat: chat, markup: nil)
  }

  func textMessages(_ body: String, chat: Int64, markup: ReplyMarkup?) -> [OutgoingMessage] {
    let parts = TelegramHTML.split(body, limit: TelegramLimits.messageTextCharacters)
    return parts.enumerated().map { index, part in
      .message(
        SendMessage(chatID: chat, text: part, parseMode: .html, replyMarkup: index == parts.count - 1 ? markup : nil))
    }
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
          // Telegram refuses placeholders over 64 characters.
          inputFieldPlaceholder: placeholder.map { String(string($0, language: language).prefix(64)) }))
    case .remove:
      return .remove(ReplyKeyboardRemove())
    }
  }
}
