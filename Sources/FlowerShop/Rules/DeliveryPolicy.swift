import Foundation

/// The shop's delivery rules: the local calendar, the slot grid, lead time, same-day
/// cut-off, booking horizon and zones. Every answer depends on `now`, passed in.
public struct DeliveryPolicy: Sendable {
  public let configuration: DeliveryConfiguration
  /// The shop's zone; a fixed UTC+5 when the configured identifier is unknown.
  public let timeZone: TimeZone

  public init(_ configuration: DeliveryConfiguration) {
    self.configuration = configuration
    timeZone = TimeZone(identifier: configuration.timeZone) ?? TimeZone(secondsFromGMT: 5 * 3600) ?? .gmt
  }

  /// The local date in the shop's zone at `now`.
  public func today(at now: Date) -> LocalDate {
    LocalDate(daysSinceEpoch: Int(floorDiv(localSeconds(at: now), 86_400)))
  }

  /// The local wall-clock time in the shop's zone at `now` (seconds dropped).
  public func localTime(at now: Date) -> TimeOfDay {
    let seconds = localSeconds(at: now)
    return TimeOfDay(minutes: Int((seconds - floorDiv(seconds, 86_400) * 86_400) / 60))
  }

  /// The instant the slot starts, in the shop's zone.
  public func start(of slot: DeliverySlot) -> Date {
    let wall = Double(slot.date.daysSinceEpoch * 86_400 + slot.start.minutes * 60)
    var guess = Date(
      timeIntervalSince1970: wall - Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: wall))))
    // A second pass settles the offset when the first guess fell on the other side of a DST change.
    guess = Date(timeIntervalSince1970: wall - Double(timeZone.secondsFromGMT(for: guess)))
    return guess
  }

  /// Every slot of the day's grid: [opens, opens+slot), … while the end is not after closing.
  public func grid(on date: LocalDate) -> [DeliverySlot] {
    let length = configuration.slotMinutes
    guard length > 0 else { return [] }
    return stride(from: configuration.opens.minutes, through: configuration.closes.minutes - length, by: length).map {
      DeliverySlot(date: date, start: TimeOfDay(minutes: $0), end: TimeOfDay(minutes: $0 + length))
    }
  }

  /// The slots of `date` that can still be booked at `now`.
  public func feasibleSlots(on date: LocalDate, at now: Date) -> [DeliverySlot] {
    let today = today(at: now)
    guard date >= today, date <= today.adding(days: configuration.daysAhead) else { return [] }
    if date == today, localTime(at: now) >= configuration.sameDayCutoff { return [] }
    let earliest = now.addingTimeInterval(Double(configuration.assemblyLeadMinutes * 60))
    return grid(on: date).filter { start(of: $0) >= earliest }
  }

  /// Whether `slot` is one of the grid's slots and can still be booked at `now`.
  public func isFeasible(_ slot: DeliverySlot, at now: Date) -> Bool {
    feasibleSlots(on: slot.date, at: now).contains(slot)
  }

  /// The grid slot whose date and start `compact` names ("202611271000"), if any.
  public func slot(compact: String) -> DeliverySlot? {
    guard let parsed = DeliverySlot(compact: compact, slotMinutes: configuration.slotMinutes) else { return nil }
    return grid(on: parsed.date).first { $0.start == parsed.start }
  }

  /// Dates from today through today+daysAhead with at least one feasible slot.
  public func bookableDates(at now: Date) -> [LocalDate] {
    let today = today(at: now)
    guard configuration.daysAhead >= 0 else { return [] }
    return (0...configuration.daysAhead).map { today.adding(days: $0) }.filter {
      !feasibleSlots(on: $0, at: now).isEmpty
    }
  }

  public func zone(_ id: ZoneID) -> DeliveryZone? { configuration.zones.first { $0.id == id } }

  /// The delivery cost to `zone` for an order of `itemsTotal`: nil for an unknown zone,
  /// zero from `freeDeliveryFrom` on.
  public func deliveryCost(zone id: ZoneID, itemsTotal: Money) -> Money? {
    guard let zone = zone(id) else { return nil }
    if let free = configuration.freeDeliveryFrom, itemsTotal >= free { return .zero }
    return zone.cost
  }

  private func localSeconds(at now: Date) -> Int64 {
    Int64(now.timeIntervalSince1970.rounded(.down)) + Int64(timeZone.secondsFromGMT(for: now))
  }
}

private func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
  let q = a / b
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
