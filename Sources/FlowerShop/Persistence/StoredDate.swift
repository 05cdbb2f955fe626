import Foundation
import GRDB

/// A date bound exactly as GRDB stores a `Date` (`yyyy-MM-dd HH:mm:ss.SSS`, UTC), formatted with
/// integer arithmetic instead of a `DateFormatter`: the hot path binds the update's time several
/// times per update. Read back as an ordinary `Date`.
public struct StoredDate: DatabaseValueConvertible, Sendable, Equatable {
  public let date: Date

  public init(_ date: Date) { self.date = date }

  public var databaseValue: DatabaseValue { Self.text(date).databaseValue }

  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> StoredDate? {
    Date.fromDatabaseValue(dbValue).map(StoredDate.init)
  }

  /// The text of `date`, as GRDB's `DateFormatter` writes it.
  public static func text(_ date: Date) -> String {
    // As Foundation hands the date to ICU: milliseconds since 1970, rounded to the nearest.
    let milliseconds = Int64(((date.timeIntervalSinceReferenceDate + 978_307_200) * 1000).rounded())
    let (days, dayMillis) = floorDivision(milliseconds, 86_400_000)
    let date = LocalDate(daysSinceEpoch: Int(days))
    let (year, month, day) = (Int64(date.year), Int64(date.month), Int64(date.day))
    let seconds = dayMillis / 1000
    guard (1000...9999).contains(year) else {
      var text = year < 1000 ? pad(year, 4) : String(year)
      text += "-" + pad(month, 2) + "-" + pad(day, 2) + " " + pad(seconds / 3600, 2) + ":"
      text += pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2) + "." + pad(dayMillis % 1000, 3)
      return text
    }
    // "yyyy-MM-dd HH:mm:ss.SSS", written digit by digit: this runs several times per update.
    return String(unsafeUninitializedCapacity: 23) { buffer in
      func put(_ value: Int64, _ width: Int, at offset: Int) {
        var value = value
        for i in stride(from: offset + width - 1, through: offset, by: -1) {
          buffer[i] = UInt8(ascii: "0") + UInt8(value % 10)
          value /= 10
        }
      }
      put(year, 4, at: 0)
      put(month, 2, at: 5)
      put(day, 2, at: 8)
      put(seconds / 3600, 2, at: 11)
      put(seconds / 60 % 60, 2, at: 14)
      put(seconds % 60, 2, at: 17)
      put(dayMillis % 1000, 3, at: 20)
      (buffer[4], buffer[7], buffer[10]) = (UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: " "))
      (buffer[13], buffer[16], buffer[19]) = (UInt8(ascii: ":"), UInt8(ascii: ":"), UInt8(ascii: "."))
      return 23
    }
  }

  static func floorDivision(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
    let q = a / b
    let r = a % b
    return r < 0 ? (q - 1, r + b) : (q, r)
  }

  static func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
