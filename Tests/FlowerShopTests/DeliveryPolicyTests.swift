import FlowerShop
import Foundation
import Testing

@Suite struct DeliveryPolicyTests {
  let policy = DeliveryPolicy(Fixtures.delivery)
  let nov27 = Fixtures.date(2026, 11, 27)
  let nov28 = Fixtures.date(2026, 11, 28)

  func starts(_ slots: [DeliverySlot]) -> [Int] { slots.map(\.start.hour) }

  @Test func gridFillsOpeningHours() {
    #expect(starts(policy.grid(on: nov27)) == [9, 11, 13, 15, 17, 19])
    #expect(policy.grid(on: nov27).last?.end == TimeOfDay(21))
  }

  @Test func gridDropsATrailingPartialSlot() {
    var config = Fixtures.delivery
    config.closes = TimeOfDay(20)
    #expect(starts(DeliveryPolicy(config).grid(on: nov27)) == [9, 11, 13, 15, 17])
  }

  @Test func localCalendarAndStartInstant() {
    #expect(policy.today(at: Fixtures.noon) == nov27)
    #expect(policy.localTime(at: Fixtures.noon) == TimeOfDay(12))
    #expect(policy.start(of: Fixtures.slot(nov28, 10)) == Fixtures.utc("2026-11-28T05:00:00Z"))
  }

  @Test func acrossMidnightInAlmaty() {
    let now = Fixtures.utc("2026-11-27T19:30:00Z")
    #expect(policy.today(at: now) == nov28)
    #expect(policy.localTime(at: now) == TimeOfDay(0, 30))
    #expect(policy.feasibleSlots(on: nov27, at: now) == [])
    #expect(starts(policy.feasibleSlots(on: nov28, at: now)) == [9, 11, 13, 15, 17, 19])
    #expect(policy.bookableDates(at: now) == (0...7).map { nov28.adding(days: $0) })
    #expect(policy.today(at: Fixtures.utc("2026-11-27T18:59:59Z")) == nov27)
  }

  @Test func leadTimeBoundary() {
    #expect(starts(policy.feasibleSlots(on: nov27, at: Fixtures.utc("2026-11-27T06:00:00Z"))) == [13, 15, 17, 19])
    #expect(starts(policy.feasibleSlots(on: nov27, at: Fixtures.utc("2026-11-27T06:00:01Z"))) == [15, 17, 19])
    #expect(starts(policy.feasibleSlots(on: nov27, at: Fixtures.noon)) == [15, 17, 19])
  }

  @Test func sameDayCutoffBoundary() {
    var config = Fixtures.delivery
    config.assemblyLeadMinutes = 30
    config.closes = TimeOfDay(23)
    let late = DeliveryPolicy(config)
    let at1759 = Fixtures.utc("2026-11-27T12:59:00Z")
    let at1800 = Fixtures.utc("2026-11-27T13:00:00Z")
    #expect(starts(late.feasibleSlots(on: nov27, at: at1759)) == [19, 21])
    #expect(late.feasibleSlots(on: nov27, at: at1800) == [])
    #expect(late.isFeasible(Fixtures.slot(nov27, 19), at: at1759))
    #expect(!late.isFeasible(Fixtures.slot(nov27, 19), at: at1800))
    #expect(starts(late.feasibleSlots(on: nov28, at: at1800)) == [9, 11, 13, 15, 17, 19, 21])
    #expect(late.bookableDates(at: at1759).first == nov27)
    #expect(late.bookableDates(at: at1800).first == nov28)
  }

  @Test func bookingHorizon() {
    let lastDay = nov27.adding(days: 7)
    #expect(lastDay == Fixtures.date(2026, 12, 4))
    #expect(starts(policy.feasibleSlots(on: lastDay, at: Fixtures.noon)) == [9, 11, 13, 15, 17, 19])
    #expect(policy.feasibleSlots(on: lastDay.adding(days: 1), at: Fixtures.noon) == [])
    #expect(!policy.isFeasible(Fixtures.slot(lastDay.adding(days: 1), 9), at: Fixtures.noon))
    #expect(policy.feasibleSlots(on: nov27.adding(days: -1), at: Fixtures.noon) == [])
    #expect(policy.bookableDates(at: Fixtures.noon) == (0...7).map { nov27.adding(days: $0) })
  }

  @Test func todayOnlyWhenNoDaysAhead() {
    var config = Fixtures.delivery
    config.daysAhead = 0
    let strict = DeliveryPolicy(config)
    #expect(strict.bookableDates(at: Fixtures.noon) == [nov27])
    #expect(strict.bookableDates(at: Fixtures.utc("2026-11-27T14:00:00Z")) == [])
  }

  @Test func onlyGridSlotsAreFeasible() {
    #expect(policy.isFeasible(Fixtures.slot(nov28, 9), at: Fixtures.noon))
    #expect(!policy.isFeasible(Fixtures.slot(nov28, 10), at: Fixtures.noon))
    #expect(!policy.isFeasible(DeliverySlot(date: nov28, start: TimeOfDay(9), end: TimeOfDay(12)), at: Fixtures.noon))
    #expect(!policy.isFeasible(Fixtures.slot(nov28, 21), at: Fixtures.noon))
  }

  @Test func resolvesCompactSlotsAgainstTheGrid() {
    #expect(policy.slot(compact: "202611281100") == Fixtures.slot(nov28, 11))
    #expect(policy.slot(compact: "202611281000") == nil)
    #expect(policy.slot(compact: "garbage") == nil)
  }

  @Test func unknownTimeZoneFallsBackToUTCPlusFive() {
    var config = Fixtures.delivery
    config.timeZone = "Mars/Olympus_Mons"
    let fallback = DeliveryPolicy(config)
    #expect(fallback.timeZone.secondsFromGMT(for: Fixtures.noon) == 5 * 3600)
    #expect(fallback.today(at: Fixtures.utc("2026-11-27T19:30:00Z")) == nov28)
  }

  @Test func zonesAndDeliveryCost() {
    #expect(policy.zone(ZoneID("far"))?.cost == .tenge(2500))
    #expect(policy.zone(ZoneID("moon")) == nil)
    #expect(policy.deliveryCost(zone: ZoneID("center"), itemsTotal: .tenge(29999)) == .tenge(1500))
    #expect(policy.deliveryCost(zone: ZoneID("center"), itemsTotal: .tenge(30000)) == .zero)
    #expect(policy.deliveryCost(zone: ZoneID("moon"), itemsTotal: .tenge(100)) == nil)
    var config = Fixtures.delivery
    config.freeDeliveryFrom = nil
    #expect(DeliveryPolicy(config).deliveryCost(zone: ZoneID("far"), itemsTotal: .tenge(1_000_000)) == .tenge(2500))
  }
}
