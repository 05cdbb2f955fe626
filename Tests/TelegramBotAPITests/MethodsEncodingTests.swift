import Testing

@testable import TelegramBotAPI

@Suite struct MethodsEncodingTests {
  @Test func inputFileEncodesAsString() throws {
    #expect(try encodeSorted([InputFile.fileID("AgAD-large")]) == #"["AgAD-large"]"#)
    #expect(
      try encodeSorted([InputFile.url("https://example.kz/r.jpg")])
        == #"["https://example.kz/r.jpg"]"#)
    #expect(
      try encodeSorted([InputFile.upload(path: "/var/bot/photos/o1042.jpg")])
        == #"["attach://o1042.jpg"]"#)
  }

  @Test func inputFileDecodesEachForm() throws {
    #expect(
      try decode([InputFile].self, #"["AgAD", "http://x.kz/a.jpg", "attach://a.jpg"]"#)
        == [.fileID("AgAD"), .url("http://x.kz/a.jpg"), .upload(path: "a.jpg")])
  }

  @Test func uploadExposesAttachmentNameAndPath() {
    let upload = InputFile.upload(path: "/tmp/p/b.png")
    #expect(upload.attachmentName == "b.png")
    #expect(upload.uploadPath == "/tmp/p/b.png")
    #expect(InputFile.fileID("x").attachmentName == nil)
    #expect(InputFile.url("https://x").uploadPath == nil)
  }

  @Test func sendPhotoWithUpload() throws {
    let call = SendPhoto(
      chatID: 9, photo: .upload(path: "/data/o7.jpg"), caption: "Ваш букет",
      replyMarkup: .inline(InlineKeyboardMarkup(inlineKeyboard: [[.callback("Да", data: "ok:7")]])))
    #expect(
      try encodeSorted(call)
        == #"{"caption":"Ваш букет","chat_id":9,"photo":"attach://o7.jpg","#
        + #""reply_markup":{"inline_keyboard":[[{"callback_data":"ok:7","text":"Да"}]]}}"#)
    #expect(call.inputFiles == [.upload(path: "/data/o7.jpg")])
    #expect(SendPhoto.name == "sendPhoto")
  }

  @Test func sendMediaGroupTagsPhotos() throws {
    let call = SendMediaGroup(
      chatID: 9,
      media: [
        InputMediaPhoto(media: .fileID("A"), caption: "Альбом"),
        InputMediaPhoto(media: .url("https://x.kz/b.jpg")),
      ])
    #expect(
      try encodeSorted(call)
        == #"{"chat_id":9,"media":[{"caption":"Альбом","media":"A","type":"photo"},"#
        + #"{"media":"https://x.kz/b.jpg","type":"photo"}]}"#)
    #expect(try roundTrip(call) == call)
    #expect(call.inputFiles == [.fileID("A"), .url("https://x.kz/b.jpg")])
    #expect(throws: DecodingError.self) {
      try decode(InputMediaPhoto.self, #"{"type": "video", "media": "A"}"#)
    }
  }

  @Test func editingAndDeletingMessages() throws {
    #expect(
      try encodeSorted(EditMessageText(chatID: 1, messageID: 2, text: "t"))
        == #"{"chat_id":1,"message_id":2,"text":"t"}"#)
    #expect(
      try encodeSorted(EditMessageReplyMarkup(chatID: 1, messageID: 2))
        == #"{"chat_id":1,"message_id":2}"#)
    let caption = EditMessageCaption(chatID: 1, messageID: 2, caption: "c", parseMode: .markdownV2)
    #expect(
      try encodeSorted(caption)
        == #"{"caption":"c","chat_id":1,"message_id":2,"parse_mode":"MarkdownV2"}"#)
    #expect(
      try encodeSorted(DeleteMessage(chatID: 1, messageID: 2)) == #"{"chat_id":1,"message_id":2}"#)
  }

  @Test func interactionMethods() throws {
    #expect(
      try encodeSorted(
        AnswerCallbackQuery(callbackQueryID: "q1", text: "Устарело", showAlert: true))
        == #"{"callback_query_id":"q1","show_alert":true,"text":"Устарело"}"#)
    #expect(
      try encodeSorted(SendChatAction(chatID: 3, action: .uploadPhoto))
        == #"{"action":"upload_photo","chat_id":3}"#)
  }

  @Test func botMethods() throws {
    let poll = GetUpdates(
      offset: 905_381_031, limit: 100, timeout: 50, allowedUpdates: ["message", "callback_query"])
    #expect(
      try encodeSorted(poll)
        == #"{"allowed_updates":["message","callback_query"],"limit":100,"offset":905381031,"timeout":50}"#
    )
    #expect(try encodeSorted(GetFile(fileID: "AgAD")) == #"{"file_id":"AgAD"}"#)
    #expect(
      try encodeSorted(SetWebhook(url: "https://bot.example.kz/tg", secretToken: "s3"))
        == #"{"secret_token":"s3","url":"https://bot.example.kz/tg"}"#)
    #expect(
      try encodeSorted(DeleteWebhook(dropPendingUpdates: false))
        == #"{"drop_pending_updates":false}"#)
    #expect(GetUpdates.name == "getUpdates")
  }

  @Test func setMyCommandsWithScopes() throws {
    let call = SetMyCommands(
      commands: [BotCommand(command: "orders", description: "Заказы")], scope: .chat(chatID: 42),
      languageCode: "ru")
    #expect(
      try encodeSorted(call)
        == #"{"commands":[{"command":"orders","description":"Заказы"}],"language_code":"ru","#
        + #""scope":{"chat_id":42,"type":"chat"}}"#)
    #expect(try roundTrip(call) == call)
    #expect(try encodeSorted(BotCommandScope.default) == #"{"type":"default"}"#)
    #expect(try encodeSorted(BotCommandScope.allPrivateChats) == #"{"type":"all_private_chats"}"#)
    #expect(try roundTrip(BotCommandScope.allPrivateChats) == .allPrivateChats)
    #expect(throws: DecodingError.self) {
      try decode(BotCommandScope.self, #"{"type": "all_group_chats"}"#)
    }
  }
}
