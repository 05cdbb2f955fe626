import Dialog
import FlowerShop
import Foundation
import Testing

@testable import Flows

/// The hand-written state JSON (`StateJSONWritable`) against `StreamingJSONEncoder`, byte for
/// byte, and decoded back with `JSONDecoder`. If a field is added to `OrderDraft` (or
/// `OrderingState`, `DeliverySlot`) without being added to its writer, `fullDraft` (which sets
/// every field: set the new one there too) no longer matches, and `writersKnowEveryField` fails
/// even if `fullDraft` was not updated.
@Suite struct StateJSONParityTests {
  @Test func everyChatStateCase() throws {
    let states: [ChatState] = [
      .idle,
      .ordering(OrderingState(step: .category, draft: OrderDraft(), session: 1)),
      .ordering(OrderingState(step: .summary, draft: fullDraft(), session: 42, editBackup: fullDraft())),
      .tracking(.awaitingContact),
      .board(.awaitingCancelReason(CancelRequest(order: OrderID(9), number: OrderNumber(3), by: UserID(2001)))),
      .admin(.awaitingFlorist),
      .admin(.awaitingProduct),
      .admin(.broadcast(.awaitingContent)),
      .approval(.awaitingPhoto(order: OrderID(5), number: OrderNumber(12), by: UserID(2001))),
      .approval(.awaitingComment(round: PhotoRoundID(77), number: OrderNumber(12))),
      .approval(
        .collectingAlbum(
          PhotoBatch(
            photos: [OrderPhoto(fileID: "AgAD/1\"x", localPath: "photos/1.jpg"), OrderPhoto(fileID: "AgAD2")],
            target: .number(OrderNumber(4)), albumID: "album-1", by: UserID(2001), actor: "florist:2001"))),
      .approval(
        .choosingOrder(
          PhotoBatch(photos: [], target: .id(OrderID(8)), albumID: nil, by: UserID(1), actor: "admin:1"))),
    ]
    for state in states { try expectParity(state) }
  }

  @Test func everyDraftFieldSetAndUnset() throws {
    let full = fullDraft()
    try expectParity(full)
    try expectParity(OrderDraft())
    for (field, clear) in draftFields {
      var without = full
      clear(&without)
      #expect(without != full, "clearing \(field) changes nothing")
      try expectParity(without)
      // Only this field set: everything else cleared.
      var only = full
      for (other, clearOther) in draftFields where other != field { clearOther(&only) }
      try expectParity(only)
    }
  }

  @Test func everyLeafCase() throws {
    var draft = fullDraft()
    for fulfilment in Fulfilment.allCases {
      draft.fulfilment = fulfilment
      try expectParity(draft)
    }
    for payment in PaymentMethod.allCases {
      draft.payment = payment
      try expectParity(draft)
    }
    let addresses: [DeliveryAddress] = [
      .text("Абая 10, кв. 5"), .location(latitude: 43.238949, longitude: 76.889709), .askRecipient,
      .location(latitude: 0, longitude: -0.0), .location(latitude: 1e-7, longitude: -1e300),
      .location(latitude: .leastNonzeroMagnitude, longitude: .greatestFiniteMagnitude),
    ]
    for address in addresses {
      draft.address = address
      try expectParity(draft)
    }
    for postcard in [OrderDraft.Postcard.none, .text("С днём рождения!"), .text("")] {
      draft.postcard = postcard
      try expectParity(draft)
    }
    for flag in [true, false] {
      draft.anonymous = flag
      draft.surprise = !flag
      try expectParity(draft)
    }
    for step in OrderingStep.allCases {
      try expectParity(ChatState.ordering(OrderingState(step: step, draft: draft, session: 3)))
    }
  }

  @Test func stringsNeedingEscapes() throws {
    for text in awkwardStrings {
      var draft = fullDraft()
      draft.category = CategoryID(text)
      draft.zone = ZoneID(text)
      draft.recipientName = text
      draft.address = .text(text)
      draft.postcard = .text(text)
      try expectParity(draft)
    }
  }

  @Test func editBackupSetAndUnset() throws {
    var partial = OrderDraft()
    partial.category = CategoryID("roses")
    for backup in [nil, OrderDraft(), partial, fullDraft()] {
      try expectParity(
        ChatState.ordering(OrderingState(step: .editing, draft: partial, session: 9, editBackup: backup)))
    }
  }

  @Test func extremeNumbersAndTimes() throws {
    var draft = fullDraft()
    for value in [Int.min, -1, 0, 9, 10, Int.max] {
      draft.quantity = value
      draft.product = ProductID(Int64(value))
      try expectParity(ChatState.ordering(OrderingState(step: .quantity, draft: draft, session: Int64(value))))
    }
    for minutes in [-61, -1, 0, 59, 60, 599, 600, 1439, 1440, 5999, 6000, 100_000] {
      let time = TimeOfDay(minutes: minutes)
      draft.slot = DeliverySlot(date: ymd(2026, 11, 27), start: time, end: time)
      // Outside 00:00…24:00 the text is still the streaming encoder's, but it does not decode.
      try expectParity(draft, decodes: (0...1440).contains(minutes))
    }
    for day in [ymd(1, 1, 1), ymd(999, 12, 31), ymd(9999, 12, 31), ymd(9999, 12, 31).adding(days: 1)] {
      draft.date = day
      draft.slot = DeliverySlot(date: day, start: TimeOfDay(9), end: TimeOfDay(11))
      try expectParity(draft, decodes: day.year <= 9999)
    }
  }

