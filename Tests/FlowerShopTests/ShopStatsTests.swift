import Foundation
import GRDB
import Testing

@testable import FlowerShop

/// `/stats` periods in the shop's time zone, and florists granted in chat.
@Suite struct ShopStatsTests {
  let almaty = TimeZone(identifier: "Asia/Almaty")!
  func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

  @Test func todayAndThisWeekStartAtLocalMidnightAndMonday() {
    // Friday 27 November 2026, 10:00 in Almaty (UTC+5).
    let (day, week) = StatsStore.boundaries(utc("2026-11-27T05:00:00Z"), timeZone: almaty)
    #expect(day == utc("2026-11-26T19:00:00Z"))
    #expect(week == utc("2026-11-22T19:00:00Z"))
    // Just after midnight on a Monday the week starts that same midnight.
    let (monday, mondayWeek) = StatsStore.boundaries(utc("2026-11-22T19:30:00Z"), timeZone: almaty)
    #expect(monday == utc("2026-11-22T19:00:00Z") && mondayWeek == monday)
  }

  @Test func aGrantMakesAFloristUntilRevoked() throws {
    let db = try DatabaseQueue()
    var migrator = DatabaseMigrator()
    FlowerShopSchema.registerStaff(in: &migrator)
    try migrator.migrate(db)
    let staff = StaffConfiguration(admins: [UserID(1)], florists: [UserID(2)], floristChat: nil)
    let answers = try db.write { db in
      [
        try StaffStore.grantFlorist(db, shopID: "s", user: UserID(3), by: UserID(1), at: Date()),
        try StaffStore.grantFlorist(db, shopID: "s", user: UserID(3), by: UserID(1), at: Date()),
        try StaffStore.isGrantedFlorist(db, shopID: "s", user: UserID(3)),
        try StaffStore.isGrantedFlorist(db, shopID: "other", user: UserID(3)),
        try StaffStore.revokeFlorist(db, shopID: "s", user: UserID(3)),
        try StaffStore.revokeFlorist(db, shopID: "s", user: UserID(3)),
      ]
    }
    #expect(answers == [true, false, true, false, true, false])
    #expect(staff.role(of: UserID(1), granted: true) == .admin)
    #expect(staff.role(of: UserID(2), granted: false) == .florist)
    #expect(staff.role(of: UserID(3), granted: true) == .florist)
    #expect(staff.role(of: UserID(3), granted: false) == .customer)
  }
}
