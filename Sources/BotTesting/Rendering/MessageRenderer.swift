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
public struct MessageRenderer: Sendable {
  /// The start of every block's first line.
  public static let headerPrefix = "bot → "

  /// Chat names by chat id (a user's private chat has the user's id).
  public var names: [Int64: String]
  /// Photos under this folder are shown by their path relative to it.
  public var shopDirectory: URL?

  public init(names: [Int64: String] = [:], shopDirectory: URL? = nil) {
    self.names = names
    self.shopDirectory = shopDirectory
  }

  /// Names every user's private chat after the user.
  public init(users: [TestUser], shopDirectory: URL? = nil) {
    self.init(
      names: Dictionary(users.map { ($0.userID, $0.name) }, uniquingKeysWith: { first, _ in first }),
      shopDirectory: shopDirectory)
  }

  public func render(_ messages: [OutgoingMessage]) -> [String] { messages.flatMap(render) }

  /// One block; silent callback answers render as nothing.
  public func render(_ message: OutgoingMessage) -> [String] {
    switch message {
    case .message(let m):
      return [header(chat: m.chatID)] + textLines(m.text) + markupLines(m.replyMarkup)
    case .photo(let p):
      return [header(chat: p.chatID) + ": photo " + file(p.photo)] + textLines(p.caption ?? "")
        + markupLines(p.replyMarkup)
    case .callbackAnswer(let answer):
      guard let text = answer.text, !text.isEmpty else { return [] }
      let chat = UpdateFactory.chat(ofCallbackQueryID: answer.callbackQueryID)
      let name = chat.map(name(chat:)) ?? "query:\(answer.callbackQueryID)"
      return ["\(Self.headerPrefix)\(name): \(answer.showAlert == true ? "alert" : "toast")"] + textLines(text)
    }
  }

  func header(chat: Int64) -> String { Self.headerPrefix + name(chat: chat) }

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
    case .fileID(let id): return "file_id:\(id)"
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
