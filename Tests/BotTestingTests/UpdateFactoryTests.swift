import Dialog
import Foundation
import TelegramBotAPI
import Testing

@testable import BotTesting

@Suite struct UpdateFactoryTests {
  let clock = ManualClock(TranscriptRunner.defaultStart)
  let transport = FakeTelegramTransport()
  let customer = TestUser.customer

  func send(_ text: String, markup: ReplyMarkup?) async throws {
    _ = try await transport.deliver(.message(SendMessage(chatID: customer.userID, text: text, replyMarkup: markup)))
  }

  func inline(_ buttons: [(String, String)]) -> ReplyMarkup {
    .inline(InlineKeyboardMarkup(inlineKeyboard: [buttons.map { InlineKeyboardButton.callback($0.0, data: $0.1) }]))
  }

  @Test func textAndCommandMessages() throws {
    var factory = UpdateFactory(clock: clock, transport: transport)
    let text = try factory.update(.text("Привет"), from: customer)
    #expect(text.updateID == 1)
    #expect(text.message?.messageID == 1)
    #expect(text.message?.chat == Chat(id: 1001, type: "private", firstName: "Aigerim"))
    #expect(text.message?.from == User(id: 1001, firstName: "Aigerim", languageCode: "ru"))
    #expect(text.message?.date == 1_795_755_600)
    let command = try factory.update(.command("/order 12"), from: customer)
    #expect(command.updateID == 2)
    #expect(command.message?.messageID == 2)
    #expect(command.message?.entities == [MessageEntity(type: "bot_command", offset: 0, length: 6)])
    #expect(InputNormalizer.event(from: command)?.input == .command(name: "order", arguments: "12"))
  }

  @Test func pressingAnInlineButtonAnswersTheNewestMessageWithIt() async throws {
    try await send("Каталог", markup: inline([("🌹 Розы", "cat:roses"), ("💐 Букеты", "cat:mixed")]))
    try await send("Ещё раз", markup: inline([("🌹 Розы", "cat:roses:2")]))
    try await send("Без кнопок", markup: nil)
    var factory = UpdateFactory(clock: clock, transport: transport)
    let update = try factory.update(.press(label: "🌹 Розы"), from: customer)
    let query = try #require(update.callbackQuery)
    #expect(query.data == "cat:roses:2")
    #expect(query.message?.messageID == 2)
    #expect(query.message?.chat.id == 1001)
    #expect(query.from.id == 1001)
    #expect(UpdateFactory.chat(ofCallbackQueryID: query.id) == 1001)
    let older = try factory.update(.press(label: "💐 Букеты"), from: customer)
    #expect(older.callbackQuery?.data == "cat:mixed")
    #expect(older.callbackQuery?.message?.messageID == 1)
    #expect(older.callbackQuery?.id != query.id)
    let numbered = try factory.update(.pressNumber(1), from: customer)
    #expect(numbered.callbackQuery?.data == "cat:roses:2")
  }

  @Test func replyKeyboardButtons() async throws {
    let keyboard = ReplyMarkup.reply(
      ReplyKeyboardMarkup(keyboard: [
        [KeyboardButton(text: "📱 Отправить номер", requestContact: true)],
        [KeyboardButton(text: "📍 Геолокация", requestLocation: true), KeyboardButton(text: "⬅️ Назад")],
      ]))
    try await send("Ваш номер?", markup: keyboard)
    try await send("Или нажмите", markup: inline([("Пропустить", "skip")]))
    var factory = UpdateFactory(clock: clock, transport: transport)
    let contact = try #require(try factory.update(.press(label: "📱 Отправить номер"), from: customer).message)
    #expect(contact.contact == Contact(phoneNumber: "+77015211545", firstName: "Aigerim", userID: 1001))
    #expect(contact.contact?.userID == contact.from?.id)
    let location = try factory.update(.press(label: "📍 Геолокация"), from: customer).message?.location
    #expect(location == Location(latitude: 43.238949, longitude: 76.889709))
    #expect(try factory.update(.press(label: "⬅️ Назад"), from: customer).message?.text == "⬅️ Назад")
  }

  @Test func removedReplyKeyboardsAreGone() async throws {
    try await send("Меню", markup: .reply(ReplyKeyboardMarkup(keyboard: [[KeyboardButton(text: "Каталог")]])))
    try await send("Готово", markup: .remove(ReplyKeyboardRemove()))
    var factory = UpdateFactory(clock: clock, transport: transport)
    #expect(throws: ConsoleError.unknownLabel("Каталог", available: [])) {
      try factory.update(.press(label: "Каталог"), from: customer)
    }
  }

  @Test func unknownLabelsListTheAvailableOnes() async throws {
    try await send("Меню", markup: .reply(ReplyKeyboardMarkup(keyboard: [[KeyboardButton(text: "Каталог")]])))
    try await send("Выберите", markup: inline([("Да", "y"), ("Нет", "n")]))
    var factory = UpdateFactory(clock: clock, transport: transport)
    let expected = ConsoleError.unknownLabel("Может быть", available: ["Да", "Нет", "Каталог"])
    #expect(throws: expected) { try factory.update(.press(label: "Может быть"), from: customer) }
    #expect(expected.description == "no button [Может быть]; available: [Да] [Нет] [Каталог]")
    #expect(throws: ConsoleError.noSuchButton(number: 3, count: 2)) {
      try factory.update(.pressNumber(3), from: customer)
    }
    #expect(factory.lastUpdateID == 0)
  }

  @Test func contactsLocationsAndPhotos() throws {
    let files = FakeFileStore(baseDirectory: URL(fileURLWithPath: "/shop"))
    var factory = UpdateFactory(clock: clock, transport: transport, files: files)
    let other = try factory.update(.contact(phone: "+77015550000", owner: .user(1002)), from: customer)
    #expect(other.message?.contact?.userID == 1002)
    #expect(InputNormalizer.event(from: other)?.input == .contact(phone: "+77015550000", isOwn: false))
    let typed = try factory.update(.contact(phone: "87015211545", owner: .nobody), from: customer)
    #expect(typed.message?.contact?.userID == nil)
    let own = try factory.update(.contact(phone: nil, owner: .sender), from: customer)
    #expect(InputNormalizer.event(from: own)?.input == .contact(phone: "+77015211545", isOwn: true))
    let photo = try factory.update(.photo(path: "images/a.jpg", caption: "Такой"), from: customer)
    #expect(photo.message?.photo?.count == 2)
    let largest = try #require(photo.message?.largestPhoto)
    #expect(files.path(forFileID: largest.fileID) == "/shop/images/a.jpg")
    #expect(InputNormalizer.event(from: photo)?.input == .photo(fileID: largest.fileID, caption: "Такой"))
  }
}
