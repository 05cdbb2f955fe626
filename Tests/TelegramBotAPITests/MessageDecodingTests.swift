import Testing

@testable import TelegramBotAPI

@Suite struct MessageDecodingTests {
  @Test func textMessageWithStartPayloadAndCommandEntity() throws {
    let update = try decode(
      Update.self,
      """
      {"update_id": 905381001,
       "message": {"message_id": 12, "from": \(sampleUserJSON), "chat": \(samplePrivateChatJSON),
        "date": 1732700000, "text": "/start order_42",
        "entities": [{"offset": 0, "length": 6, "type": "bot_command"}]}}
      """)
    let message = try #require(update.message)
    #expect(update.updateID == 905_381_001)
    #expect(update.kind == .message)
    #expect(message.messageID == 12)
    #expect(message.text == "/start order_42")
    #expect(message.entities == [MessageEntity(type: "bot_command", offset: 0, length: 6)])
    #expect(message.date == 1_732_700_000)
    #expect(
      message.chat
        == Chat(id: 777_000_111, type: "private", username: "aigerim_k", firstName: "Айгерим"))
    #expect(
      message.from
        == User(
          id: 777_000_111, isBot: false, firstName: "Айгерим", lastName: "Касымова",
          username: "aigerim_k", languageCode: "ru"))
    #expect(update.chatID == 777_000_111)
    #expect(update.sender?.username == "aigerim_k")
  }

  @Test func photoMessageWithCaptionAndThreeSizes() throws {
    let message = try decode(
      Message.self,
      """
      {"message_id": 30, "from": \(sampleUserJSON), "chat": \(samplePrivateChatJSON),
       "date": 1732700100, "media_group_id": "13812345678901234",
       "photo": [
        {"file_id": "AgAD-small", "file_unique_id": "AQADs", "file_size": 1523, "width": 90, "height": 67},
        {"file_id": "AgAD-large", "file_unique_id": "AQADl", "file_size": 98210, "width": 1280, "height": 960},
        {"file_id": "AgAD-medium", "file_unique_id": "AQADm", "file_size": 22870, "width": 320, "height": 240}],
       "caption": "/ready 1042 Готово!",
       "caption_entities": [{"offset": 0, "length": 6, "type": "bot_command"}]}
      """)
    #expect(message.photo?.count == 3)
    #expect(message.caption == "/ready 1042 Готово!")
    #expect(message.captionEntities?.first?.type == "bot_command")
    #expect(message.mediaGroupID == "13812345678901234")
    #expect(
      message.largestPhoto
        == PhotoSize(
          fileID: "AgAD-large", fileUniqueID: "AQADl", width: 1280, height: 960, fileSize: 98210))
    #expect(message.text == nil)
  }

  @Test func largestPhotoIsNilWithoutPhotos() {
    let message = Message(messageID: 1, chat: Chat(id: 1), date: 0, text: "hi")
    #expect(message.largestPhoto == nil)
    #expect(Message(messageID: 1, chat: Chat(id: 1), date: 0, photo: []).largestPhoto == nil)
  }

  @Test func sharedOwnContactCarriesUserID() throws {
    let message = try decode(
      Message.self,
      """
      {"message_id": 40, "from": \(sampleUserJSON), "chat": \(samplePrivateChatJSON), "date": 1732700200,
       "contact": {"phone_number": "77011234567", "first_name": "Айгерим", "user_id": 777000111}}
      """)
    #expect(
      message.contact
        == Contact(phoneNumber: "77011234567", firstName: "Айгерим", userID: 777_000_111))
    #expect(message.contact?.userID == message.from?.id)
  }

  @Test func forwardedContactHasNoUserID() throws {
    let message = try decode(
      Message.self,
      """
      {"message_id": 41, "from": \(sampleUserJSON), "chat": \(samplePrivateChatJSON), "date": 1732700201,
       "contact": {"phone_number": "+7 (777) 123-45-67", "first_name": "Мама", "last_name": "Дом"}}
      """)
    let contact = try #require(message.contact)
    #expect(contact.userID == nil)
    #expect(contact.lastName == "Дом")
    #expect(contact.phoneNumber == "+7 (777) 123-45-67")
  }

  @Test func locationMessage() throws {
    let message = try decode(
      Message.self,
      """
      {"message_id": 50, "from": \(sampleUserJSON), "chat": \(samplePrivateChatJSON), "date": 1732700300,
       "location": {"latitude": 43.238949, "longitude": 76.889709, "horizontal_accuracy": 12.5}}
      """)
    #expect(message.location == Location(latitude: 43.238949, longitude: 76.889709))
  }

  @Test func replyToMessageAndDocument() throws {
    let message = try decode(
      Message.self,
      """
      {"message_id": 61, "chat": \(samplePrivateChatJSON), "date": 1732700400,
       "document": {"file_id": "BQAD", "file_unique_id": "AgAD", "file_name": "catalog.csv",
                    "mime_type": "text/csv", "file_size": 5120},
       "reply_to_message": {"message_id": 60, "chat": \(samplePrivateChatJSON), "date": 1732700390,
                            "text": "Пришлите каталог"}}
      """)
    #expect(message.document?.fileName == "catalog.csv")
    #expect(message.document?.mimeType == "text/csv")
    #expect(message.replyToMessage?.messageID == 60)
    #expect(message.replyToMessage?.text == "Пришлите каталог")
    #expect(message.from == nil)
  }
}
