import Dialog
import FlowerShop
import Testing

@testable import Flows

/// Tracking: each event gives the whole next state and the whole effect list.
@Suite struct TrackingTransitionTests {
  let c = context()
  let me = customerActor

  func t(_ event: TrackingEvent, _ s: TrackingState? = nil) -> TrackingTransition {
    Tracking.transition(s, event, c, me)
  }

  func askContact(_ message: L10n) -> TrackingTransition {
    TrackingTransition(.awaitingContact, [.send(Reply(key(message), keyboard: Tracking.contactKeyboard))])
  }

  @Test func theListIsLoadedFromTheFirstPage() {
    #expect(t(.listRequested) == TrackingTransition(nil, [.loadOrders(page: 1)]))
    #expect(t(.listRequested, .awaitingContact) == TrackingTransition(.awaitingContact, [.loadOrders(page: 1)]))
    #expect(t(.buttonPressed(.page(3))) == TrackingTransition(nil, [.loadOrders(page: 3)]))
    #expect(
      t(.buttonPressed(.order(OrderID(4), page: 2))) == TrackingTransition(nil, [.loadOrder(OrderID(4), page: 2)]))
  }

  @Test func noOrdersOffersTheContactButton() {
    #expect(t(.ordersLoaded(page: 1, [])) == askContact(.trackingListEmpty))
    #expect(t(.buttonPressed(.findByPhone)) == askContact(.trackingAskContact))
  }

  @Test func theListShowsOrdersNewestFirstWithButtons() {
    let orders = [sampleOrder(id: 2, number: 2, status: .accepted), sampleOrder(id: 1, number: 1, fulfilment: .pickup)]
    let transition = t(.ordersLoaded(page: 1, orders))
    #expect(transition == TrackingTransition(nil, [.send(TrackingText.list(orders, page: 1, c))]))
    let reply = TrackingText.list(orders, page: 1, c)
    #expect(
      russian(reply.text) == """
        📦 Ваши заказы:

        №2 — 🚚 доставка 28 ноября, сб, 13:00–15:00
        📋 принят · 23\u{00A0}400\u{00A0}₸
        💐 15 красных роз × 1

        №1 — 🏪 самовывоз 28 ноября, сб, 13:00–15:00
        📋 новый · 21\u{00A0}900\u{00A0}₸
        💐 15 красных роз × 1

        Нажмите на номер заказа, чтобы посмотреть подробности.
        """)
    #expect(buttonData(reply) == [["t:o:2:1", "t:o:1:1"], ["t:f"]])
  }

  @Test func longListsArePagedByFive() {
    let orders = (1...7).reversed().map { sampleOrder(id: Int64($0), number: $0) }
    let first = TrackingText.list(orders, page: 1, c)
    #expect(buttonData(first) == [["t:o:7:1", "t:o:6:1", "t:o:5:1", "t:o:4:1", "t:o:3:1"], ["t:p:2"], ["t:f"]])
    #expect(russian(first.text).hasPrefix("📦 Ваши заказы, 1–5 из 7:"))
    let second = TrackingText.list(orders, page: 2, c)
    #expect(buttonData(second) == [["t:o:2:2", "t:o:1:2"], ["t:p:1"], ["t:f"]])
    #expect(russian(second.text).hasPrefix("📦 Ваши заказы, 6–7 из 7:"))
    #expect(russian(TrackingText.list(Array(orders.prefix(6)), page: 2, c).text).hasPrefix("📦 Ваши заказы, 6 из 6:"))
    // A stale page button shows the nearest page that exists.
    #expect(TrackingText.list(orders, page: 9, c) == second)
  }

  @Test func aCardIsShownOnlyToALinkedChat() {
    let order = sampleOrder(status: .accepted)
    let history = [
      StatusChange(status: .new, actor: "customer:1001", at: orderCreatedAt),
      StatusChange(status: .accepted, actor: "florist:2001", at: orderCreatedAt.addingTimeInterval(300)),
    ]
    let mine = TrackedOrder(order: order, history: history, linkedChats: [ChatID(1001)])
    #expect(
      t(.orderLoaded(mine, page: 2)) == TrackingTransition(nil, [.send(TrackingText.card(mine, c, backToPage: 2))]))
    let card = TrackingText.card(mine, c, backToPage: 2)
    #expect(
      russian(card.text) == """
        📦 Заказ №1
        📋 Статус: принят
        Флорист скоро начнёт собирать букет.

        💐 15 красных роз × 1 — 21\u{00A0}900\u{00A0}₸
        🚚 Доставка: 28 ноября, сб, 13:00–15:00
        Итого: 23\u{00A0}400\u{00A0}₸

        🕓 История:
        27 ноября, пт, 10:00 — новый
        27 ноября, пт, 10:05 — принят
        """)
    #expect(buttonData(card) == [["t:p:2"]])

    let someoneElses = TrackedOrder(order: order, history: history, linkedChats: [ChatID(1002)])
    #expect(t(.orderLoaded(someoneElses, page: 1)) == TrackingTransition(nil, [.toast(key(.trackingNotYourOrder))]))
    #expect(t(.orderLoaded(nil, page: 1)) == TrackingTransition(nil, [.toast(key(.trackingNotYourOrder))]))
  }

  @Test func aTrackingCodeIsCheckedThenLookedUp() {
    let code = TrackingID(rawValue: "V626vYiMX3DE")
    #expect(t(.codeEntered("V626vYiMX3DE")) == TrackingTransition(nil, [.lookUp(code)]))
    #expect(
      t(.codeEntered("V626"), .awaitingContact)
        == TrackingTransition(.awaitingContact, [.send(Reply(key(.trackingCodeNotFound, ["code": "V626"])))]))
    #expect(
      t(.codeLookedUp(code, nil))
        == TrackingTransition(
          nil, [.send(Reply(key(.trackingCodeNotFound, ["code": "V626vYiMX3DE"]), keyboard: MainMenu.keyboard))]))
  }

  @Test func aFoundCodeLinksTheChatAndShowsTheCardWithTheMenu() {
    let found = TrackedOrder(order: sampleOrder(), history: [], linkedChats: [ChatID(1002)])
    let transition = t(.codeLookedUp(found.order.trackingID, found), .awaitingContact)
    #expect(
      transition == TrackingTransition(nil, [.link([OrderID(1)]), .send(TrackingText.card(found, c, backToPage: nil))]))
    let card = TrackingText.card(found, c, backToPage: nil)
    #expect(card.keyboard == MainMenu.keyboard)
    #expect(russian(card.text).hasSuffix("🔔 Когда статус заказа изменится, я пришлю сообщение."))
  }

  // MARK: - The contact ownership rule

  @Test func ownContactLooksUpTheOrdersOfItsPhone() {
    #expect(
      t(.contactShared(phone: "+77015211545", isOwn: true), .awaitingContact)
        == TrackingTransition(.awaitingContact, [.findOrders(aigerim)]))
    #expect(t(.contactShared(phone: "77015211545", isOwn: true)) == TrackingTransition(nil, [.findOrders(aigerim)]))
  }

  @Test func somebodyElsesContactRevealsNothing() {
    #expect(t(.contactShared(phone: "+77015211545", isOwn: false)) == askContact(.trackingContactNotOwn))
    #expect(
      t(.contactShared(phone: "+77015211545", isOwn: false), .awaitingContact) == askContact(.trackingContactNotOwn))
  }

  @Test func aTypedPhoneRevealsNothing() {
    #expect(t(.phoneTyped) == askContact(.trackingPhoneTyped))
    for typed in [
      "+7 701 521 15 45", "87015211545", "8 (701) 521-15-45", "7015211545", "+7 999 123 45 67", "+44 20 7946 0958",
    ] {
      #expect(Tracking.looksLikePhone(typed), "\(typed)")
    }
    for other in ["V626vYiMX3DE", "Алия", "ул. Абая, 10", "12", "05.12", "28.11.2026", "5211545"] {
      #expect(!Tracking.looksLikePhone(other), "\(other)")
    }
  }

  @Test func anOwnForeignNumberFindsNothing() {
    let transition = t(.contactShared(phone: "+79161234567", isOwn: true), .awaitingContact)
    #expect(
      transition == TrackingTransition(nil, [.send(MainMenu.reply(.trackingPhoneNothing, ["phone": "+79161234567"]))]))
  }

  @Test func foundOrdersAreLinkedAndListed() {
    let orders = [sampleOrder(id: 3, number: 3), sampleOrder(id: 1, number: 1)]
    let transition = t(.phoneOrdersFound(aigerim, orders), .awaitingContact)
    let found = MainMenu.reply(.trackingPhoneLinked, ["count": 2, "phone": "+7 701 521 15 45"])
    #expect(
      transition == TrackingTransition(nil, [.link([OrderID(3), OrderID(1)]), .send(found), .loadOrders(page: 1)]))
    #expect(russian(found.text).hasPrefix("Нашёл 2 заказа на номер +7 701 521 15 45."))
    #expect(
      t(.phoneOrdersFound(aigerim, []), .awaitingContact)
        == TrackingTransition(nil, [.send(MainMenu.reply(.trackingPhoneNothing, ["phone": "+7 701 521 15 45"]))]))
  }

  @Test func leavingAndOtherInput() {
    #expect(t(.menuPressed, .awaitingContact) == TrackingTransition(nil, [.send(MainMenu.reply(.trackingBackToMenu))]))
    #expect(
      t(.otherInput, .awaitingContact)
        == TrackingTransition(.awaitingContact, [.send(Reply(key(.trackingHintContact)))]))
  }
}

/// The callback data of an inline keyboard, row by row.
func buttonData(_ reply: Reply) -> [[String]] {
  guard case .inline(let rows)? = reply.keyboard else { return [] }
  return rows.map { $0.map(\.data) }
}
