import Dialog
import Foundation
import TelegramBotAPI
import Testing

@testable import BotTesting

@Suite struct EditRenderingTests {
  let menu = InlineKeyboardMarkup(inlineKeyboard: [[.callback("Розы", data: "c:roses")]])

  @Test func anEditReplacesTheMessageInTheChatAndKeepsItsPlace() async throws {
    let transport = FakeTelegramTransport()
    let first = try await transport.deliver(
      .message(SendMessage(chatID: 1, text: "Категории", parseMode: .html, replyMarkup: .inline(menu))))
    _ = try await transport.deliver(
      .message(
        SendMessage(
          chatID: 1, text: "ниже", replyMarkup: .reply(ReplyKeyboardMarkup(keyboard: [[KeyboardButton(text: "Назад")]]))
        )))
    let list = InlineKeyboardMarkup(inlineKeyboard: [[.callback("15 роз", data: "p:1")]])
    let edited = try await transport.deliver(
      .editText(EditMessageText(chatID: 1, messageID: 1, text: "Розы &lt;3", parseMode: .html, replyMarkup: list)))
    #expect(first == 1 && edited == 1)
    let history = transport.history(chat: 1)
    #expect(history.map(\.messageID) == [1, 2])
    let buttons = ChatButtons(history: history)
    guard case .callback(let message, let data) = try buttons.press(label: "15 роз") else {
      Issue.record("the edited message's button")
      return
    }
    #expect(message.messageID == 1 && data == "p:1")
    #expect(throws: ConsoleError.self) { try buttons.press(label: "Розы") }
    // The edit did not take the chat's reply keyboard away.
    #expect(buttons.replyKeyboard == [[KeyboardButton(text: "Назад")]])
  }

  @Test func editsThatChangeNothingAreSilentAndEditsOfLostMessagesArriveAsNewOnes() async throws {
    let transport = FakeTelegramTransport()
    _ = try await transport.deliver(.message(SendMessage(chatID: 1, text: "a", replyMarkup: .inline(menu))))
    _ = transport.take()
    #expect(
      try await transport.deliver(.editText(EditMessageText(chatID: 1, messageID: 1, text: "a", replyMarkup: menu)))
        == 1)
    #expect(transport.take() == [])
    #expect(try await transport.deliver(.editText(EditMessageText(chatID: 1, messageID: 40, text: "b"))) == 2)
    #expect(transport.take() == [.message(SendMessage(chatID: 1, text: "b"))])
    #expect(try await transport.deliver(.editMarkup(EditMessageReplyMarkup(chatID: 1, messageID: 1))) == 1)
    #expect(ChatButtons(history: transport.history(chat: 1)).newestInline == nil)
  }

  @Test func callsTelegramWouldRefuseAreRefused() async {
    let transport = FakeTelegramTransport()
    await #expect(throws: DeliveryError.self) {
      try await transport.deliver(.message(SendMessage(chatID: 1, text: "<script>", parseMode: .html)))
    }
    await #expect(throws: DeliveryError.self) {
      try await transport.deliver(.message(SendMessage(chatID: 1, text: String(repeating: "я", count: 4097))))
    }
    let long = InlineKeyboardMarkup(inlineKeyboard: [[.callback("x", data: String(repeating: "ж", count: 33))]])
    await #expect(throws: DeliveryError.self) {
      try await transport.deliver(.message(SendMessage(chatID: 1, text: "x", replyMarkup: .inline(long))))
    }
    #expect(transport.takeRejected().count == 3)
  }

  @Test func editsRenderAsBlocksHeadedWithAPencil() {
    let renderer = MessageRenderer(names: [1: "customer"])
    #expect(
      renderer.render(
        .editText(
          EditMessageText(
            chatID: 1, messageID: 3, text: "<b>Розы</b> &amp; тюльпаны", parseMode: .html, replyMarkup: menu)))
        == ["bot ✎ customer", "  | Розы & тюльпаны", "  [Розы]"])
    #expect(
      renderer.render(.editMarkup(EditMessageReplyMarkup(chatID: 1, messageID: 3))) == [
        "bot ✎ customer: buttons removed"
      ])
  }

  @Test func transcriptsAndTheConsoleReadEditBlocks() throws {
    let transcript = try TranscriptParser.parse(
      "customer> [Розы]\nbot ✎ customer\n  | Розы\n  [15 роз]\nbot ✎ customer: buttons removed\n")
    #expect(
      transcript.steps.first?.expected == [
        "bot ✎ customer", "  | Розы", "  [15 роз]", "bot ✎ customer: buttons removed",
      ])
    #expect(ConsoleInput.isTranscriptOutput("bot ✎ customer: buttons removed"))
  }
}
