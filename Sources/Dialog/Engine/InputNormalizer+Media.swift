import Foundation
import TelegramBotAPI

extension InputNormalizer {
  /// Telegram's getFile serves at most 20 MB.
  static let maxDownloadBytes = 20_000_000

  /// The largest photo size that can be downloaded (≤ 20 MB or of unknown size); the largest of
  /// all when none can, so the download reports the file as too large.
  static func largestPhoto(of message: Message) -> PhotoSize? {
    let fitting = (message.photo ?? []).filter { ($0.fileSize ?? 0) <= maxDownloadBytes }
    let within = Message(messageID: message.messageID, chat: message.chat, date: message.date, photo: fitting)
    return within.largestPhoto ?? message.largestPhoto
  }

  /// An image sent as a file ("without compression"): by its MIME type, else its file name.
  static func isImage(_ document: Document) -> Bool {
    if let mime = document.mimeType?.lowercased(), !mime.isEmpty { return mime.hasPrefix("image/") }
    guard let name = document.fileName?.lowercased(), let dot = name.lastIndex(of: ".") else { return false }
    return imageExtensions.contains(String(name[name.index(after: dot)...]))
  }

  static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "webp", "heic", "heif", "gif", "bmp", "tif", "tiff"]
}
