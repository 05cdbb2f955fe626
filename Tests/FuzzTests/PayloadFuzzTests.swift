import FlowerShop
import Foundation
import Testing

@testable import Flows

/// Callback data is whatever a client sends: anything that decodes must be a payload the bot
/// itself could have made (it encodes back to the same payload within 64 bytes); the rest is nil.
@Suite struct PayloadFuzzTests {
  static let alphabet = Array("ostcdpqfbnkyz0123456789:-_+ .,é💐abcdefghijklmnopqrstuvwxyz")
  static let tomorrow = LocalDate(year: 2026, month: 11, day: 28)!
  static let valid: [CallbackPayload] = [
    .ordering(session: 123_456, .category(CategoryID("roses"))), .ordering(session: 1, .product(ProductID(7))),
    .ordering(session: 0, .quantity(3)), .ordering(session: 9, .date(tomorrow)), .ordering(session: 5, .confirm),
    .ordering(session: 5, .zone(ZoneID("center"))), .ordering(session: Int64.max, .payment(.kaspi)),
    .tracking(.page(2)), .tracking(.order(OrderID(15), page: 1)), .tracking(.findByPhone),
    .staff(.card(OrderID(3))), .staff(.status(OrderID(3), from: .new, to: .accepted)), .staff(.day(tomorrow)),
  ]

  static func check(_ data: String) {
    guard let payload = CallbackPayload(data: data) else { return }
    #expect(payload.data.utf8.count <= 64, "\(data) decoded to a payload too long to send")
    #expect(CallbackPayload(data: payload.data) == payload, "\(data) does not round-trip")
  }

  @Test func mutatedPayloadsDecodeToSomethingTheBotCouldHaveSentOrToNil() {
    var fuzzer = Fuzzer(seed: 0x5EED_0101)
    let tokens = [":", "o", "t:", "s:", "-", "0", "99999999999999999999", "st", "new", "accepted", "20261332"]
    for i in 0..<fuzzIterations {
      Self.check(fuzzer.mutate(Self.valid[i % Self.valid.count].data, dictionary: tokens))
    }
  }

  @Test func randomStringsNeverCrashTheDecoder() {
    var fuzzer = Fuzzer(seed: 0x5EED_0102)
    for _ in 0..<fuzzIterations {
      Self.check(fuzzer.string(from: Self.alphabet, maxLength: 70))
    }
  }
}
