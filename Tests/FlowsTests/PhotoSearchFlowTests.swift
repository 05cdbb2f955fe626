import Dialog
import FlowerShop
import Foundation
import Testing
import VisualSearch

@testable import Flows

/// Photo search: each event gives the whole effect list (the flow keeps no state).
@Suite struct PhotoSearchFlowTests {
  let c = context()

  func t(_ event: PhotoSearchEvent, _ c: OrderingContext? = nil) -> PhotoSearchTransition {
    PhotoSearchFlow.transition(event, c ?? self.c)
  }

  func scored(_ id: Int64, _ similarity: Float = 0.8) -> ScoredProduct {
    ScoredProduct(product: ProductID(id), similarity: similarity)
  }

  func card(_ id: Int64) -> Reply {
    let product = c.catalog.products[ProductID(id)]!
    return Reply(
      key(
        .photoSearchCard,
        [
          "title": .string(product.title), "description": .string(product.description),
          "price": .string(product.price.formatted),
        ]),
      photo: .file(path: "/shop/" + product.images[0]), keyboard: .inline([[orderButton(id)]]))
  }

  func orderButton(_ id: Int64) -> InlineButton {
    InlineButton(key(.photoSearchOrderButton), data: "f:o:\(id)")
  }

  let catalogKeyboard = Keyboard.inline([[InlineButton(key(.photoSearchCatalogButton), data: "f:c")]])

  @Test func theMenuButtonAsksForAPhoto() {
    #expect(t(.searchRequested) == PhotoSearchTransition([.send(MainMenu.reply(.photoSearchAsk))]))
  }

  @Test func anExactMatchShowsTheCardWithPhotoPriceAndOrder() {
    let transition = t(.photoSearched(.exact(scored(1, 0.97))))
    let reply = Reply(
      key(
        .photoSearchExact,
        [
          "title": .string("15 красных роз"),
          "description": .string("Классика для признания в любви: пятнадцать красных роз в чёрной матовой упаковке."),
          "price": .string("21\u{00A0}900\u{00A0}₸"),
        ]),
      photo: .file(path: "/shop/images/rose-red-15.jpg"), keyboard: .inline([[orderButton(1)]]))
    #expect(transition == PhotoSearchTransition([.send(reply)]))
    #expect(russian(reply.text).hasPrefix("Нашёл этот букет в нашем каталоге:\n\n15 красных роз\nКлассика"))
    #expect(russian(reply.text).hasSuffix("Цена: 21\u{00A0}900\u{00A0}₸"))
  }

  @Test func similarMatchesShowAtMostFiveCardsOfProductsOnSale() {
    var c = context()
    c.catalog.products[ProductID(3)]?.available = false
    let ids: [Int64] = [2, 3, 99, 4, 5, 6, 7, 8]
    let transition = t(.photoSearched(.similar(ids.map { scored($0) })), c)
    let intro = MainMenu.reply(.photoSearchSimilarIntro, ["count": .number(5)])
    #expect(transition == PhotoSearchTransition([.send(intro)] + [2, 4, 5, 6, 7].map { .send(card($0)) }))
    #expect(russian(intro.text) == "Точно такого букета в каталоге нет, но есть похожие:")
    #expect(russian(key(.photoSearchSimilarIntro, ["count": .number(1)])).hasSuffix("есть похожий:"))
  }

  @Test func nothingFoundOffersTheCatalog() {
    let none = PhotoSearchTransition([.send(Reply(key(.photoSearchNone), keyboard: catalogKeyboard))])
    #expect(t(.photoSearched(.none)) == none)
    #expect(t(.photoSearched(.exact(scored(99)))) == none)
    var c = context()
    c.catalog.products[ProductID(2)]?.available = false
    #expect(t(.photoSearched(.similar([scored(2)])), c) == none)
  }

  @Test func anExactMatchSoldOutSaysSo() {
    var c = context()
    c.catalog.products[ProductID(1)]?.available = false
    let reply = Reply(key(.photoSearchExactSoldOut, ["title": .string("15 красных роз")]), keyboard: catalogKeyboard)
    #expect(t(.photoSearched(.exact(scored(1, 0.97))), c) == PhotoSearchTransition([.send(reply)]))
  }

  @Test(arguments: [
    (PhotoSearchFailure.unsupported, L10n.photoSearchErrorUnsupported), (.corrupt, .photoSearchErrorCorrupt),
    (.tooLarge, .photoSearchErrorTooLarge),
  ])
  func unreadablePhotosGetASpecificMessage(failure: PhotoSearchFailure, message: L10n) {
    #expect(t(.photoSearched(.failed(failure))) == PhotoSearchTransition([.send(MainMenu.reply(message))]))
  }

  @Test(arguments: [
    (FileSourceError.tooLarge(bytes: 25_000_000), L10n.photoSearchErrorTooLarge),
    (.notFound, .photoSearchErrorDownload), (.unavailable("timed out"), .photoSearchErrorDownload),
  ])
  func failedDownloadsGetASpecificMessage(error: FileSourceError, message: L10n) {
    #expect(t(.photoNotFetched(error)) == PhotoSearchTransition([.send(MainMenu.reply(message))]))
  }

  @Test func orderStartsOrderingWithTheProductAndKeepsTheCard() {
    #expect(
      t(.buttonPressed(.order(ProductID(4))))
        == PhotoSearchTransition([.startOrdering(ProductID(4))], keepsPressedMessage: true))
    #expect(t(.buttonPressed(.catalog)) == PhotoSearchTransition([.startOrdering(nil)]))
  }

  @Test func orderingASoldOutOrUnknownBouquetIsAnsweredAndHarmless() {
    var c = context()
    c.catalog.products[ProductID(4)]?.available = false
    let answer = PhotoSearchTransition(
      [.send(Reply(key(.photoSearchSoldOutMessage), keyboard: catalogKeyboard))], keepsPressedMessage: true)
    #expect(t(.buttonPressed(.order(ProductID(4))), c) == answer)
    #expect(t(.buttonPressed(.order(ProductID(999)))) == answer)
  }

  @Test(arguments: [PhotoSearchButton.order(ProductID(Int64.max)), .order(ProductID(1)), .catalog])
  func buttonsRoundTripWithinTelegramsLimit(button: PhotoSearchButton) {
    let payload = CallbackPayload.photoSearch(button)
    #expect(payload.data.utf8.count <= 64)
    #expect(CallbackPayload(data: payload.data) == payload)
  }

  @Test(arguments: ["f:", "f:o", "f:o:", "f:o:0", "f:o:-3", "f:o:x", "f:o:1:2", "f:c:1", "f:z"])
  func forgedButtonsAreRejected(data: String) {
    #expect(CallbackPayload(data: data) == nil)
  }
}
