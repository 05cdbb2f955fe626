import Foundation
import Testing

@testable import TelegramBotAPI

/// `FastJSON` must write exactly what `JSONEncoder` with sorted keys writes.
@Suite struct FastJSONTests {
  static let texts = [
    "", "Букет «Нежность» — 17 000 ₸", "a/b \\ \"q\"", "line\nbreak\ttab\r", "\u{1}\u{8}\u{c}\u{1f}",
    "🌹 <b>x</b> &amp;",
  ]

  func encoded<T: Encodable>(_ value: T) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return Array(try encoder.encode(value))
  }

  func markup(_ random: inout SplitMix) -> ReplyMarkup? {
    func text() -> String { Self.texts[Int(random.next() % UInt64(Self.texts.count))] }
    func flag() -> Bool? { [nil, true, false][Int(random.next() % 3)] }
    switch random.next() % 4 {
    case 0: return nil
    case 1:
      let rows = (0..<Int(random.next() % 3)).map { _ in
        (0..<Int(random.next() % 3)).map { _ in
          InlineKeyboardButton(
            text: text(), callbackData: random.next() % 2 == 0 ? "o:1:p:2" : nil,
            url: random.next() % 4 == 0 ? "https://t.me/x" : nil)
        }
      }
      return .inline(InlineKeyboardMarkup(inlineKeyboard: rows))
    case 2:
      let rows = (0..<Int(random.next() % 3)).map { _ in
        (0..<Int(random.next() % 3)).map { _ in
          KeyboardButton(text: text(), requestContact: flag(), requestLocation: flag())
        }
      }
      return .reply(
        ReplyKeyboardMarkup(
          keyboard: rows, resizeKeyboard: flag(), oneTimeKeyboard: flag(), isPersistent: flag(),
          inputFieldPlaceholder: random.next() % 2 == 0 ? text() : nil))
    default: return .remove(ReplyKeyboardRemove())
    }
  }

  @Test func writesWhatJSONEncoderWrites() throws {
    var random = SplitMix(seed: 11)
    for _ in 0..<500 {
      let text = Self.texts[Int(random.next() % UInt64(Self.texts.count))]
      let chat = Int64(bitPattern: random.next()) >> Int64(random.next() % 60)
      let markup = markup(&random)
      let message = SendMessage(
        chatID: chat, text: text, parseMode: random.next() % 2 == 0 ? .html : nil, replyMarkup: markup,
        replyToMessageID: random.next() % 3 == 0 ? 42 : nil, disableNotification: random.next() % 3 == 0 ? true : nil)
      #expect(message.fastJSON() == (try encoded(message)))
      var inline: InlineKeyboardMarkup?
      if case .inline(let keyboard)? = markup { inline = keyboard }
      let edit = EditMessageText(
        chatID: chat, messageID: 7, text: text, parseMode: random.next() % 2 == 0 ? .html : nil, replyMarkup: inline)
      #expect(edit.fastJSON() == (try encoded(edit)))
      let strip = EditMessageReplyMarkup(chatID: chat, messageID: -3, replyMarkup: inline)
      #expect(strip.fastJSON() == (try encoded(strip)))
      let answer = AnswerCallbackQuery(
        callbackQueryID: "q\(chat)", text: random.next() % 2 == 0 ? text : nil,
        showAlert: random.next() % 2 == 0 ? false : nil)
      #expect(answer.fastJSON() == (try encoded(answer)))
      let files = [InputFile.fileID(text), .url("https://example.com/\(text)"), .upload(path: "/tmp/a b/\(chat).jpg")]
      let photo = SendPhoto(
        chatID: chat, photo: files[Int(random.next() % 3)], caption: random.next() % 3 == 0 ? nil : text,
        parseMode: random.next() % 2 == 0 ? .html : nil, replyMarkup: markup)
      #expect(photo.fastJSON() == (try encoded(photo)))
    }
  }
}
