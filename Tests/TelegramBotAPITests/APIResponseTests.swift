import Testing

@testable import TelegramBotAPI

@Suite struct APIResponseTests {
  @Test func tooManyRequestsCarriesRetryAfter() throws {
    let response = try decode(
      APIResponse<Message>.self,
      """
      {"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 7",
       "parameters": {"retry_after": 7}}
      """)
    #expect(response.ok == false)
    #expect(response.result == nil)
    #expect(response.errorCode == 429)
    #expect(response.parameters?.retryAfter == 7)
    #expect(response.description == "Too Many Requests: retry after 7")
  }

  @Test func blockedByUser() throws {
    let response = try decode(
      APIResponse<Bool>.self,
      #"{"ok": false, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}"#)
    #expect(
      response
        == APIResponse(
          ok: false, description: "Forbidden: bot was blocked by the user", errorCode: 403))
  }

  @Test func fileResult() throws {
    let response = try decode(
      APIResponse<File>.self,
      """
      {"ok": true, "result": {"file_id": "AgACAgIAAxkBAAIB", "file_unique_id": "AQADBbwxG",
       "file_size": 98210, "file_path": "photos/file_12.jpg"}}
      """)
    #expect(
      response.result
        == File(
          fileID: "AgACAgIAAxkBAAIB", fileUniqueID: "AQADBbwxG", fileSize: 98210,
          filePath: "photos/file_12.jpg"))
  }

  @Test func updatesAndBoolResults() throws {
    let updates = try decode(
      APIResponse<[Update]>.self,
      #"{"ok": true, "result": [{"update_id": 1}, {"update_id": 2, "message_reaction": {}}]}"#)
    #expect(updates.result?.map(\.updateID) == [1, 2])
    #expect(updates.result?.map(\.kind) == [.unknown, .unknown])
    #expect(try decode(APIResponse<Bool>.self, #"{"ok": true, "result": true}"#).result == true)
  }

  @Test func migratedGroup() throws {
    let response = try decode(
      APIResponse<Message>.self,
      #"{"ok": false, "error_code": 400, "description": "Bad Request: group chat was upgraded","#
        + #""parameters": {"migrate_to_chat_id": -1001234567890}}"#)
    #expect(response.parameters == ResponseParameters(migrateToChatID: -1_001_234_567_890))
  }

  @Test func encodesForFakes() throws {
    let response = APIResponse(ok: true, result: true)
    #expect(try encodeSorted(response) == #"{"ok":true,"result":true}"#)
  }

  @Test(arguments: [
    "{\"ok\": true, \"result\": {\"file_id\": 5}}", "not json", "{\"result\": true}",
  ])
  func malformedResponsesThrow(json: String) {
    #expect(throws: (any Error).self) { try decode(APIResponse<File>.self, json) }
  }

  @Test func limits() {
    #expect(TelegramLimits.callbackDataBytes == 64)
    #expect(TelegramLimits.messageTextCharacters == 4096)
    #expect(TelegramLimits.captionCharacters == 1024)
  }
}
