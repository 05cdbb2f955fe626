import Foundation
import TelegramBotAPI
import Testing

@testable import Dialog

/// What goes into the outbox comes out the same, uploads with their full paths.
@Suite struct OutboxPayloadTests {
  func roundTrip(_ message: OutgoingMessage) throws -> OutgoingMessage {
    try OutgoingMessage(method: message.method, payload: try message.payload())
  }

  @Test func albumsKeepTheirUploadPaths() throws {
    let album = OutgoingMessage.album(
      SendMediaGroup(
        chatID: 5,
        media: [
          InputMediaPhoto(media: .upload(path: "/srv/shop/images/rose.jpg"), caption: "<b>x</b>", parseMode: .html),
          InputMediaPhoto(media: .fileID("AgAC-id")),
        ]))
    #expect(try roundTrip(album) == album)
  }

  @Test func albumRowsWrittenBeforeStillDecode() throws {
    let old = #"{"chat_id":5,"media":[{"media":"AgAC-1","type":"photo"},{"media":"AgAC-2","type":"photo"}]}"#
    let message = try OutgoingMessage(method: SendMediaGroup.name, payload: Data(old.utf8))
    #expect(
      message
        == .album(
          SendMediaGroup(
            chatID: 5, media: [InputMediaPhoto(media: .fileID("AgAC-1")), InputMediaPhoto(media: .fileID("AgAC-2"))])))
  }

  /// Photos skip `Codable` when stored; the bytes stay what `JSONEncoder` wrote before.
  @Test(arguments: [
    SendPhoto(chatID: 5, photo: .upload(path: "/srv/a b/rose.jpg"), caption: "«Роза» / 17 000 ₸", parseMode: .html),
    SendPhoto(
      chatID: -100, photo: .fileID("AgAC-id"),
      replyMarkup: .inline(InlineKeyboardMarkup(inlineKeyboard: [[.init(text: "1", callbackData: "o1:q:1")]]))),
    SendPhoto(chatID: 7, photo: .url("https://example.com/r.jpg"), caption: "\"q\"\n"),
  ])
  func photoPayloadsAreWhatJSONEncoderWrites(photo: SendPhoto) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let expected = try encoder.encode(StoredPhoto(parameters: photo, uploadPath: photo.photo.uploadPath))
    #expect(try OutgoingMessage.photo(photo).payload() == expected)
  }

  @Test func photosAndTextsComeBackTheSame() throws {
    let photo = OutgoingMessage.photo(SendPhoto(chatID: 5, photo: .upload(path: "/srv/a b/rose.jpg"), caption: "c"))
    let text = OutgoingMessage.message(SendMessage(chatID: 5, text: "Букет / 17 000 ₸", parseMode: .html))
    #expect(try roundTrip(photo) == photo)
    #expect(try roundTrip(text) == text)
  }
}
