import Dialog
import Foundation
import TelegramBotAPI
import Testing

@testable import BotTesting

/// `:album` and `:reply` in console syntax, the updates they make and how an album reads.
@Suite struct AlbumActionTests {
  @Test func albumAndReplyParse() throws {
    #expect(
      try UserAction.parse(":album a.jpg b.png /photo 1") == .album(paths: ["a.jpg", "b.png"], caption: "/photo 1"))
    #expect(try UserAction.parse(":album a.jpg b.jpg") == .album(paths: ["a.jpg", "b.jpg"], caption: nil))
    #expect(throws: ConsoleError.self) { try UserAction.parse(":album a.jpg") }
    #expect(try UserAction.parse(":reply a.jpg готово") == .replyPhoto(path: "a.jpg", caption: "готово"))
  }

  @Test func anAlbumIsSeveralMessagesOfOneMediaGroup() throws {
    var factory = UpdateFactory(clock: ManualClock(Date(timeIntervalSince1970: 0)), transport: FakeTelegramTransport())
    let updates = try factory.updates(
      .album(paths: ["/x/a.jpg", "/x/b.jpg", "/x/c.jpg"], caption: "hi"), from: TestUser.defaults[0])
    #expect(updates.map(\.updateID) == [1, 2, 3])
    #expect(Set(updates.compactMap(\.message?.mediaGroupID)) == ["album-1"])
    #expect(updates.map(\.message?.caption) == ["hi", nil, nil])
  }

  @Test func anAlbumRendersAsOneBlock() {
    let album = SendMediaGroup(
      chatID: 1,
      media: [InputMediaPhoto(media: .fileID("x"), caption: "Заказ №1"), InputMediaPhoto(media: .fileID("y"))])
    #expect(MessageRenderer().render(.album(album)) == ["bot → chat:1: album file_id:x, file_id:y", "  | Заказ №1"])
  }
}
