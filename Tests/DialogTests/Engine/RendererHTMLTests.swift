import FlowerShop
import Foundation
import TelegramBotAPI
import Testing

@testable import Dialog

@Suite struct RendererHTMLTests {
  let renderer: Renderer = {
    let bundle = try! LocaleBundle(
      language: "ru",
      source: """
        address = 📍 <b>Адрес:</b> { $address }
        count = { $n } шт.
        on-date = Доставка { $date }
        date = <i>{ $day } ноября</i>
        back = Назад & выход
        """)
    return Renderer(localizer: Localizer(bundles: [bundle]))
  }()

  @Test func everythingPeopleTypedIsEscapedAndLocaleMarkupIsKept() {
    let text = Text.lines([
      .key("address", ["address": "ул. <Абая> & 10"]), .key("count", ["n": 3]), .verbatim("Алия <3"),
      .format("on-date", ["date": .key("date", ["day": 28])]),
    ])
    #expect(
      renderer.html(text, language: "ru")
        == "📍 <b>Адрес:</b> ул. &lt;Абая&gt; &amp; 10\n3 шт.\nАлия &lt;3\nДоставка <i>28 ноября</i>")
  }

  @Test func messagesUseHTMLWhileButtonsAndToastsStayPlain() {
    let reply = Reply(
      .verbatim("<script>"),
      keyboard: .inline([[InlineButton(.key("back", [:]), data: "b"), InlineButton(.verbatim("<1>"), data: "c")]]))
    #expect(
      renderer.render(reply, chat: ChatID(5), language: "ru") == [
        .message(
          SendMessage(
            chatID: 5, text: "&lt;script&gt;", parseMode: .html,
            replyMarkup: .inline(
              InlineKeyboardMarkup(inlineKeyboard: [
                [.callback("Назад & выход", data: "b"), .callback("<1>", data: "c")]
              ]))))
      ])
    #expect(renderer.string(.verbatim("<1>"), language: "ru") == "<1>")
  }

  @Test func aLongTextIsSplitWithinTheLimitAndTheKeyboardGoesLast() throws {
    let line = Text.key("address", ["address": .string(String(repeating: "<>&", count: 300))])
    let reply = Reply(
      .lines(Array(repeating: line, count: 6)), keyboard: .inline([[InlineButton(.verbatim("ok"), data: "ok")]]))
    let messages = renderer.render(reply, chat: ChatID(5), language: "ru")
    #expect(messages.count == 2)
    for case .message(let message) in messages {
      #expect(try TelegramHTML.visibleLength(message.text) <= TelegramLimits.messageTextCharacters)
      #expect(message.parseMode == .html)
    }
    guard case .message(let first) = messages.first, case .message(let last) = messages.last else { return }
    #expect(first.replyMarkup == nil)
    #expect(last.replyMarkup != nil)
  }

  @Test func aTextReplyToAPressOnATextMessageEditsItInPlace() {
    let pressed = PressedMessage(messageID: 40, isText: true)
    let menu = Reply(.verbatim("Розы"), keyboard: .inline([[InlineButton(.verbatim("1"), data: "q1")]]))
    #expect(
      renderer.render(menu, chat: ChatID(5), language: "ru", replacing: pressed) == [
        .editText(
          EditMessageText(
            chatID: 5, messageID: 40, text: "Розы", parseMode: .html,
            replyMarkup: InlineKeyboardMarkup(inlineKeyboard: [[.callback("1", data: "q1")]])))
      ])
    let plain = Reply(.verbatim("Готово"))
    #expect(
      renderer.render(plain, chat: ChatID(5), language: "ru", replacing: pressed) == [
        .editText(EditMessageText(chatID: 5, messageID: 40, text: "Готово", parseMode: .html))
      ])
  }

  @Test func otherwiseThePressedMessageLosesItsButtonsAndTheReplyIsSentAnew() {
    let removal = OutgoingMessage.editMarkup(EditMessageReplyMarkup(chatID: 5, messageID: 40))
    let photo = Reply(.verbatim("x"), photo: .fileID("F"))
    #expect(
      renderer.render(photo, chat: ChatID(5), language: "ru", replacing: PressedMessage(messageID: 40, isText: true))
        == [removal, .photo(SendPhoto(chatID: 5, photo: .fileID("F"), caption: "x", parseMode: .html))])
    let onPhoto = Reply(.verbatim("y"))
    #expect(
      renderer.render(onPhoto, chat: ChatID(5), language: "ru", replacing: PressedMessage(messageID: 40, isText: false))
        == [removal, .message(SendMessage(chatID: 5, text: "y", parseMode: .html))])
    let replyKeyboard = Reply(.verbatim("z"), keyboard: .remove)
    #expect(
      renderer.render(
        replyKeyboard, chat: ChatID(5), language: "ru", replacing: PressedMessage(messageID: 40, isText: true))
        == [
          removal,
          .message(SendMessage(chatID: 5, text: "z", parseMode: .html, replyMarkup: .remove(ReplyKeyboardRemove()))),
        ])
  }

  @Test func editsSurviveTheOutbox() throws {
    let edits: [OutgoingMessage] = [
      .editText(EditMessageText(chatID: 5, messageID: 4, text: "a", parseMode: .html)),
      .editMarkup(EditMessageReplyMarkup(chatID: 5, messageID: 4)),
    ]
    for edit in edits { #expect(try OutgoingMessage(method: edit.method, payload: edit.payload()) == edit) }
  }
}

/// Every text in the locale files is valid Telegram HTML, so no message is refused for its markup.
@Suite struct LocaleHTMLTests {
  @Test func everyLocaleMessageIsValidTelegramHTML() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let localizer = try Localizer(directory: root.appendingPathComponent("locales"))
    let renderer = Renderer(localizer: localizer)
    for language in localizer.languages {
      for key in try #require(localizer.bundle(language)).keys.sorted() {
        let html = renderer.html(.key(key, [:]), language: language)
        #expect(throws: Never.self, "\(language): \(key)") { try TelegramHTML.plainText(html) }
      }
    }
  }
}
