import FlowerShop
import Foundation
import TelegramBotAPI
import Testing

@testable import Dialog

/// `Text.translated`: shop data carried with its translations and shown in the language the
/// reply is rendered in, the default text when the translation is missing or blank.
@Suite struct TranslatedTextTests {
  let renderer: Renderer = {
    let bundles = [
      try! LocaleBundle(language: "ru", source: "pickup = Ждём вас по адресу: { $address }."),
      try! LocaleBundle(language: "kk", source: "pickup = Сізді мына мекенжайда күтеміз: { $address }."),
      try! LocaleBundle(language: "en", source: "pickup = We are waiting for you at { $address }."),
    ]
    return Renderer(localizer: Localizer(bundles: bundles))
  }()

  let address = Text.translated(
    "Алматы, ул. Панфилова, 98", ["kk": "Алматы, Панфилов көшесі, 98", "en": "98 Panfilov St, Almaty"])

  @Test(arguments: [
    ("ru", "Алматы, ул. Панфилова, 98"), ("kk", "Алматы, Панфилов көшесі, 98"), ("en", "98 Panfilov St, Almaty"),
  ])
  func eachLanguageReadsItsOwnTranslation(_ language: String, _ expected: String) {
    #expect(renderer.string(address, language: language) == expected)
    #expect(renderer.html(address, language: language) == expected)
  }

  @Test func aMissingOrBlankTranslationFallsBackToTheDefaultText() {
    let title = Text.translated("15 красных роз", ["kk": "  ", "en": ""])
    #expect(renderer.string(title, language: "kk") == "15 красных роз")
    #expect(renderer.string(title, language: "en") == "15 красных роз")
    #expect(renderer.string(title, language: "de") == "15 красных роз")
    #expect(renderer.string(.translated("Розы", [:]), language: "kk") == "Розы")
    #expect(Renderer.resolve("Розы", ["kk": "Раушандар"], language: "kk") == "Раушандар")
  }

  @Test func insideAFormatTheSentenceAndTheDataShareTheRecipientsLanguage() {
    let text = Text.format("pickup", ["address": address])
    #expect(renderer.string(text, language: "ru") == "Ждём вас по адресу: Алматы, ул. Панфилова, 98.")
    #expect(renderer.string(text, language: "kk") == "Сізді мына мекенжайда күтеміз: Алматы, Панфилов көшесі, 98.")
    #expect(renderer.string(text, language: "en") == "We are waiting for you at 98 Panfilov St, Almaty.")
  }

  /// Shop data is no markup: it is escaped in messages like any verbatim text.
  @Test func theChosenTextIsEscapedInHTML() {
    let text = Text.translated("Розы <b>", ["en": "Roses & <i>tulips</i>"])
    #expect(renderer.html(text, language: "en") == "Roses &amp; &lt;i&gt;tulips&lt;/i&gt;")
    #expect(renderer.html(text, language: "ru") == "Розы &lt;b&gt;")
  }

  /// One reply rendered for two chats: each gets its own language, as the engine does for the
  /// chats linked to an order.
  @Test func oneReplyRenderedForChatsOfDifferentLanguages() {
    let reply = Reply(to: ChatID(7), .format("pickup", ["address": address]))
    let kazakh = renderer.render(reply, chat: ChatID(7), language: "kk")
    let russian = renderer.render(reply, chat: ChatID(8), language: "ru")
    #expect(
      kazakh == [
        .message(
          SendMessage(chatID: 7, text: "Сізді мына мекенжайда күтеміз: Алматы, Панфилов көшесі, 98.", parseMode: .html))
      ])
    #expect(
      russian == [
        .message(SendMessage(chatID: 8, text: "Ждём вас по адресу: Алматы, ул. Панфилова, 98.", parseMode: .html))
      ])
  }
}
