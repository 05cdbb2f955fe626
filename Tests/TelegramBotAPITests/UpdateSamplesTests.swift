import Testing

@testable import TelegramBotAPI

/// Real update shapes the bot must survive, beyond the ones in UpdateDecodingTests.
@Suite struct UpdateSamplesTests {
  @Test func aPhotoSentAsADocumentKeepsItsFile() throws {
    let update = try decode(
      Update.self,
      """
      {"update_id": 905381100,
       "message": {"message_id": 90, "from": \(sampleUserJSON), "chat": \(samplePrivateChatJSON), "date": 1732700900,
        "document": {"file_name": "букет.jpg", "mime_type": "image/jpeg",
                     "thumbnail": {"file_id": "AAMC", "file_unique_id": "AQAD", "file_size": 9000, "width": 240, "height": 320},
                     "thumb": {"file_id": "AAMC", "file_unique_id": "AQAD", "file_size": 9000, "width": 240, "height": 320},
                     "file_id": "BQACAgIAAxkBAAIBR2d", "file_unique_id": "AgADq1", "file_size": 1843200},
        "caption": "Такой же, пожалуйста"}}
      """)
    let message = try #require(update.message)
    #expect(update.kind == .message)
    #expect(message.photo == nil)
    #expect(message.document?.mimeType == "image/jpeg")
    #expect(message.document?.fileSize == 1_843_200)
    #expect(message.caption == "Такой же, пожалуйста")
  }

  @Test func aBatchWithKindsThisLibraryDoesNotModelStillDecodes() throws {
    let batch = try decode(
      APIResponse<[Update]>.self,
      """
      {"ok": true, "result": [
        {"update_id": 1, "message_reaction": {"chat": \(samplePrivateChatJSON), "message_id": 5, "date": 1,
          "old_reaction": [], "new_reaction": [{"type": "emoji", "emoji": "👍"}]}},
        {"update_id": 2, "business_connection": {"id": "b", "user": \(sampleUserJSON), "user_chat_id": 1, "date": 1,
          "can_reply": true, "is_enabled": true}},
        {"update_id": 3, "message": {"message_id": 6, "from": \(sampleUserJSON), "chat": \(samplePrivateChatJSON),
          "date": 2, "text": "привет", "link_preview_options": {"is_disabled": true}}}
      ]}
      """)
    #expect(batch.result?.map(\.kind) == [.unknown, .unknown, .message])
    #expect(batch.result?.map(\.updateID) == [1, 2, 3])
  }
}
