/// How the bouquet reaches the recipient.
public enum Fulfilment: String, Codable, Sendable, CaseIterable {
  case delivery, pickup
}

/// A delivery (or pickup) window on one local date, e.g. 27 Nov 10:00–12:00.
public struct DeliverySlot: Hashable, Codable, Sendable {
  public var date: LocalDate
  public var start: TimeOfDay
  public var end: TimeOfDay

  public init(date: LocalDate, start: TimeOfDay, end: TimeOfDay) {
    self.date = date
    self.start = start
    self.end = end
  }

  /// "10:00–12:00" (en dash).
  public var label: String { "\(start)–\(end)" }

  /// "202611271000": date and start, for callback data. The end comes from the grid.
  public var compact: String { date.compact + zeroPadded(start.hour, 2) + zeroPadded(start.minute, 2) }

  /// Parses `compact`; the end is unknown there, so it is `start` + `slotMinutes`.
  public init?(compact: String, slotMinutes: Int = 120) {
    guard compact.count == 12, let date = LocalDate(compact: String(compact.prefix(8))),
      compact.allSatisfy({ $0.isASCII && $0.isNumber }),
      let hour = Int(compact.dropFirst(8).prefix(2)), let minute = Int(compact.suffix(2)),
      (0..<24).contains(hour), (0..<60).contains(minute)
    else { return nil }
    let start = TimeOfDay(hour, minute)
    self.init(date: date, start: start, end: TimeOfDay(minutes: start.minutes + slotMinutes))
  }
}
