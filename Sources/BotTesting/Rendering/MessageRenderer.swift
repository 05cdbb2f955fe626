import Dialog
import Foundation
import TelegramBotAPI

/// Renders what the bot sent as the plain-text blocks transcripts and the console show:
///
/// ```
/// bot → customer
///   | text line
///   [Inline A] [Inline B]
///   ⌨ [📱 Отправить номер]{contact} [📍 Геолокация]{location}
/// ```
///
/// An edit of an earlier message is a block headed `bot ✎ customer` showing the message as it
/// reads now, or `bot ✎ customer: buttons removed`. Texts are shown as people read them: HTML
/// tags dropped, entities decoded.
public struct MessageRenderer: Sendable {
  /// The start of the first line of a block for a new message.
  public static let headerPrefix = "bot → "
  /// The start of the first line of a block for an edit.
  public static let editHeaderPrefix = "bot ✎ "
  /// Every prefix a bot block starts with.
  public static let headerPrefixes = [headerPrefix, editHeaderPrefix]

  /// Chat names by chat id (a user's private chat has the user's id).
  public var names: [Int64: String]
  /// Photos under this folder are shown by their path relative to it.
  public var shopDirectory: URL?
  /// The files users sent: a photo sent on by its file id is shown by the file's path.
  public var files: FakeFileStore?

  public init(names: [Int64: String] = [:], shopDirectory: URL? = nil, files: FakeFileStore? = nil) {
    self.names = names
    self.shopDirectory = shopDirectory
    self.files = files
  }

  /// Names every user's private chat after the user.
  public init(users: [TestUser], shopDirectory: URL? = nil, files: FakeFileStore? = nil) {
    self.init(
      names: Dictionary(users.map { ($0.userID, $0.name) }, uniquingKeysWith: { first, _ in first }),
      shopDirectory: shopDirectory, files: files)
  }

  public func render(_ messages: [OutgoingMessage]) -> [String] { messages.flatMap(render) }

  /// One block; silent callback answers render as nothing.
  public func render(_ message: OutgoingMessage) -> [String] {
    switch message {
    case .message(let m):
      return [header(chat: m.chatID)] + textLines(Self.visible(m.text, m.parseMode)) + markupLines(m.replyMarkup)
    case .photo(let p):
      return [header(chat: p.chatID) + ": photo " + file(p.photo)]
        + textLines(Self.visible(p.caption ?? "", p.parseMode))
        + markupLines(p.replyMarkup)
    case .album(let a):
      let caption = a.media.compactMap { photo in photo.caption.map { Self.visible($0, photo.parseMode) } }
      return [header(chat: a.chatID) + ": album " + a.media.map { file($0.media) }.joined(separator: ", ")]
        + textLines(caption.joined(separator: "\n"))
    case .editText(let e):
      return [Self.editHeaderPrefix + name(chat: e.chatID)] + textLines(Self.visible(e.text, e.parseMode))
        + markupLines(e.replyMarkup.map { .inline($0) })
    case .editMarkup(let e):
      guard let markup = e.replyMarkup else {
        return [Self.editHeaderPrefix + name(chat: e.chatID) + ": buttons removed"]
      }
      return [Self.editHeaderPrefix + name(chat: e.chatID)] + markupLines(.inline(markup))
    case .commands:
      // A commands menu is not a message; tests read it from the transport.
      return []
    case .callbackAnswer(let answer):
      guard let text = answer.text, !text.isEmpty else { return [] }
      let chat = UpdateFactory.chat(ofCallbackQueryID: answer.callbackQueryID)
      let name = chat.map(name(chat:)) ?? "query:\(answer.callbackQueryID)"
      return ["\(Self.headerPrefix)\(name): \(answer.showAlert == true ? "alert" : "toast")"] + textLines(text)
    }
  }

  func header(chat: Int64) -> String { Self.headerPrefix + name(chat: chat) }

  /// What a person reads: HTML shown without tags and with entities decoded.
  public static func visible(_ text: String, _ parseMode: ParseMode?) -> String {
    guard parseMode == .html else { return text }
    return (try? TelegramHTML.plainText(text)) ?? text
  }

  func name(chat: Int64) -> String { names[chat] ?? "chat:\(chat)" }

  func textLines(_ text: String) -> [String] {
    guard !text.isEmpty else { return [] }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.isEmpty ? "  |" : "  | " + line
    }
  }

  func markupLines(_ markup: ReplyMarkup?) -> [String] {
    switch markup {
    case nil: return []
    case .inline(let keyboard):
      return keyboard.inlineKeyboard.map { row in
        "  " + row.map { "[\($0.text)]" + ($0.url == nil ? "" : "{url}") }.joined(separator: " ")
      }
    case .reply(let keyboard):
      return keyboard.keyboard.map { row in
        "  ⌨ " + row.map { "[\($0.text)]" + Self.requestSuffix($0) }.joined(separator: " ")
      }
    case .remove:
      return ["  ⌨ ✕"]
    }
  }

  static func requestSuffix(_ button: KeyboardButton) -> String {
    if button.requestContact == true { return "{contact}" }
    if button.requestLocation == true { return "{location}" }
    return ""
  }

  /// `images/rose-red-15.jpg` under the shop folder, else the file name, else `file_id:…`.
  func file(_ input: InputFile) -> String {
    switch input {
    case .fileID(let id):
      // A photo a user sent, sent on by its file id: shown by its path like the user's `:photo`.
      if let path = files?.path(forFileID: id) { return file(.upload(path: path)) }
      return "file_id:\(id)"
    case .url(let url): return url
    case .upload(let path):
      if let shopDirectory {
        let base = shopDirectory.standardizedFileURL.path + "/"
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        if full.hasPrefix(base) { return String(full.dropFirst(base.count)) }
      }
      return URL(fileURLWithPath: path).lastPathComponent
    }
  }
}
