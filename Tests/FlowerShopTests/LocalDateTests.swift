import FlowerShop
import Foundation
import Testing

@Suite struct LocalDateTests {
  @Test func validatesCalendarDates() {
    #expect(LocalDate(year: 2026, month: 2, day: 29) == nil)
    #expect(LocalDate(year: 2028, month: 2, day: 29) != nil)
    #expect(LocalDate(year: 2100, month: 2, day: 29) == nil)
    #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
    #expect(LocalDate(year: 2026, month: 4, day: 31) == nil)
    #expect(LocalDate(year: 2026, month: 13, day: 1) == nil)
    #expect(LocalDate(year: 2026, month: 0, day: 1) == nil)
    #expect(LocalDate(year: 2026, month: 12, day: 0) == nil)
    #expect(LocalDate(year: 2026, month: 12, day: 31) != nil)
  }

  @Test func addsDaysAcrossMonthsYearsAndLeapDays() {
    let d = Fixtures.date
    #expect(d(2026, 11, 27).adding(days: 3) == d(2026, 11, 30))
    #expect(d(2026, 11, 27).adding(days: 4) == d(2026, 12, 1))
    #expect(d(2026, 12, 31).adding(days: 1) == d(2027, 1, 1))
    #expect(d(2028, 2, 28).adding(days: 1) == d(2028, 2, 29))
    #expect(d(2027, 2, 28).adding(days: 1) == d(2027, 3, 1))
    #expect(d(2026, 1, 1).adding(days: -1) == d(2025, 12, 31))
    #expect(d(2026, 1, 1).adding(days: 365) == d(2027, 1, 1))
    #expect(d(2026, 11, 27).adding(days: 0) == d(2026, 11, 27))
  }

  @Test func weekdayStartsOnMonday() {
    #expect(Fixtures.date(2026, 11, 27).weekday == 5)
    #expect(Fixtures.date(2026, 11, 29).weekday == 7)
    #expect(Fixtures.date(2026, 11, 30).weekday == 1)
    #expect(Fixtures.date(2000, 1, 1).weekday == 6)
    #expect(Fixtures.date(1969, 12, 31).weekday == 3)
  }

  @Test func compactAndDescription() throws {
    let date = Fixtures.date(2026, 3, 8)
    #expect(date.compact == "20260308")
    #expect(date.description == "2026-03-08")
    #expect(LocalDate(compact: "20260308") == date)
    #expect(LocalDate(compact: "20260230") == nil)
    #expect(LocalDate(compact: "2026038") == nil)
    #expect(LocalDate(compact: "2026-3-8") == nil)
    #expect(LocalDate(compact: "+2026038") == nil)
    #expect(LocalDate(iso: "2026-03-08") == date)
    #expect(LocalDate(iso: "2026-3-8") == nil)
    let json = try JSONEncoder().encode([date])
    #expect(String(decoding: json, as: UTF8.self) == #"["2026-03-08"]"#)
    #expect(try JSONDecoder().decode([LocalDate].self, from: json) == [date])
  }

  @Test func orders() {
    #expect(Fixtures.date(2026, 11, 30) < Fixtures.date(2026, 12, 1))
    #expect(Fixtures.date(2026, 12, 31) < Fixtures.date(2027, 1, 1))
    #expect(!(Fixtures.date(2026, 12, 1) < Fixtures.date(2026, 12, 1)))
  }

  @Test(arguments: [
    ("30.11", Fixtures.date(2026, 11, 30)), ("30.11.2026", Fixtures.date(2026, 11, 30)),
    ("30/11", Fixtures.date(2026, 11, 30)), ("30 11", Fixtures.date(2026, 11, 30)),
    ("27.11", Fixtures.date(2026, 11, 27)), ("1.12", Fixtures.date(2026, 12, 1)),
    ("26.11", Fixtures.date(2027, 11, 26)), ("08.03", Fixtures.date(2027, 3, 8)),
    ("29.02", Fixtures.date(2028, 2, 29)), ("30.11.27", Fixtures.date(2027, 11, 30)),
    (" 30.11 ", Fixtures.date(2026, 11, 30)),
  ])
  func parsesTypedDates(text: String, expected: LocalDate) {
    #expect(LocalDate.parse(dayMonth: text, today: Fixtures.date(2026, 11, 27)) == expected)
  }

  @Test(arguments: [
    "", "30", "31.11", "30.13", "0.11", "завтра", "30.11.2026.1", "30.11.202", "300.11", "3a.11", "-1.11",
  ])
  func refusesWhatIsNotADate(text: String) {
    #expect(LocalDate.parse(dayMonth: text, today: Fixtures.date(2026, 11, 27)) == nil)
  }
}

@Suite struct DeliverySlotTests {
  @Test func labelAndCompact() {
    let slot = Fixtures.slot(Fixtures.date(2026, 11, 27), 10)
    #expect(slot.label == "10:00–12:00")
    #expect(slot.compact == "202611271000")
    #expect(DeliverySlot(compact: "202611271000") == slot)
    #expect(
      DeliverySlot(date: Fixtures.date(2026, 1, 2), start: TimeOfDay(9, 30), end: TimeOfDay(11, 30)).compact
        == "202601020930")
  }

  @Test(arguments: ["", "20261127100", "2026112710000", "202611312000", "202611272400", "202611271060", "2026112710a0"])
  func refusesBadCompactText(text: String) {
    #expect(DeliverySlot(compact: text) == nil)
  }
}
