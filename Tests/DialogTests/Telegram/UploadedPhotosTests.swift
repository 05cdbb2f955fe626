import Foundation
import TelegramBotAPI
import Testing

@testable import Dialog

/// A catalog picture is uploaded once, then sent by the file id Telegram gave it.
@Suite struct UploadedPhotosTests {
  static func photoMessage(_ fileID: String) -> String {
    #"{"ok":true,"result":{"message_id":12,"chat":{"id":5,"type":"private"},"date":1,"photo":["#
      + #"{"file_id":"small","file_unique_id":"s","width":90,"height":90},"#
      + #"{"file_id":"\#(fileID)","file_unique_id":"b","width":800,"height":800}]}}"#
  }

  func picture() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("bouquet-\(UUID().uuidString).jpg").path
    try Data([0xFF, 0xD8, 0xFF, 0xD9]).write(to: URL(fileURLWithPath: path))
    return path
  }

  func deliveryAndTransport(_ script: [(Int, String)]) -> (TelegramMessageDelivery, ScriptedTransport) {
    let transport = ScriptedTransport(script)
    let client = TelegramClient(
      token: BotToken("1:T")!, apiURL: URL(string: "http://127.0.0.1:1")!, transport: transport)
    return (TelegramMessageDelivery(client: client), transport)
  }

  @Test func theSecondSendUsesTheFileID() async throws {
    let path = try picture()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (delivery, transport) = deliveryAndTransport([
      (200, Self.photoMessage("big-id")), (200, Self.photoMessage("big-id")),
    ])
    let send = OutgoingMessage.photo(SendPhoto(chatID: 5, photo: .upload(path: path), caption: "x"))
    #expect(try await delivery.deliver(send) == 12)
    #expect(try await delivery.deliver(send) == 12)
    #expect(transport.bodies[0].contains("filename="))
    #expect(!transport.bodies[1].contains("filename="))
    #expect(transport.bodies[1].contains("big-id"))
  }

  @Test func aChangedFileIsUploadedAgain() async throws {
    let path = try picture()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (delivery, transport) = deliveryAndTransport([(200, Self.photoMessage("a")), (200, Self.photoMessage("b"))])
    let send = OutgoingMessage.photo(SendPhoto(chatID: 5, photo: .upload(path: path)))
    _ = try await delivery.deliver(send)
    try Data([0xFF, 0xD8, 0x00, 0xFF, 0xD9]).write(to: URL(fileURLWithPath: path))
    _ = try await delivery.deliver(send)
    #expect(transport.bodies[1].contains("filename="))
  }

  @Test func anIDTelegramForgotIsReplacedByAnUpload() async throws {
    let path = try picture()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (delivery, transport) = deliveryAndTransport([
      (200, Self.photoMessage("old")),
      (400, #"{"ok":false,"error_code":400,"description":"Bad Request: wrong file identifier/HTTP URL specified"}"#),
      (200, Self.photoMessage("new")), (200, Self.photoMessage("new")),
    ])
    let send = OutgoingMessage.photo(SendPhoto(chatID: 5, photo: .upload(path: path)))
    for _ in 0..<3 { #expect(try await delivery.deliver(send) == 12) }
    #expect(transport.methods == ["sendPhoto", "sendPhoto", "sendPhoto", "sendPhoto"])
    #expect(transport.bodies[1].contains("old") && transport.bodies[2].contains("filename="))
    #expect(transport.bodies[3].contains("new") && !transport.bodies[3].contains("filename="))
  }

  @Test func albumsLearnEachPhoto() async throws {
    let first = try picture()
    let second = try picture()
    defer { for path in [first, second] { try? FileManager.default.removeItem(atPath: path) } }
    let album =
      #"{"ok":true,"result":[{"message_id":1,"chat":{"id":5,"type":"private"},"date":1,"photo":[{"file_id":"p1","file_unique_id":"1","width":9,"height":9}]},"#
      + #"{"message_id":2,"chat":{"id":5,"type":"private"},"date":1,"photo":[{"file_id":"p2","file_unique_id":"2","width":9,"height":9}]}]}"#
    let (delivery, transport) = deliveryAndTransport([(200, album), (200, album)])
    let send = OutgoingMessage.album(
      SendMediaGroup(
        chatID: 5, media: [InputMediaPhoto(media: .upload(path: first)), InputMediaPhoto(media: .upload(path: second))])
    )
    _ = try await delivery.deliver(send)
    _ = try await delivery.deliver(send)
    #expect(transport.bodies[1].contains("p1") && transport.bodies[1].contains("p2"))
    #expect(!transport.bodies[1].contains("filename="))
  }
}
