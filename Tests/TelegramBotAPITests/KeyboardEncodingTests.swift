import Testing

@testable import TelegramBotAPI

@Suite struct KeyboardEncodingTests {
  @Test func sendMessageWithInlineKeyboardUsesSnakeCaseKeys() throws {
    let call = SendMessage(
      chatID: 777_000_111, text: "Выберите букет", parseMode: .html,
      replyMarkup: .inline(
        InlineKeyboardMarkup(inlineKeyboard: [
          [.callback("Розы", data: "p:17"), .link("Сайт", url: "https://example.kz")]
        ])))
    #expect(
      try encodeSorted(call)
        == #"{"chat_id":777000111,"parse_mode":"HTML","reply_markup":{"inline_keyboard":"#
        + #"[[{"callback_data":"p:17","text":"Розы"},{"text":"Сайт","url":"https://example.kz"}]]},"#
        + #""text":"Выберите букет"}"#)
    #expect(try roundTrip(call) == call)
  }

  @Test func sendMessageWithReplyKeyboard() throws {
    let call = SendMessage(
      chatID: 1, text: "Нужен ваш номер",
      replyMarkup: .reply(
        ReplyKeyboardMarkup(
          keyboard: [
            [KeyboardButton(text: "Поделиться номером", requestContact: true)],
            [KeyboardButton(text: "Где я", requestLocation: true), KeyboardButton(text: "Отмена")],
          ],
          resizeKeyboard: true, oneTimeKeyboard: true, isPersistent: false,
          inputFieldPlaceholder: "+7 7xx xxx xx xx")),
      replyToMessageID: 5)
    #expect(
      try encodeSorted(call)
        == #"{"chat_id":1,"reply_markup":{"input_field_placeholder":"+7 7xx xxx xx xx","#
        + #""is_persistent":false,"keyboard":[[{"request_contact":true,"text":"Поделиться номером"}],"#
        + #"[{"request_location":true,"text":"Где я"},{"text":"Отмена"}]],"one_time_keyboard":true,"#
        + #""resize_keyboard":true},"reply_to_message_id":5,"text":"Нужен ваш номер"}"#)
    #expect(try roundTrip(call) == call)
  }

  @Test func sendMessageRemovingKeyboard() throws {
    let call = SendMessage(
      chatID: 1, text: "Спасибо", replyMarkup: .remove(ReplyKeyboardRemove()),
      disableNotification: true)
    #expect(
      try encodeSorted(call)
        == #"{"chat_id":1,"disable_notification":true,"reply_markup":{"remove_keyboard":true},"#
        + #""text":"Спасибо"}"#)
    #expect(try roundTrip(call) == call)
  }

  @Test func plainSendMessageOmitsAbsentFields() throws {
    #expect(try encodeSorted(SendMessage(chatID: -5, text: "a")) == #"{"chat_id":-5,"text":"a"}"#)
  }

  @Test func replyMarkupDecodesByPresentKey() throws {
    #expect(
      try decode(ReplyMarkup.self, #"{"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}"#)
        == .inline(InlineKeyboardMarkup(inlineKeyboard: [[.callback("A", data: "a")]])))
    #expect(
      try decode(ReplyMarkup.self, #"{"keyboard": [[{"text": "B"}]], "selective": true}"#)
        == .reply(ReplyKeyboardMarkup(keyboard: [[KeyboardButton(text: "B")]])))
    #expect(
      try decode(ReplyMarkup.self, #"{"remove_keyboard": true}"#) == .remove(ReplyKeyboardRemove()))
  }

  @Test(arguments: [#"{"force_reply": true}"#, "[]", #"{"inline_keyboard": 3}"#])
  func replyMarkupRejectsOtherShapes(json: String) {
    #expect(throws: DecodingError.self) { try decode(ReplyMarkup.self, json) }
  }
}
