import Dialog
import FlowerShop
import Testing

@testable import Flows

/// Every status change reaches every linked chat as a notification: the status in words and
/// what happens next.
@Suite struct OrderNoticeTests {
  let c = context()

  @Test func oneNotificationPerLinkedChat() {
    let order = sampleOrder(status: .accepted)
    let replies = OrderNotice.statusChanged(order, note: nil, to: [ChatID(1001), ChatID(1002)], c)
    #expect(replies.map(\.chat) == [ChatID(1001), ChatID(1002)])
    #expect(replies.allSatisfy { $0.priority == .notification && $0.keyboard == nil })
    #expect(russian(replies[0].text) == "📦 Заказ №1: принят\nФлорист скоро начнёт собирать букет.")
  }

  @Test(arguments: [
    (
      OrderStatus.assembling, Fulfilment.delivery,
      "📦 Заказ №1: собирается\nФлорист собирает букет — пришлём фото, как только он будет готов."
    ),
    (.photoSent, .delivery, "📦 Заказ №1: фото отправлено клиенту\nПосмотрите фото букета и ответьте, всё ли нравится."),
    (.approved, .delivery, "📦 Заказ №1: фото одобрено\nСкоро передадим букет курьеру — мы напишем."),
    (.approved, .pickup, "📦 Заказ №1: фото одобрено\nСкоро букет будет готов к выдаче — мы напишем."),
    (.inDelivery, .delivery, "📦 Заказ №1: у курьера\nКурьер уже везёт букет: доставка 28 ноября, сб, 13:00–15:00."),
    (.delivered, .delivery, "📦 Заказ №1: доставлен\nСпасибо, что выбрали нас! Будем рады видеть вас снова 💐"),
    (
      .readyForPickup, .pickup,
      "📦 Заказ №1: готов к выдаче\nЖдём вас 28 ноября, сб, 13:00–15:00 по адресу: Алматы, ул. Панфилова, 98."
    ),
    (.pickedUp, .pickup, "📦 Заказ №1: выдан\nСпасибо, что выбрали нас! Будем рады видеть вас снова 💐"),
  ])
  func whatHappensNext(status: OrderStatus, fulfilment: Fulfilment, expected: String) {
    let order = sampleOrder(status: status, fulfilment: fulfilment)
    #expect(OrderNotice.statusChanged(order, note: nil, to: [ChatID(1001)], c).map { russian($0.text) } == [expected])
  }

  @Test func aCancellationSaysWhyAndWhatAboutTheMoney() {
    let unpaid = sampleOrder(status: .cancelled)
    #expect(
      OrderNotice.statusChanged(unpaid, note: "Нет нужных цветов", to: [ChatID(1001)], c).map { russian($0.text) } == [
        "📦 Заказ №1: отменён\nПричина: Нет нужных цветов\nЕсли захотите оформить новый заказ — каталог в меню."
      ])
    let paid = sampleOrder(status: .cancelled, paidAt: orderCreatedAt)
    #expect(
      OrderNotice.statusChanged(paid, note: "Нет нужных цветов", to: [ChatID(1001)], c).map { russian($0.text) } == [
        "📦 Заказ №1: отменён\nПричина: Нет нужных цветов\nДеньги за заказ вернём — мы свяжемся с вами."
      ])
  }

  @Test func noLinkedChatNoNotification() {
    #expect(OrderNotice.statusChanged(sampleOrder(status: .accepted), note: nil, to: [], c) == [])
  }
}
