import Dialog
import FlowerShop
import Foundation
import Testing

@testable import Flows

/// Back, edit, cancel, stale buttons, bad input and the domain's answers.
@Suite struct OrderingNavigationTests {
  let c = context()

  func state(_ step: OrderingStep, _ draft: OrderDraft = OrderDraft(), backup: OrderDraft? = nil) -> OrderingState {
    OrderingState(step: step, draft: draft, session: 7, editBackup: backup)
  }

  func prompts(_ s: OrderingState) -> [OrderingEffect] { Prompts.prompt(s, c).map { .send($0) } }

  @Test func backGoesToThePreviousQuestionAndForgetsItsAnswer() {
    var draft = completeDeliveryDraft()
    draft.clear(OrderingStep.recipientName)
    let t = Ordering.transition(state(.recipientName, draft), .backPressed, c)
    var expected = draft
    expected.address = nil
    expected.surprise = nil
    #expect(t == OrderingTransition(state(.address, expected), prompts(state(.address, expected))))
  }

  @Test func backByReplyKeyboardTextAndByInlineButtonAreTheSame() {
    var draft = OrderDraft()
    draft.category = CategoryID("roses")
    let s = state(.product, draft)
    let byText = Ordering.transition(s, .textEntered("⬅️ Назад"), c)
    let byButton = Ordering.transition(s, .buttonPressed(session: 7, .back), c)
    #expect(byText == byButton)
    #expect(byText.state == state(.category))
  }

  @Test func backOnTheFirstQuestionLeavesTheCatalog() {
    let t = Ordering.transition(state(.category), .backPressed, c)
    #expect(t == OrderingTransition(nil, [.send(MainMenu.reply(.orderingLeftCatalog))]))
  }

  @Test func cancelLeavesWithTheMainMenu() {
    let t = Ordering.transition(state(.slot, completeDeliveryDraft()), .textEntered("✖️ Отменить заказ"), c)
    #expect(t == OrderingTransition(nil, [.send(MainMenu.reply(.orderingCancelled))]))
    let fromSummary = Ordering.transition(
      state(.summary, completeDeliveryDraft()), .buttonPressed(session: 7, .cancel), c)
    #expect(fromSummary == t)
  }