  @Test func nonFiniteNumbersThrowAsBefore() throws {
    var draft = fullDraft()
    draft.address = .location(latitude: .nan, longitude: 1)
    let state = ChatState.ordering(OrderingState(step: .summary, draft: draft, session: 1))
    #expect(throws: StreamingJSONEncoder.Unsupported.self) {
      var writer = StateJSONWriter()
      try state.writeStateJSON(to: &writer)
    }
    #expect(throws: StreamingJSONEncoder.Unsupported.self) { try StreamingJSONEncoder.encode(state) }
    #expect(throws: (any Error).self) { try DialogStateStore.encode(state) }
  }

  /// Guards the writers against a stored property they do not know (its value would be lost).
  @Test func writersKnowEveryField() {
    #expect(Mirror(reflecting: OrderDraft()).children.compactMap(\.label) == draftFields.map(\.0))
    let state = OrderingState(step: .category, draft: OrderDraft(), session: 1)
    #expect(Mirror(reflecting: state).children.compactMap(\.label) == ["step", "draft", "session", "editBackup"])
    let slot = DeliverySlot(date: ymd(2026, 1, 1), start: TimeOfDay(9), end: TimeOfDay(11))
    #expect(Mirror(reflecting: slot).children.compactMap(\.label) == ["date", "start", "end"])
  }
}

/// Hand-written bytes equal the streaming encoder's, `DialogStateStore.encode` gives them, and
/// they decode back to the value (unless `decodes` is false: values the decoder refuses).
func expectParity(
  _ state: ChatState, decodes: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let streamed = try StreamingJSONEncoder.encode(state)
  var writer = StateJSONWriter()
  try state.writeStateJSON(to: &writer)
  #expect(
    String(decoding: writer.bytes, as: UTF8.self) == String(decoding: streamed, as: UTF8.self),
    sourceLocation: sourceLocation)
  #expect(writer.bytes == streamed, sourceLocation: sourceLocation)
  #expect(
    try DialogStateStore.encode(state) == String(decoding: streamed, as: UTF8.self), sourceLocation: sourceLocation)
  guard decodes else { return }
  let decoded = try JSONDecoder().decode(ChatState.self, from: Data(writer.bytes))
  #expect(decoded == state, sourceLocation: sourceLocation)
}

func expectParity(
  _ draft: OrderDraft, decodes: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  try expectParity(
    ChatState.ordering(OrderingState(step: .summary, draft: draft, session: 7)), decodes: decodes,
    sourceLocation: sourceLocation)
}

func ymd(_ year: Int, _ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }

/// Every field of `OrderDraft` set. A new field must be set here too.
func fullDraft() -> OrderDraft {
  var draft = OrderDraft()
  draft.category = CategoryID("roses")
  draft.product = ProductID(101)
  draft.quantity = 3
  draft.fulfilment = .delivery
  draft.zone = ZoneID("center")
  draft.date = ymd(2026, 11, 27)
  draft.slot = DeliverySlot(date: ymd(2026, 11, 27), start: TimeOfDay(10), end: TimeOfDay(12))
  draft.address = .text("Абая 10")
  draft.recipientName = "Айгерим"
  draft.recipientPhone = aigerim
  draft.postcard = .text("Люблю")
  draft.anonymous = false
  draft.surprise = true
  draft.customerPhone = aliya
  draft.payment = .kaspi
  return draft
}

/// Each field of `OrderDraft` in declaration order, and how to clear it.
let draftFields: [(String, @Sendable (inout OrderDraft) -> Void)] = [
  ("category", { $0.category = nil }), ("product", { $0.product = nil }), ("quantity", { $0.quantity = nil }),
  ("fulfilment", { $0.fulfilment = nil }), ("zone", { $0.zone = nil }), ("date", { $0.date = nil }),
  ("slot", { $0.slot = nil }), ("address", { $0.address = nil }), ("recipientName", { $0.recipientName = nil }),
  ("recipientPhone", { $0.recipientPhone = nil }), ("postcard", { $0.postcard = nil }),
  ("anonymous", { $0.anonymous = nil }), ("surprise", { $0.surprise = nil }),
  ("customerPhone", { $0.customerPhone = nil }), ("payment", { $0.payment = nil }),
]

/// Quotes, backslashes, slashes, control characters, emoji (with joiners and flags), Cyrillic.
let awkwardStrings: [String] = [
  "", "\"", "\\", "/", "a\"b\\c/d", "\u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F}\u{7F}", "line\nbreak\r\ttab",
  "Айгерим Нурланқызы", "💐🌹 ❤️ 👩‍👩‍👧 🇰🇿", "e\u{301}", "\u{2028}\u{2029}\u{FEFF}", "</script>",
]
