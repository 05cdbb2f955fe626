import Dialog
import Foundation
import TelegramBotAPI
import Testing

@testable import BotTesting

@Suite struct MessageRendererTests {
  let renderer = MessageRenderer(users: TestUser.defaults, shopDirectory: URL(fileURLWithPath: "/shop"))

  @Test func textWithBothKeyboards() {
    let inline = OutgoingMessage.message(
      SendMessage(
        chatID: 1001, text: "Первая строка\n\nТретья строка",
        replyMarkup: .inline(
          InlineKeyboardMarkup(inlineKeyboard: [
            [.callback("Inline A", data: "a"), .callback("Inline B", data: "b")], [.callback("Inline C", data: "c")],
          ]))))
    let reply = OutgoingMessage.message(
      SendMessage(
        chatID: 1001, text: "Ваш номер?",
        replyMarkup: .reply(
          ReplyKeyboardMarkup(keyboard: [
            [KeyboardButton(text: "⬅️ Назад"), KeyboardButton(text: "✖️ Отменить заказ")],
            [
              KeyboardButton(text: "📱 Отправить номер", requestContact: true),
              KeyboardButton(text: "📍 Геолокация", requestLocation: true),
            ],
          ]))))
    #expect(
      renderer.render([inline, reply]) == [
        "bot → customer",
        "  | Первая строка",
        "  |",
        "  | Третья строка",
        "  [Inline A] [Inline B]",
        "  [Inline C]",
        "bot → customer",
        "  | Ваш номер?",
        "  ⌨ [⬅️ Назад] [✖️ Отменить заказ]",
        "  ⌨ [📱 Отправить номер]{contact} [📍 Геолокация]{location}",
      ])
  }

  @Test func unknownChatsAndKeyboardRemoval() {
    let message = OutgoingMessage.message(
      SendMessage(chatID: -100_500, text: "Новый заказ", replyMarkup: .remove(ReplyKeyboardRemove())))
    #expect(renderer.render(message) == ["bot → chat:-100500", "  | Новый заказ", "  ⌨ ✕"])
  }

  @Test func photos() {
    let underShop = OutgoingMessage.photo(
      SendPhoto(chatID: 1001, photo: .upload(path: "/shop/images/../images/rose-red-15.jpg"), caption: "Розы\n17 000 ₸")
    )
    let elsewhere = OutgoingMessage.photo(SendPhoto(chatID: 2001, photo: .upload(path: "/tmp/x/bouquet.jpg")))
    let byID = OutgoingMessage.photo(
      SendPhoto(
        chatID: 1001, photo: .fileID("AgADBAAD"),
        replyMarkup: .inline(InlineKeyboardMarkup(inlineKeyboard: [[.callback("Всё отлично", data: "ok")]]))))
    #expect(
      renderer.render([underShop, elsewhere, byID]) == [
        "bot → customer: photo images/rose-red-15.jpg",
        "  | Розы",
        "  | 17 000 ₸",
        "bot → florist: photo bouquet.jpg",
        "bot → customer: photo file_id:AgADBAAD",
        "  [Всё отлично]",
      ])
  }

  @Test func callbackAnswersRenderOnlyWithText() {
    let id = UpdateFactory.callbackQueryID(chat: 1001, sequence: 3)
    #expect(renderer.render(.callbackAnswer(AnswerCallbackQuery(callbackQueryID: id))) == [])
    #expect(renderer.render(.callbackAnswer(AnswerCallbackQuery(callbackQueryID: id, text: ""))) == [])
    #expect(
      renderer.render(.callbackAnswer(AnswerCallbackQuery(callbackQueryID: id, text: "Этот букет закончился")))
        == ["bot → customer: toast", "  | Этот букет закончился"])
    #expect(
      renderer.render(.callbackAnswer(AnswerCallbackQuery(callbackQueryID: id, text: "Нет прав", showAlert: true)))
        == ["bot → customer: alert", "  | Нет прав"])
  }
}