  @Test func editAFieldReturnsToTheSummary() {
    let full = completeDeliveryDraft()
    var t = Ordering.transition(state(.summary, full), .buttonPressed(session: 7, .edit), c)
    #expect(t == OrderingTransition(state(.editing, full), prompts(state(.editing, full))))
    t = Ordering.transition(state(.editing, full), .buttonPressed(session: 7, .editField(.recipient)), c)
    var cleared = full
    cleared.recipientName = nil
    cleared.recipientPhone = nil
    #expect(
      t == OrderingTransition(state(.recipientName, cleared, backup: full), prompts(state(.recipientName, cleared))))
    t = Ordering.transition(state(.recipientName, cleared, backup: full), .textEntered("Дана"), c)
    cleared.recipientName = "Дана"
    #expect(t.state == state(.recipientPhone, cleared, backup: full))
    t = Ordering.transition(t.state!, .textEntered("+7 747 000 11 22"), c)
    cleared.recipientPhone = PhoneNumber(e164: "+77470001122")
    #expect(t == OrderingTransition(state(.summary, cleared), prompts(state(.summary, cleared))))
  }

  @Test func backWhileEditingRestoresTheSummary() {
    let full = completeDeliveryDraft()
    var cleared = full
    cleared.clear(EditableField.dateTime)
    let t = Ordering.transition(state(.date, cleared, backup: full), .backPressed, c)
    #expect(t == OrderingTransition(state(.summary, full), prompts(state(.summary, full))))
  }

  @Test func staleButtonsChangeNothing() {
    let s = state(.slot, completeDeliveryDraft())
    let otherSession = Ordering.transition(s, .buttonPressed(session: 3, .slot(noonSlot)), c)
    #expect(otherSession == OrderingTransition(s, [.toast(key(.buttonStale))]))
    let otherStep = Ordering.transition(s, .buttonPressed(session: 7, .category(CategoryID("roses"))), c)
    #expect(otherStep == OrderingTransition(s, [.toast(key(.buttonStale))]))
  }

  @Test func textWhereButtonsAreExpectedRepromptsWithTheButtons() {
    let s = state(.fulfilment, completeDeliveryDraft())
    let t = Ordering.transition(s, .textEntered("доставка пожалуйста"), c)
    #expect(t == OrderingTransition(s, [.send(Reply(key(.orderingHintUseButtons)))] + prompts(s)))
  }

  @Test(arguments: [
    ("+7 916 123 45 67", L10n.errorPhoneRussian), ("12345", .errorPhoneWrongLength),
    ("позвоните мне", .errorPhoneNotANumber),
    ("+7 727 250 00 00", .errorPhoneNotKazakh), ("+998 90 123 45 67", .errorPhoneNotKazakh),
  ])
  func invalidPhonesAreExplained(input: String, error: L10n) {
    var draft = completeDeliveryDraft()
    draft.recipientPhone = nil
    let s = state(.recipientPhone, draft)
    #expect(Ordering.transition(s, .textEntered(input), c) == OrderingTransition(s, [.send(Reply(key(error)))]))
  }

  @Test func badDatesAndTooLongPostcards() {
    var draft = completeDeliveryDraft()
    draft.clear(OrderingStep.date)
    let dateStep = state(.date, draft)
    #expect(
      Ordering.transition(dateStep, .textEntered("завтра утром"), c).effects.first
        == .send(Reply(key(.orderingErrorDate))))
    let farAway = Ordering.transition(dateStep, .textEntered("31.12"), c)
    #expect(farAway.state == dateStep)
    #expect(
      russian(farAway.effects.first.flatMap { if case .send(let r) = $0 { r.text } else { nil } } ?? .verbatim(""))
        == "На 31 декабря, чт свободного времени нет. Выберите, пожалуйста, другой день.")
    var postcardDraft = completeDeliveryDraft()
    postcardDraft.postcard = nil
    let postcardStep = state(.postcard, postcardDraft)
    let long = String(repeating: "ы", count: 501)
    #expect(
      Ordering.transition(postcardStep, .textEntered(long), c).effects.first
        == .send(Reply(key(.orderingErrorPostcardTooLong, ["limit": 500, "length": 501]))))
  }

  @Test func slotThatStoppedBeingFeasibleIsAskedAgain() {
    let s = state(.summary, completeDeliveryDraft())
    let late = context(at: almaty(2026, 11, 28, 11))
    let t = Ordering.transition(s, .orderRejected(.slotNotFeasible), late)
    var draft = completeDeliveryDraft()
    draft.slot = nil
    let next = OrderingState(step: .slot, draft: draft, session: 7)
    #expect(
      t
        == OrderingTransition(
          next,
          [.send(Reply(key(.orderingErrorSlotGone, ["slot": "13:00–15:00"])))]
            + Prompts.prompt(next, late).map { .send($0) }))
  }

  @Test func createdOrderEndsTheDialogAndTellsTheFlorists() {
    let request = completeDeliveryDraft().request(customerName: "Айгерим")!
    let pricing = try! OrderRules.validate(request, shop: demoShop, catalog: c.catalog, at: c.now).get()
    let order = Order(
      id: OrderID(1), shopID: "demo-almaty", number: OrderNumber(1), trackingID: TrackingID(rawValue: "AAAAAAAAAAAA"),
      status: .new, request: request, pricing: pricing, createdAt: c.now)
    let t = Ordering.transition(
      OrderingState(step: .summary, draft: completeDeliveryDraft(), session: 7), .orderCreated(order), c)
    #expect(
      t
        == OrderingTransition(
          nil,
          [
            .send(MainMenu.orderConfirmation(order)),
            .send(
              Reply(
                to: ChatID(2001), OrderText.card(order, c), keyboard: BoardText.actions(order), priority: .notification)
            ),
          ]))
    // The florists' card carries the board's buttons: accept, cancel, payment received.
    #expect(
      buttonData(Reply(OrderText.card(order, c), keyboard: BoardText.actions(order))) == [
        ["s:st:1:new:accepted", "s:st:1:new:cancelled"], ["s:pd:1"],
      ])
    #expect(pricing.total == Money.tenge(23_400))
  }
}
