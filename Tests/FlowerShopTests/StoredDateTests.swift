import Foundation
import GRDB
import Testing

@testable import FlowerShop

@Suite struct StoredDateTests {
  @Test func formatsExactlyAsGRDBFormatsADate() {
    var seed: UInt64 = 42
    func next() -> UInt64 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return seed >> 11
    }
    var dates = [
      Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.0005), Date(timeIntervalSince1970: 951_782_400),
    ]
    for _ in 0..<5_000 {
      // Years 1970–2100, with fractions that test the truncation of milliseconds.
      dates.append(Date(timeIntervalSince1970: Double(next() % 4_102_444_800_000) / 1000 + Double(next() % 1000) / 1e6))
    }
    for date in dates {
      #expect(StoredDate(date).databaseValue == date.databaseValue, "\(date.timeIntervalSince1970)")
    }
  }

  @Test func readsBackAsTheDate() throws {
    let queue = try DatabaseQueue()
    let date = Date(timeIntervalSince1970: 1_800_000_000.123)
    let back = try queue.read { db in try Date.fetchOne(db, sql: "SELECT ?", arguments: [StoredDate(date)]) }
    #expect(back.map { abs($0.timeIntervalSince(date)) < 0.001 } == true)
  }
}
