import Testing

@testable import TelegramBotAPI

/// `Update.chatID` reads the fields in place, in the order of `kind`: the chat is always the
/// one of the field `kind` names.
@Suite struct UpdateChatTests {
  /// The definition: the chat of the field `kind` names.
  func expected(_ update: Update) -> Int64? {
    switch update.kind {
    case .message: update.message?.chat.id
    case .editedMessage: update.editedMessage?.chat.id
    case .callbackQuery: update.callbackQuery?.message?.chat.id
    case .myChatMember: update.myChatMember?.chat.id
    case .unknown: nil
    }
  }

  @Test func randomUpdatesAndMixedFields() {
    var random = SplitMix(seed: 21)
    for i in 0..<2000 {
      var update = RandomUpdates.update(id: Int64(i), &random)
      // Several fields at once (Telegram sends one; the order must still be `kind`'s).
      let other = RandomUpdates.update(id: Int64(i), &random)
      switch random.next() % 4 {
      case 0: update.callbackQuery = other.callbackQuery
      case 1: update.myChatMember = other.myChatMember
      case 2: update.editedMessage = other.editedMessage
      default: break
      }
      #expect(update.chatID == expected(update))
    }
  }

  @Test func aQueryWithoutMessageHasNoChatEvenBesideAMemberChange() {
    let user = User(id: 1, firstName: "A")
    var update = Update(
      updateID: 1, callbackQuery: CallbackQuery(id: "q", from: user, message: nil, chatInstance: "i", data: "d"))
    update.myChatMember = ChatMemberUpdated(
      chat: Chat(id: 5), from: user, date: 1, oldChatMember: ChatMember(status: "member", user: user),
      newChatMember: ChatMember(status: "kicked", user: user))
    #expect(update.chatID == nil)
    #expect(Update(updateID: 2).chatID == nil)
  }
}
