import BotTesting
import Dialog
import Foundation
import TelegramBotAPI
import Testing

/// Images sent as documents ("without compression") count as photos; other files do not.
@Suite struct DocumentInputTests {
  let clock = ManualClock(Date(timeIntervalSince1970: 1_795_000_000))
  let transport = FakeTelegramTransport()
  let customer = TestUser.defaults[0]

  @Test func parsesTheDocumentAction() throws {
    #expect(try UserAction.parse(":document images/a.png") == .document(path: "images/a.png", caption: nil))
    #expect(
      try UserAction.parse(":document /tmp/b.jpg Вот такой") == .document(path: "/tmp/b.jpg", caption: "Вот такой"))
    #expect(throws: ConsoleError.self) { try UserAction.parse(":document") }
  }

  @Test func anImageDocumentIsAPhotoInput() throws {
    let files = FakeFileStore(baseDirectory: URL(fileURLWithPath: "/shop"))
    var factory = UpdateFactory(clock: clock, transport: transport, files: files)
    let update = try factory.update(.document(path: "images/a.jpg", caption: "Такой"), from: customer)
    let document = try #require(update.message?.document)
    #expect(document.mimeType == "image/jpeg")
    #expect(document.fileName == "a.jpg")
    #expect(files.path(forFileID: document.fileID) == "/shop/images/a.jpg")
    #expect(InputNormalizer.event(from: update)?.input == .photo(fileID: document.fileID, caption: "Такой"))
  }

  @Test func otherDocumentsAreUnsupported() throws {
    var factory = UpdateFactory(clock: clock, transport: transport)
    let update = try factory.update(.document(path: "price-list.pdf", caption: nil), from: customer)
    #expect(InputNormalizer.event(from: update)?.input == .unsupported)
  }

  @Test(arguments: [
    (Document(fileID: "d", fileUniqueID: "u", fileName: "IMG_1.HEIC", mimeType: nil), true),
    (Document(fileID: "d", fileUniqueID: "u", fileName: "bouquet.png", mimeType: ""), true),
    (Document(fileID: "d", fileUniqueID: "u", fileName: "photo.jpg", mimeType: "application/pdf"), false),
    (Document(fileID: "d", fileUniqueID: "u", fileName: "notes", mimeType: nil), false),
  ])
  func recognisesImagesByMimeTypeThenName(document: Document, isImage: Bool) {
    let message = Message(
      messageID: 1, from: customer.telegramUser, chat: Chat(id: customer.userID, type: "private"), date: 0,
      document: document)
    let input = InputNormalizer.event(from: Update(updateID: 1, message: message))?.input
    #expect(input == (isImage ? .photo(fileID: "d", caption: nil) : .unsupported))
  }

  @Test func theLargestPhotoWithinTwentyMegabytesIsDownloaded() {
    let sizes = [
      PhotoSize(fileID: "small", fileUniqueID: "s", width: 320, height: 240, fileSize: 30_000),
      PhotoSize(fileID: "big", fileUniqueID: "b", width: 1280, height: 960, fileSize: 300_000),
      PhotoSize(fileID: "huge", fileUniqueID: "h", width: 9000, height: 9000, fileSize: 25_000_000),
    ]
    let message = Message(
      messageID: 1, from: customer.telegramUser, chat: Chat(id: customer.userID, type: "private"), date: 0,
      photo: sizes)
    #expect(
      InputNormalizer.event(from: Update(updateID: 1, message: message))?.input == .photo(fileID: "big", caption: nil))
  }
}
