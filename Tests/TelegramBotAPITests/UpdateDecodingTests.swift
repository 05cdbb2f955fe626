import Testing

@testable import TelegramBotAPI

@Suite struct UpdateDecodingTests {
  @Test func callbackQueryWithData() throws {
    let update = try decode(
      Update.self,
      """
      {"update_id": 905381010,
       "callback_query": {"id": "4382bfdwdsb323b2d9", "from": \(sampleUserJSON),
        "message": {"message_id": 77, "from": {"id": 6000000001, "is_bot": true,
                    "first_name": "Цветы", "username": "flowers_kz_bot"},
                    "chat": \(samplePrivateChatJSON), "date": 1732700500, "text": "Выберите букет",
                    "reply_markup": {"inline_keyboard": [[{"text": "Розы", "callback_data": "p:17"}]]}},
        "chat_instance": "-1234567890123456789", "data": "p:17"}}
      """)
    let query = try #require(update.callbackQuery)
    #expect(update.kind == .callbackQuery)
    #expect(query.id == "4382bfdwdsb323b2d9")
    #expect(query.data == "p:17")
    #expect(query.chatInstance == "-1234567890123456789")
    #expect(query.message?.messageID == 77)
    #expect(query.message?.from?.isBot == true)
    #expect(update.chatID == 777_000_111)
    #expect(update.sender?.firstName == "Айгерим")
  }

  @Test func myChatMemberKicked() throws {
    let update = try decode(
      Update.self,
      """
      {"update_id": 905381020,
       "my_chat_member": {"chat": \(samplePrivateChatJSON), "from": \(sampleUserJSON), "date": 1732700600,
        "old_chat_member": {"user": {"id": 6000000001, "is_bot": true, "first_name": "Цветы",
                            "username": "flowers_kz_bot"}, "status": "member"},
        "new_chat_member": {"user": {"id": 6000000001, "is_bot": true, "first_name": "Цветы",
                            "username": "flowers_kz_bot"}, "status": "kicked", "until_date": 0}}}
      """)
    let change = try #require(update.myChatMember)
    #expect(update.kind == .myChatMember)
    #expect(change.oldChatMember.status == "member")
    #expect(change.newChatMember.status == "kicked")
    #expect(change.newChatMember.user.id == 6_000_000_001)
    #expect(update.chatID == 777_000_111)
    #expect(update.sender?.id == 777_000_111)
  }

  @Test func unknownKindLikePollDecodesAsUnknown() throws {
    let update = try decode(
      Update.self,
      """
      {"update_id": 905381030,
       "poll": {"id": "5000", "question": "Какие цветы?", "options": [{"text": "Розы", "voter_count": 3}],
                "total_voter_count": 3, "is_closed": false, "is_anonymous": true, "type": "regular",
                "allows_multiple_answers": false}}
      """)
    #expect(update.kind == .unknown)
    #expect(update.updateID == 905_381_030)
    #expect(update.chatID == nil)
    #expect(update.sender == nil)
  }

  @Test func editedMessageKind() throws {
    let update = try decode(
      Update.self,
      """
      {"update_id": 1, "edited_message": {"message_id": 5, "from": \(sampleUserJSON),
       "chat": \(samplePrivateChatJSON), "date": 1, "edit_date": 2, "text": "исправлено"}}
      """)
    #expect(update.kind == .editedMessage)
    #expect(update.chatID == 777_000_111)
    #expect(update.sender?.id == 777_000_111)
  }

  @Test func extraUnknownFieldsAreIgnoredEverywhere() throws {
    let update = try decode(
      Update.self,
      """
      {"update_id": 2, "future_field": {"x": [1, 2]},
       "message": {"message_id": 9, "date": 3, "text": "привет", "is_topic_message": false,
        "link_preview_options": {"is_disabled": true},
        "chat": {"id": -1001234567890, "type": "supergroup", "title": "Флористы", "is_forum": true},
        "from": {"id": 5, "is_bot": false, "first_name": "Ерлан", "is_premium": true,
                 "added_to_attachment_menu": true},
        "entities": [{"type": "text_link", "offset": 0, "length": 6, "url": "https://example.kz"}]}}
      """)
    #expect(update.message?.chat.id == -1_001_234_567_890)
    #expect(update.message?.chat.isPrivate == false)
    #expect(update.message?.chat.title == "Флористы")
    #expect(update.message?.entities?.first?.type == "text_link")
  }

  @Test(arguments: [
    "", "{", "[]", "{\"update_id\": \"nope\"}", "{\"message\": {}}",
    "{\"update_id\": 1, \"message\": {\"message_id\": 1}}",
    "{\"update_id\": 1, \"callback_query\": {\"id\": \"x\"}}",
  ])
  func malformedJSONThrows(json: String) {
    #expect(throws: (any Error).self) { try decode(Update.self, json) }
  }

  @Test func updateRoundTrips() throws {
    let update = Update(
      updateID: 3,
      message: Message(
        messageID: 4, from: User(id: 5, firstName: "A"), chat: Chat(id: 5), date: 6,
        contact: Contact(phoneNumber: "+77011234567", firstName: "A", userID: 5),
        replyToMessage: ReplyMessage(messageID: 3, chat: Chat(id: 5), date: 5, text: "?")))
    #expect(try roundTrip(update) == update)
  }
}
