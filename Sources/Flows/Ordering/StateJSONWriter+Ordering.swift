import Dialog
import FlowerShop

// The FlowerShop values of an order draft, as their `Codable` conformances write them (dates
// and times as their `description`, IDs and phones as bare values, enums as synthesized).

extension StateJSONWriter {
  /// A string field.
  mutating func field(_ name: StaticString, _ value: String) {
    key(name)
    string(value)
  }

  /// `"2026-11-27"`, as `LocalDate.description`.
  mutating func write(_ date: LocalDate) {
    raw(UInt8(ascii: "\""))
    zeroPadded(date.year, width: 4)
    raw(UInt8(ascii: "-"))
    zeroPadded(date.month, width: 2)
    raw(UInt8(ascii: "-"))
    zeroPadded(date.day, width: 2)
    raw(UInt8(ascii: "\""))
  }

  /// `"09:00"`, as `TimeOfDay.description`.
  mutating func write(_ time: TimeOfDay) {
    raw(UInt8(ascii: "\""))
    if time.hour < 10 { raw(UInt8(ascii: "0")) }
    number(time.hour)
    raw(UInt8(ascii: ":"))
    if time.minute < 10 { raw(UInt8(ascii: "0")) }
    number(time.minute)
    raw(UInt8(ascii: "\""))
  }

  mutating func write(_ slot: DeliverySlot) {
    beginObject()
    key("date")
    write(slot.date)
    key("start")
    write(slot.start)
    key("end")
    write(slot.end)
    endObject()
  }

  mutating func write(_ address: DeliveryAddress) throws {
    switch address {
    case .text(let text):
      beginCase("text")
      string(text)
      endCase()
    case .location(let latitude, let longitude):
      beginObject()
      key("location")
      beginObject()
      key("latitude")
      try number(latitude)
      key("longitude")
      try number(longitude)
      endObject()
      endObject()
    case .askRecipient: emptyCase("askRecipient")
    }
  }

  mutating func write(_ postcard: OrderDraft.Postcard) {
    switch postcard {
    case .none: emptyCase("none")
    case .text(let text):
      beginCase("text")
      string(text)
      endCase()
    }
  }
}
