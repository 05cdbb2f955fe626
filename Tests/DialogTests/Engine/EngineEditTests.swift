import BotTesting
import FlowerShop
import Foundation
import GRDB
import Logging
import TelegramBotAPI
import Testing

@testable import Dialog

/// Answers a press with a menu (text + inline keyboard), a photo, a reply keyboard, or nothing
/// but a toast, as the press's data asks; "keep" leaves the pressed message alone.
struct MenuLogic: ChatLogic {
  var initialState: Int { 0 }
  func handle(_ event: IncomingEvent, state: Int, turn: inout Turn) throws -> Int {
    guard case .button(let data) = event.input else {
      turn.send(Reply(.verbatim("menu"), keyboard: .inline([[InlineButton(.verbatim("go"), data: "menu")]])))
      return state
    }
    switch data {
    case "menu":
      turn.send(Reply(.verbatim("next"), keyboard: .inline([[InlineButton(.verbatim("go"), data: "photo")]])))
    case "photo": turn.send(Reply(.verbatim("card"), photo: .fileID("F")))
    case "typing": turn.send(Reply(.verbatim("type"), keyboard: .remove))
    case "keep":
      turn.keepsPressedMessage = true
      turn.send(Reply(.verbatim("kept")))
    default: turn.toast = .verbatim("stale")
    }
    return state + 1
  }
}

struct EditHarness {
  let database: DatabaseQueue
  let engine: Engine<MenuLogic>

  init() throws {
    database = try DatabaseQueue()
    var migrator = DatabaseMigrator()
    DialogSchema.register(in: &migrator)
    try migrator.migrate(database)
    engine = Engine(
      database: database, logic: MenuLogic(), localizer: Localizer(bundles: []),
      clock: ManualClock(Date(timeIntervalSince1970: 1_800_000_000)), random: SeededRandom(),
      logger: Logger(label: "test"))
  }

  func press(_ data: String, on message: Int64, text: Bool = true, update: Int64 = 1) -> Update {
    let user = User(id: 10, firstName: "A")
    var pressed = Message(messageID: message, chat: Chat(id: 10), date: 1_800_000_000)
    if text {
      pressed.text = "old"
    } else {
      pressed.photo = [PhotoSize(fileID: "P", fileUniqueID: "p", width: 1, height: 1)]
    }
    return Update(
      updateID: update,
      callbackQuery: CallbackQuery(id: "q\(update)", from: user, message: pressed, chatInstance: "i", data: data))
  }

  func outbox() async throws -> [OutgoingMessage] {
    try await database.read { db in try OutboxStore.pending(db, limit: 100) }.map(\.message)
  }
}

@Suite struct EngineEditTests {
  let answer = OutgoingMessage.callbackAnswer(AnswerCallbackQuery(callbackQueryID: "q1"))

  @Test func aMenuTheFlowContinuesInIsEditedInPlace() async throws {
    let h = try EditHarness()
    _ = try await h.engine.process(h.press("menu", on: 7))
    let menu = InlineKeyboardMarkup(inlineKeyboard: [[.callback("go", data: "photo")]])
    #expect(
      try await h.outbox() == [
        answer, .editText(EditMessageText(chatID: 10, messageID: 7, text: "next", parseMode: .html, replyMarkup: menu)),
      ])
  }

  @Test func aPhotoReplyStripsThePressedMenuAndComesAsANewMessage() async throws {
    let h = try EditHarness()
    _ = try await h.engine.process(h.press("photo", on: 7))
    #expect(
      try await h.outbox() == [
        answer, .editMarkup(EditMessageReplyMarkup(chatID: 10, messageID: 7)),
        .photo(SendPhoto(chatID: 10, photo: .fileID("F"), caption: "card", parseMode: .html)),
      ])
  }

  @Test func aPressOnAPhotoOrAReplyKeyboardAnswerAlsoStripsAndSendsAnew() async throws {
    let h = try EditHarness()
    _ = try await h.engine.process(h.press("menu", on: 7, text: false))
    _ = try await h.engine.process(h.press("typing", on: 8, update: 2))
    let menu = InlineKeyboardMarkup(inlineKeyboard: [[.callback("go", data: "photo")]])
    #expect(
      try await h.outbox() == [
        answer, .editMarkup(EditMessageReplyMarkup(chatID: 10, messageID: 7)),
        .message(SendMessage(chatID: 10, text: "next", parseMode: .html, replyMarkup: .inline(menu))),
        .callbackAnswer(AnswerCallbackQuery(callbackQueryID: "q2")),
        .editMarkup(EditMessageReplyMarkup(chatID: 10, messageID: 8)),
        .message(SendMessage(chatID: 10, text: "type", parseMode: .html, replyMarkup: .remove(ReplyKeyboardRemove()))),
      ])
  }

  @Test func aToastOnlyOrAFlowThatKeepsTheMessageLeavesItAlone() async throws {
    let h = try EditHarness()
    _ = try await h.engine.process(h.press("stale", on: 7))
    _ = try await h.engine.process(h.press("keep", on: 7, update: 2))
    #expect(
      try await h.outbox() == [
        .callbackAnswer(AnswerCallbackQuery(callbackQueryID: "q1", text: "stale")),
        .callbackAnswer(AnswerCallbackQuery(callbackQueryID: "q2")),
        .message(SendMessage(chatID: 10, text: "kept", parseMode: .html)),
      ])
  }

  @Test func aPressTheBotCannotUseIsStillAnswered() async throws {
    let h = try EditHarness()
    let query = CallbackQuery(
      id: "q9", from: User(id: 10, firstName: "A"), inlineMessageID: "inline", chatInstance: "i")
    #expect(try await h.engine.process(Update(updateID: 9, callbackQuery: query)) == .ignored)
    #expect(try await h.engine.process(Update(updateID: 9, callbackQuery: query)) == .duplicate)
    #expect(try await h.outbox() == [.callbackAnswer(AnswerCallbackQuery(callbackQueryID: "q9"))])
  }

  @Test func blockingAndUnblockingTheBotIsRecorded() async throws {
    let h = try EditHarness()
    _ = try await h.engine.process(
      Update(
        updateID: 1,
        message: Message(messageID: 1, from: User(id: 10, firstName: "A"), chat: Chat(id: 10), date: 0, text: "hi")))
    func change(_ status: String, update: Int64) -> Update {
      let bot = User(id: 99, isBot: true, firstName: "Bot")
      return Update(
        updateID: update,
        myChatMember: ChatMemberUpdated(
          chat: Chat(id: 10), from: User(id: 10, firstName: "A"), date: 0,
          oldChatMember: ChatMember(status: "member", user: bot),
          newChatMember: ChatMember(status: status, user: bot)))
    }
    _ = try await h.engine.process(change("kicked", update: 2))
    #expect(try await h.database.read { db in try ChatStore.record(db, chat: ChatID(10))?.blocked } == true)
    #expect(try await h.outbox() == [])
    _ = try await h.engine.process(change("member", update: 3))
    #expect(try await h.database.read { db in try ChatStore.record(db, chat: ChatID(10))?.blocked } == false)
  }
}
