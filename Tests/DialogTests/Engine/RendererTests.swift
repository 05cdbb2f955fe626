import FlowerShop
import Foundation
import TelegramBotAPI
import Testing

@testable import Dialog

@Suite struct RendererTests {
  let renderer: Renderer = {
    let bundle = try! LocaleBundle(
      language: "ru",
      source: """
        hello = Привет, { $name }!
        date = { $day } { $month -> [11] ноября *[other] декабря }
        on-date = Доставка { $date }
        back = Назад
        """)
    return Renderer(localizer: Localizer(bundles: [bundle]))
  }()

  @Test func keysFormatsVerbatimAndLines() {
    let text = Text.lines([
      .key("hello", ["name": "Алия"]), .verbatim(""),
      .format("on-date", ["date": .key("date", ["day": 28, "month": 11])]), .verbatim("ул. Абая, 10"),
    ])
    #expect(renderer.string(text, language: "ru") == "Привет, Алия!\n\nДоставка 28 ноября\nул. Абая, 10")
  }

  @Test func keyboardsBecomeTelegramMarkup() {
    let inline = Reply(.verbatim("x"), keyboard: .inline([[InlineButton(.key("back", [:]), data: "o1:b")]]))
    #expect(
      renderer.render(inline, chat: ChatID(5), language: "ru")
        == [
          .message(
            SendMessage(
              chatID: 5, text: "x", parseMode: .html,
              replyMarkup: .inline(InlineKeyboardMarkup(inlineKeyboard: [[.callback("Назад", data: "o1:b")]]))))
        ])
    let reply = Reply(.verbatim("x"), keyboard: .reply([[ReplyButton(.verbatim("📱"), request: .contact)]]))
    guard case .message(let message) = renderer.render(reply, chat: ChatID(5), language: "ru").first,
      case .reply(let markup)? = message.replyMarkup
    else {
      Issue.record("a reply keyboard expected")
      return
    }
    #expect(markup.keyboard == [[KeyboardButton(text: "📱", requestContact: true)]])
    #expect(markup.resizeKeyboard == true)
  }

  @Test func photoWithALongCaptionIsSentAsPhotoThenText() {
    let long = String(repeating: "а", count: 1_100)
    let reply = Reply(.verbatim(long), photo: .file(path: "/shop/images/a.jpg"))
    let messages = renderer.render(reply, chat: ChatID(5), language: "ru")
    #expect(messages.count == 2)
    #expect(messages.first == .photo(SendPhoto(chatID: 5, photo: .upload(path: "/shop/images/a.jpg"))))
    #expect(messages.last == .message(SendMessage(chatID: 5, text: long, parseMode: .html)))
  }

  @Test func textOverTelegramsLimitIsSplitAtLineBreaks() {
    let line = String(repeating: "б", count: 1_000)
    let text = Array(repeating: line, count: 5).joined(separator: "\n")
    let messages = renderer.render(Reply(.verbatim(text), keyboard: .remove), chat: ChatID(5), language: "ru")
    let texts = messages.compactMap { if case .message(let m) = $0 { m.text } else { nil } }
    #expect(texts.count == 2)
    #expect(texts.allSatisfy { $0.count <= TelegramLimits.messageTextCharacters })
    #expect(texts.joined(separator: "\n") == text)
    guard case .message(let last) = messages.last else { return }
    #expect(last.replyMarkup == .remove(ReplyKeyboardRemove()))
  }

  @Test func uploadsKeepTheirFullPathThroughTheOutbox() throws {
    let photo = OutgoingMessage.photo(SendPhoto(chatID: 5, photo: .upload(path: "/shop/images/a.jpg"), caption: "x"))
    #expect(try OutgoingMessage(method: photo.method, payload: photo.payload()) == photo)
    #expect(throws: OutboxError.unknownMethod("sendSticker")) {
      try OutgoingMessage(method: "sendSticker", payload: Data("{}".utf8))
    }
  }
}
