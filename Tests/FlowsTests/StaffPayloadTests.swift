import FlowerShop
import Testing

@testable import Flows

/// Staff and tracking buttons encode within Telegram's 64 bytes, decode back, and anything
/// else decodes to nil (answered as a stale button, changing nothing).
@Suite struct StaffPayloadTests {
  static let big = OrderID(Int64.max)

  static let payloads: [CallbackPayload] =
    [
      .staff(.card(big)), .staff(.confirmCancel(big)), .staff(.keepOrder(big)), .staff(.paid(big)),
      .staff(.day(tomorrow)),
      .tracking(.page(1)), .tracking(.page(10_000)), .tracking(.order(big, page: 10_000)), .tracking(.findByPhone),
    ]
    + OrderStatus.allCases.flatMap { from in
      OrderStatus.allCases.map { to in CallbackPayload.staff(.status(big, from: from, to: to)) }
    }

  @Test(arguments: payloads)
  func roundTripsWithinTelegramsLimit(payload: CallbackPayload) {
    #expect(payload.data.utf8.count <= 64)
    #expect(CallbackPayload(data: payload.data) == payload)
  }

  @Test func dataLooksAsDocumented() {
    #expect(
      CallbackPayload.staff(.status(OrderID(15), from: .accepted, to: .assembling)).data
        == "s:st:15:accepted:assembling")
    #expect(CallbackPayload.staff(.day(tomorrow)).data == "s:d:20261128")
    #expect(CallbackPayload.tracking(.order(OrderID(15), page: 2)).data == "t:o:15:2")
  }

  @Test(arguments: [
    "s:", "s:c", "s:c:", "s:c:0", "s:c:-1", "s:c:abc", "s:c:1:2", "s:st:1:new", "s:st:1:new:bogus", "s:st:1:bogus:new",
    "s:pd:1:x", "s:d:2026", "s:d:20261332", "s:x:1", "t:", "t:p", "t:p:0", "t:p:-1", "t:p:10001", "t:o:1", "t:o:0:1",
    "t:o:1:0", "t:f:1", "t:q:1", "s:c:" + String(repeating: "9", count: 70),
  ])
  func forgedDataIsRejected(data: String) {
    #expect(CallbackPayload(data: data) == nil)
  }
}
