import Dialog
import FlowerShop
import Foundation
import Testing

@testable import Flows

/// Each question answered: the whole next state and the whole effect list.
@Suite struct OrderingAnswerTests {
  let c = context()

  func state(_ step: OrderingStep, _ draft: OrderDraft = OrderDraft()) -> OrderingState {
    OrderingState(step: step, draft: draft, session: 7)
  }

  /// The transition expected when an answer moves the dialog to `next`.
  func asks(_ next: OrderingState, ack: Text? = nil) -> OrderingTransition {
    let ackEffects = ack.map { [OrderingEffect.send(Reply($0, keyboard: Prompts.standardKeyboard))] } ?? []
    return OrderingTransition(next, ackEffects + Prompts.prompt(next, c).map { .send($0) })
  }

  @Test func startShowsIntroAndCategories() {
    let t = Ordering.start(session: 7, product: nil, c)
    let expected = state(.category)
    #expect(t.state == expected)
    #expect(t.effects.count == 2)
    #expect(t.effects[0] == .send(Reply(key(.orderingIntro), keyboard: Prompts.standardKeyboard)))
    guard case .send(let prompt) = t.effects[1], case .inline(let rows)? = prompt.keyboard else {
      Issue.record("categories expected")
      return
    }
    #expect(prompt.text == key(.orderingChooseCategory))
    #expect(
      rows.map { $0[0].label } == [
        .verbatim("Розы"), .verbatim("Сборные букеты"), .verbatim("Цветы в коробке"), .verbatim("Монобукеты"),
      ])
    #expect(rows[0][0].data == "o7:c:roses")
  }

  @Test func deepLinkStartsAtTheBouquet() {
    let t = Ordering.start(session: 7, product: ProductID(5), c)
    var draft = OrderDraft()
    draft.category = CategoryID("roses")
    draft.product = ProductID(5)
    #expect(t.state == state(.quantity, draft))
  }

  @Test func deepLinkToAnUnavailableBouquetOpensTheCatalog() {
    let t = Ordering.start(session: 7, product: ProductID(13), c)
    #expect(t.state == state(.category))
  }

  @Test func categoryChosen() {
    let t = Ordering.transition(state(.category), .buttonPressed(session: 7, .category(CategoryID("roses"))), c)
    var draft = OrderDraft()
    draft.category = CategoryID("roses")
    #expect(t == asks(state(.product, draft)))
    guard case .send(let prompt)? = t.effects.first, case .inline(let rows)? = prompt.keyboard else {
      Issue.record("products expected")
      return
    }
    #expect(russian(rows[0][0].label) == "15 красных роз — 21\u{00A0}900\u{00A0}₸")
    #expect(rows.last?.first?.data == "o7:b")
  }

  @Test func productChosenShowsItsPhoto() {
    var draft = OrderDraft()
    draft.category = CategoryID("roses")
    let t = Ordering.transition(state(.product, draft), .buttonPressed(session: 7, .product(ProductID(1))), c)
    draft.product = ProductID(1)
    #expect(t == asks(state(.quantity, draft)))
    guard case .send(let card)? = t.effects.first else { return }
    #expect(card.photo == .file(path: "/shop/images/rose-red-15.jpg"))
  }

  @Test func productOfAnotherCategoryIsRefused() {
    var draft = OrderDraft()
    draft.category = CategoryID("roses")
    let s = state(.product, draft)
    let t = Ordering.transition(s, .buttonPressed(session: 7, .product(ProductID(6))), c)
    #expect(t.state == s)
    #expect(t.effects.first == .send(Reply(key(.orderingErrorProductGone))))
  }

  @Test func quantityTypedOrPressed() {
    var draft = OrderDraft()
    draft.category = CategoryID("roses")
    draft.product = ProductID(1)
    let s = state(.quantity, draft)
    var next = draft
    next.quantity = 3
    #expect(Ordering.transition(s, .textEntered(" 3 "), c) == asks(state(.fulfilment, next)))
    #expect(Ordering.transition(s, .buttonPressed(session: 7, .quantity(3)), c) == asks(state(.fulfilment, next)))
  }

  @Test func quantityAboveStockIsRefusedWithWhatIsLeft() {
    var draft = OrderDraft()
    draft.category = CategoryID("boxes")
    draft.product = ProductID(11)
    let s = state(.quantity, draft)
    let t = Ordering.transition(s, .textEntered("4"), c)
    #expect(t.state == s)
    #expect(t.effects.first == .send(Reply(key(.orderingErrorOutOfStock, ["left": 3]))))
    #expect(russian(key(.orderingErrorOutOfStock, ["left": 3])).contains("осталось 3 букета"))
  }

  @Test func fulfilmentZoneDateSlot() {
    var draft = OrderDraft()
    draft.category = CategoryID("roses")
    draft.product = ProductID(1)
    draft.quantity = 1
    var t = Ordering.transition(state(.fulfilment, draft), .buttonPressed(session: 7, .fulfilment(.delivery)), c)
    draft.fulfilment = .delivery
    #expect(t == asks(state(.zone, draft)))
    t = Ordering.transition(state(.zone, draft), .buttonPressed(session: 7, .zone(ZoneID("center"))), c)
    draft.zone = ZoneID("center")
    #expect(t == asks(state(.date, draft)))
    t = Ordering.transition(state(.date, draft), .buttonPressed(session: 7, .date(tomorrow)), c)
    draft.date = tomorrow
    #expect(t == asks(state(.slot, draft)))
    t = Ordering.transition(state(.slot, draft), .buttonPressed(session: 7, .slot(noonSlot)), c)
    draft.slot = noonSlot
    #expect(t == asks(state(.address, draft)))
  }

  @Test func pickupSkipsZoneAddressAndRecipient() {
    var draft = OrderDraft()
    draft.category = CategoryID("roses")
    draft.product = ProductID(1)
    draft.quantity = 1
    draft.fulfilment = .pickup
    #expect(draft.nextStep == .date)
    draft.date = tomorrow
    draft.slot = noonSlot
    #expect(draft.nextStep == .postcard)
    draft.postcard = OrderDraft.Postcard.none
    #expect(draft.nextStep == .customerPhone)
  }

  @Test func typedDate() {
    var draft = completeDeliveryDraft()
    draft.date = nil
    draft.slot = nil
    let t = Ordering.transition(state(.date, draft), .textEntered("30.11"), c)
    draft.date = LocalDate(year: 2026, month: 11, day: 30)
    #expect(t == asks(state(.slot, draft)))
  }

  @Test func addressAsTextLocationOrAskRecipient() {
    var draft = completeDeliveryDraft()
    draft.address = nil
    draft.surprise = nil
    draft.recipientName = nil
    draft.recipientPhone = nil
    let s = state(.address, draft)
    var byText = draft
    byText.address = .text("ул. Абая, 10")
    #expect(
      Ordering.transition(s, .textEntered("ул. Абая, 10"), c)
        == asks(state(.recipientName, byText), ack: key(.orderingAckAddress, ["address": "ул. Абая, 10"])))
    var byLocation = draft
    byLocation.address = .location(latitude: 43.2, longitude: 76.9)
    #expect(
      Ordering.transition(s, .locationShared(latitude: 43.2, longitude: 76.9), c)
        == asks(state(.recipientName, byLocation), ack: key(.orderingAckLocation)))
    var asking = draft
    asking.address = .askRecipient
    #expect(
      Ordering.transition(s, .textEntered("🤷 Уточнить адрес у получателя"), c)
        == asks(state(.recipientName, asking), ack: key(.orderingAckAskRecipient)))
    #expect(!asking.asks(.surprise))
  }

  @Test func recipientPostcardAnonymitySurprise() {
    var draft = completeDeliveryDraft()
    for step in [
      OrderingStep.recipientName, .recipientPhone, .postcard, .anonymity, .surprise, .customerPhone, .payment,
    ] {
      draft.clear(step)
    }
    var t = Ordering.transition(state(.recipientName, draft), .textEntered("Алия"), c)
    draft.recipientName = "Алия"
    #expect(t == asks(state(.recipientPhone, draft)))
    t = Ordering.transition(state(.recipientPhone, draft), .textEntered("8 707 111 22 33"), c)
    draft.recipientPhone = aliya
    #expect(t == asks(state(.postcard, draft)))
    t = Ordering.transition(state(.postcard, draft), .buttonPressed(session: 7, .noPostcard), c)
    draft.postcard = OrderDraft.Postcard.none
    #expect(t == asks(state(.anonymity, draft)))
    t = Ordering.transition(state(.anonymity, draft), .buttonPressed(session: 7, .anonymous(true)), c)
    draft.anonymous = true
    #expect(t == asks(state(.surprise, draft)))
    t = Ordering.transition(state(.surprise, draft), .buttonPressed(session: 7, .surprise(true)), c)
    draft.surprise = true
    #expect(t == asks(state(.customerPhone, draft)))
  }

  @Test func customerPhoneByContactThenPayment() {
    var draft = completeDeliveryDraft()
    draft.customerPhone = nil
    draft.payment = nil
    var t = Ordering.transition(state(.customerPhone, draft), .contactShared(phone: "77015211545"), c)
    draft.customerPhone = aigerim
    #expect(t == asks(state(.payment, draft), ack: key(.orderingAckPhone, ["phone": "+7 701 521 15 45"])))
    t = Ordering.transition(state(.payment, draft), .buttonPressed(session: 7, .payment(.kaspi)), c)
    draft.payment = .kaspi
    #expect(t == asks(state(.summary, draft)))
  }

  @Test func confirmAsksTheDomainToCreateTheOrder() {
    let s = state(.summary, completeDeliveryDraft())
    let t = Ordering.transition(s, .buttonPressed(session: 7, .confirm), c)
    let request = completeDeliveryDraft().request(customerName: "Айгерим")!
    #expect(t == OrderingTransition(s, [.createOrder(request)]))
    #expect(request.recipient == Person(name: "Алия", phone: aliya))
    #expect(request.customer == Person(name: "Айгерим", phone: aigerim))
  }
}
