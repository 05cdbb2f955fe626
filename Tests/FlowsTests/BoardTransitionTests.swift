import Dialog
import FlowerShop
import Testing

@testable import Flows

/// The board for staff: each event gives the whole next state and the whole effect list.
@Suite struct BoardTransitionTests {
  let c = context()
  let me = floristActor
  let waiting = BoardState.awaitingCancelReason(
    CancelRequest(order: OrderID(1), number: OrderNumber(1), by: UserID(2001)))

  func t(_ event: BoardEvent, _ s: BoardState? = nil) -> BoardTransition { Board.transition(s, event, c, me) }

  @Test func commandArgumentsAreUnderstood() {
    #expect(
      t(.ordersCommand(arguments: "05.12"))
        == BoardTransition(nil, [.loadDay(LocalDate(year: 2026, month: 12, day: 5)!)]))
    #expect(t(.ordersCommand(arguments: " Tomorrow ")) == BoardTransition(nil, [.loadDay(tomorrow)]))
    #expect(t(.ordersCommand(arguments: "someday")) == BoardTransition(nil, [.send(Reply(key(.boardOrdersUsage)))]))
    #expect(t(.orderCommand(arguments: "№7")) == BoardTransition(nil, [.loadOrder(.number(OrderNumber(7)), .card)]))
    #expect(t(.orderCommand(arguments: "#7")) == BoardTransition(nil, [.loadOrder(.number(OrderNumber(7)), .card)]))
    #expect(t(.orderCommand(arguments: "0")) == BoardTransition(nil, [.send(Reply(key(.boardOrderUsage)))]))
  }

  @Test func theDayIsGroupedBySlot() {
    let evening = DeliverySlot(date: tomorrow, start: TimeOfDay(19), end: TimeOfDay(21))
    let orders = [
      sampleOrder(id: 1, number: 1),
      sampleOrder(id: 3, number: 3, status: .accepted, fulfilment: .pickup, paidAt: orderCreatedAt),
      sampleOrder(id: 2, number: 2, slot: evening),
    ]
    #expect(t(.dayLoaded(tomorrow, orders)) == BoardTransition(nil, [.send(BoardText.day(tomorrow, orders, c))]))
    let reply = BoardText.day(tomorrow, orders, c)
    #expect(
      russian(reply.text) == """
        📋 Заказы на 28 ноября, сб: 3 заказа

        ⏰ 13:00–15:00
        №1 · новый · 🚚 15 красных роз × 1 · 💳 не оплачен
        №3 · принят · 🏪 15 красных роз × 1 · ✅ оплачен

        ⏰ 19:00–21:00
        №2 · новый · 🚚 15 красных роз × 1 · 💳 не оплачен

        Карточка заказа — кнопка с его номером или /order N. Другие дни: /orders tomorrow, /orders 05.12
        """)
    #expect(buttonData(reply) == [["s:c:1", "s:c:3", "s:c:2"]])
    #expect(russian(BoardText.day(tomorrow, [], c).text).hasPrefix("📋 На 28 ноября, сб заказов нет."))
  }

  @Test func theCardOffersOnlyTheNextStatuses() {
    let order = sampleOrder(status: .photoSent)
    #expect(
      t(.orderLoaded(.number(OrderNumber(1)), order, .card)) == BoardTransition(nil, [.send(BoardText.card(order, c))]))
    #expect(
      buttonData(BoardText.card(order, c)) == [
        ["s:st:1:photo_sent:approved", "s:st:1:photo_sent:assembling", "s:st:1:photo_sent:cancelled"], ["s:pd:1"],
        ["s:d:20261128"],
      ])
    let pickup = sampleOrder(status: .approved, fulfilment: .pickup, paidAt: orderCreatedAt)
    #expect(
      buttonData(BoardText.card(pickup, c)) == [
        ["s:st:1:approved:ready_for_pickup", "s:st:1:approved:cancelled"], ["s:d:20261128"],
      ])
    #expect(buttonData(BoardText.card(sampleOrder(status: .delivered), c)) == [["s:pd:1"], ["s:d:20261128"]])
    #expect(BoardText.actions(sampleOrder(status: .cancelled)) == nil)
  }

  @Test func unknownOrders() {
    #expect(
      t(.orderLoaded(.number(OrderNumber(9)), nil, .card))
        == BoardTransition(nil, [.send(Reply(key(.boardOrderNotFound, ["number": 9])))]))
    #expect(
      t(.orderLoaded(.id(OrderID(9)), nil, .confirmCancel)) == BoardTransition(nil, [.toast(key(.boardOrderGone))]))
  }

  @Test func cancellingAsksForConfirmationThenAReason() {
    let order = sampleOrder(status: .accepted)
    #expect(
      t(.orderLoaded(.id(order.id), order, .confirmCancel))
        == BoardTransition(nil, [.send(BoardText.confirmCancel(order, c))]))
    #expect(buttonData(BoardText.confirmCancel(order, c)) == [["s:cy:1", "s:cn:1"]])
    #expect(
      t(.orderLoaded(.id(order.id), order, .askReason))
        == BoardTransition(waiting, [.send(BoardText.askReason(OrderNumber(1)))]))
  }

  @Test func aFinishedOrderCannotBeCancelled() {
    let order = sampleOrder(status: .inDelivery)
    #expect(
      t(.orderLoaded(.id(order.id), order, .confirmCancel)) == BoardTransition(nil, [.send(BoardText.stale(order, c))]))
    #expect(
      t(.orderLoaded(.id(order.id), order, .askReason)) == BoardTransition(nil, [.send(BoardText.stale(order, c))]))
  }

  @Test func theReasonCancelsWithTheActor() {
    #expect(
      t(.textEntered("  Нет нужных цветов "), waiting)
        == BoardTransition(
          waiting,
          [.changeStatus(OrderID(1), from: nil, to: .cancelled, note: "Нет нужных цветов", actor: "florist:2001")]))
    #expect(
      t(.textEntered(String(repeating: "a", count: 301)), waiting)
        == BoardTransition(waiting, [.send(Reply(key(.boardCancelReasonTooLong, ["limit": 300])))]))
    #expect(t(.otherInput, waiting) == BoardTransition(waiting, [.send(BoardText.askReason(OrderNumber(1)))]))
  }

  @Test func keepingTheOrder() {
    let kept = BoardTransition(nil, [.send(Reply(key(.boardCancelKept), keyboard: MainMenu.keyboard))])
    #expect(t(.textEntered("⬅️ Не отменять"), waiting) == kept)
    #expect(t(.abandoned, waiting) == kept)
    #expect(t(.buttonPressed(.keepOrder(OrderID(1))), waiting) == kept)
    var group = floristActor
    group.chat = ChatID(-100)
    group.isPrivateChat = false
    let inGroup = Board.transition(waiting, .abandoned, c, group)
    #expect(inGroup == BoardTransition(nil, [.send(Reply(key(.boardCancelKept), keyboard: .remove))]))
  }

  @Test func inAGroupOnlyWhoConfirmedGivesTheReason() {
    var other = floristActor
    other.user = UserID(2002)
    #expect(Board.transition(waiting, .textEntered("просто болтаем"), c, other) == BoardTransition(waiting))
  }

  @Test func aChangedStatusUpdatesTheCardAndNotifiesEveryLinkedChat() {
    let order = sampleOrder(status: .assembling)
    let chats = [ChatID(1001), ChatID(1002)]
    let transition = t(.statusChanged(.changed(order, linkedChats: chats, note: nil)))
    let staff = BoardText.statusChanged(order, note: nil, notified: true, c, me)
    let notices = OrderNotice.statusChanged(order, note: nil, to: chats, c).map { BoardEffect.send($0) }
    #expect(transition == BoardTransition(nil, [.send(staff)] + notices))
    #expect(notices.count == 2)
    #expect(
      russian(staff.text).hasPrefix(
        "✅ Заказ №1: собирается\n🔔 Клиенту отправлено уведомление.\n\n📦 Заказ №1\n📋 Статус: собирается"))
  }

  @Test func aCancellationClosesTheDialogAndBringsTheMenuBack() {
    let order = sampleOrder(status: .cancelled)
    let transition = t(.statusChanged(.changed(order, linkedChats: [ChatID(1001)], note: "Нет цветов")), waiting)
    let staff = BoardText.statusChanged(order, note: "Нет цветов", notified: true, c, me)
    #expect(staff.keyboard == MainMenu.keyboard)
    #expect(
      russian(staff.text).hasPrefix("✖️ Заказ №1: отменён\nПричина: Нет цветов\n🔔 Клиенту отправлено уведомление."))
    let notices = OrderNotice.statusChanged(order, note: "Нет цветов", to: [ChatID(1001)], c).map {
      BoardEffect.send($0)
    }
    #expect(transition == BoardTransition(nil, [.send(staff)] + notices))
  }

  @Test func aStalePressChangesNothingAndShowsTheCardAsItIs() {
    let order = sampleOrder(status: .assembling)
    #expect(t(.statusChanged(.refused(order))) == BoardTransition(nil, [.send(BoardText.stale(order, c))]))
    #expect(t(.statusChanged(.notFound)) == BoardTransition(nil, [.send(Reply(key(.boardOrderGone)))]))
    // A stale press on another order keeps a cancellation waiting for its reason.
    let other = sampleOrder(id: 2, number: 2, status: .assembling)
    #expect(t(.statusChanged(.refused(other)), waiting) == BoardTransition(waiting, [.send(BoardText.stale(other, c))]))
  }

  @Test func paymentReceived() {
    let order = sampleOrder(status: .accepted, paidAt: orderCreatedAt)
    let marked = t(.paymentMarked(.marked(order, linkedChats: [ChatID(1001)])))
    let notice = OrderNotice.paid(order, to: [ChatID(1001)])
    #expect(
      marked
        == BoardTransition(nil, [.send(BoardText.paymentMarked(order, notified: true, c))] + notice.map { .send($0) }))
    #expect(notice == [Reply(to: ChatID(1001), key(.notifyPaid, ["number": 1]), priority: .notification)])
    #expect(
      t(.paymentMarked(.alreadyPaid(order))) == BoardTransition(nil, [.toast(key(.boardPaidAlready, ["number": 1]))]))
    #expect(t(.paymentMarked(.notFound)) == BoardTransition(nil, [.toast(key(.boardOrderGone))]))
  }
}
