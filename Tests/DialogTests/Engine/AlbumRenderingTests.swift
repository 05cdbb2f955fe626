import Dialog
import FlowerShop
import Foundation
import TelegramBotAPI
import Testing

/// An album reply becomes one sendMediaGroup call, captioned by its first photo, and survives
/// the outbox's round trip.
@Suite struct AlbumRenderingTests {
  let renderer = Renderer(localizer: Localizer(bundles: [], defaultLanguage: "ru"))

  func album(_ text: String) -> Reply {
    var reply = Reply(.verbatim(text))
    reply.album = [.fileID("a"), .fileID("b"), .fileID("c")]
    return reply
  }

  @Test func anAlbumIsOneCallCaptionedByItsFirstPhoto() throws {
    let messages = renderer.render(album("Заказ №1 <готов>"), chat: ChatID(5), language: "ru")
    let expected = OutgoingMessage.album(
      SendMediaGroup(
        chatID: 5,
        media: [
          InputMediaPhoto(media: .fileID("a"), caption: "Заказ №1 &lt;готов&gt;", parseMode: .html),
          InputMediaPhoto(media: .fileID("b")), InputMediaPhoto(media: .fileID("c")),
        ]))
    #expect(messages == [expected])
    #expect(try OutgoingMessage(method: expected.method, payload: expected.payload()) == expected)
    #expect(expected.isNewMessage && expected.chatID == 5)
  }

  @Test func aLongCaptionFollowsTheAlbum() {
    let long = String(repeating: "б", count: TelegramLimits.captionCharacters + 1)
    let messages = renderer.render(album(long), chat: ChatID(5), language: "ru")
    #expect(messages.count == 2)
    guard case .album(let group) = messages[0], case .message(let text) = messages[1] else {
      Issue.record("expected an album, then a text")
      return
    }
    #expect(group.media.allSatisfy { $0.caption == nil })
    #expect(text.text == long)
  }
}
