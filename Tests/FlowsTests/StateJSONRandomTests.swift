import BotTesting
import Dialog
import FlowerShop
import Foundation
import Testing

@testable import Flows

/// Thousands of random ordering states (fixed seed: the same states on every run) written by
/// hand and by `StreamingJSONEncoder`: the same bytes. A field added to `OrderDraft` must also
/// be set by `draft()` below, or its writer goes unchecked here (`StateJSONParityTests` checks
/// the field list itself).
@Suite struct StateJSONRandomTests {
  @Test func seededRandomOrderingStates() throws {
    var random = SplitMix64(seed: 0x5EED_F10E_2026)
    for _ in 0..<3000 {
      let editBackup = random.chance() ? random.draft() : nil
      let state = OrderingState(
        step: random.pick(OrderingStep.allCases), draft: random.draft(), session: Int64(bitPattern: random.next()),
        editBackup: editBackup)
      try expectParity(ChatState.ordering(state))
    }
  }
}

extension SplitMix64 {
  mutating func chance() -> Bool { next() & 1 == 0 }

  mutating func pick<T>(_ values: [T]) -> T { values[Int(next() % UInt64(values.count))] }

  /// Letters, digits, Cyrillic, emoji, quotes, backslashes, slashes and control characters.
  mutating func text() -> String {
    let pieces = [
      "a", "Z", "7", " ", "Ә", "ң", "Ж", "ё", "💐", "🌹", "❤️", "👩‍👩‍👧", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}",
      "\u{7F}", "\u{2028}", "e\u{301}",
    ]
    return (0..<Int(next() % 12)).map { _ in pick(pieces) }.joined()
  }

  mutating func date() -> LocalDate {
    LocalDate(year: Int(next() % 9999) + 1, month: Int(next() % 12) + 1, day: Int(next() % 28) + 1)!
  }

  /// A time that decodes: 00:00…24:00.
  mutating func time() -> TimeOfDay { TimeOfDay(minutes: Int(next() % 1441)) }

  /// Degrees with six decimals, whole numbers, or any finite bit pattern (tiny, huge, -0).
  mutating func coordinate() -> Double {
    let any = Double(bitPattern: next())
    switch next() % 3 {
    case 0: return Double(Int64(bitPattern: next()) % 180_000_000) / 1_000_000
    case 1: return Double(next() % 1000)
    default: return any.isFinite ? any : 0.5
    }
  }

  mutating func address() -> DeliveryAddress {
    switch next() % 3 {
    case 0: .text(text())
    case 1: .location(latitude: coordinate(), longitude: coordinate())
    default: .askRecipient
    }
  }

  mutating func phone() -> PhoneNumber {
    pick([aigerim, aliya, PhoneNumber(e164: "+77470001122")!, PhoneNumber(e164: "+77771234567")!])
  }

  /// Each field set or not, at random; every field of `OrderDraft` must be here.
  mutating func draft() -> OrderDraft {
    var draft = OrderDraft()
    if chance() { draft.category = CategoryID(text()) }
    if chance() { draft.product = ProductID(Int64(bitPattern: next())) }
    if chance() { draft.quantity = Int(Int64(bitPattern: next()) % 1000) }
    if chance() { draft.fulfilment = pick(Fulfilment.allCases) }
    if chance() { draft.zone = ZoneID(text()) }
    if chance() { draft.date = date() }
    if chance() { draft.slot = DeliverySlot(date: date(), start: time(), end: time()) }
    if chance() { draft.address = address() }
    if chance() { draft.recipientName = text() }
    if chance() { draft.recipientPhone = phone() }
    if chance() { draft.postcard = chance() ? OrderDraft.Postcard.none : .text(text()) }
    if chance() { draft.anonymous = chance() }
    if chance() { draft.surprise = chance() }
    if chance() { draft.customerPhone = phone() }
    if chance() { draft.payment = pick(PaymentMethod.allCases) }
    return draft
  }
}
