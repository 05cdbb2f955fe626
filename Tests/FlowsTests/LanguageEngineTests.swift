import Dialog
import FlowerShop
import Foundation
import GRDB
import Logging
import Testing

@testable import Flows

/// `/language` through the real engine and SQLite: a press stores the chat's language, answers
/// in it and queues the chat's commands menu in it; a forged code changes nothing.
@Suite struct LanguageEngineTests {
  let bot: Bot
  let chat: Int64 = 1001

  init() throws {
    bot = try demoBot()
  }

  func send(_ input: Input, update: Int64, languageCode: String? = "ru") async throws {
    let event = IncomingEvent(
      updateID: update, chat: ChatID(chat),
      sender: Sender(user: UserID(chat), firstName: "Aigerim", languageCode: languageCode), input: input,
      callbackQueryID: input.isButton ? "q\(update)" : nil)
    #expect(try await bot.engine.process(event) == .processed)
  }

  func language() throws -> String? {
    try bot.database.read { db in try ChatStore.language(db, chat: ChatID(chat)) }
  }

  func outbox(_ method: String) throws -> [String] {
    try bot.database.read { db in
      try String.fetchAll(
        db, sql: "SELECT payload FROM outbox WHERE chat_id = ? AND method = ? ORDER BY id", arguments: [chat, method])
    }
  }

  @Test func aPressSwitchesTheChatAndItsCommandsMenu() async throws {
    try await send(.command(name: "language", arguments: ""), update: 1)
    #expect(try outbox("sendMessage").last?.contains("l:kk") == true)
    try await send(.button(data: LanguageButton.choose(.kk).data), update: 2)
    #expect(try language() == "kk")
    #expect(try outbox("sendMessage").last?.contains("Енді сізбен қазақша сөйлесемін") == true)
    let menu = try #require(try outbox("setMyCommands").last)
    #expect(menu.contains("\"language\"") && menu.contains("Тіл: Русский"))
    // The stored choice wins over Telegram's language_code from now on.
    try await send(.command(name: "help", arguments: ""), update: 3, languageCode: "en")
    #expect(try outbox("sendMessage").last?.contains("тілді ауыстыру") == true)
  }

  @Test(arguments: ["l:de", "l:", "l:kk-KZ"])
  func aForgedCodeChangesNothing(_ data: String) async throws {
    try await send(.command(name: "start", arguments: ""), update: 1)
    let sent = try outbox("sendMessage").count
    try await send(.button(data: data), update: 2)
    #expect(try language() == "ru")
    #expect(try outbox("sendMessage").count == sent)
    #expect(try outbox("setMyCommands") == [])
    let answer = try #require(try outbox("answerCallbackQuery").last)
    #expect(answer.contains("такого языка я не знаю"))
  }

  @Test func aNewcomerGetsTheLanguageOfTheirTelegram() async throws {
    try await send(.command(name: "start", arguments: ""), update: 1, languageCode: "en-US")
    #expect(try language() == "en")
    #expect(try outbox("sendMessage").last?.contains("Hello, Aigerim!") == true)
  }
}

extension Input {
  fileprivate var isButton: Bool {
    if case .button = self { return true }
    return false
  }
}
