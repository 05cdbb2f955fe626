import FlowerShop
import Testing

@testable import Flows

@Suite struct CallbackPayloadTests {
  static let buttons: [OrderingButton] = [
    .category(CategoryID("boxes")), .product(ProductID(15)), .quantity(5), .fulfilment(.pickup),
    .zone(ZoneID("suburbs")),
    .date(tomorrow), .otherDate, .slot(noonSlot), .noPostcard, .anonymous(true), .anonymous(false), .surprise(true),
    .payment(.cash), .confirm, .edit, .editField(.dateTime), .cancel, .back,
  ]

  @Test(arguments: buttons)
  func roundTripsWithinTelegramsLimit(button: OrderingButton) {
    let payload = CallbackPayload.ordering(session: Int64.max, button)
    #expect(payload.data.utf8.count <= 64)
    #expect(CallbackPayload(data: payload.data) == payload)
  }

  @Test(arguments: [
    "", "o", "x1:ok", "o1:", "o1:zz", "o1:q:0", "o1:q:abc", "o-1:ok", "o1:d:20261332", "o1:s:2026112712",
    "o1:pm:bitcoin",
    String(repeating: "o", count: 65),
  ])
  func forgedDataIsRejected(data: String) {
    #expect(CallbackPayload(data: data) == nil)
  }
}
