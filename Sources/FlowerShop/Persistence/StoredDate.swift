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
    let (year, month, day) = civil(days: days)
    let seconds = dayMillis / 1000
    var text = year < 1000 ? pad(year, 4) : String(year)
    text += "-" + pad(month, 2) + "-" + pad(day, 2) + " " + pad(seconds / 3600, 2) + ":"
    text += pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2) + "." + pad(dayMillis % 1000, 3)
    return text
  }

  static func floorDivision(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
    let q = a / b
    let r = a % b
    return r < 0 ? (q - 1, r + b) : (q, r)
  }

  /// Proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`).
  static func civil(days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  static func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
