import Foundation
import GRDB
import GRDBSQLite

/// Arguments bound straight to a prepared SQLite statement, in order. The statements that run
/// for every update use this instead of GRDB's `StatementArguments`, which boxes each value
/// and cost about a tenth of an update's CPU time (`perf`, `flowerbot bench engine`).
public struct DirectArguments {
  let statement: SQLiteStatement
  private(set) var count: Int32 = 0

  init(_ statement: SQLiteStatement) { self.statement = statement }

  /// SQLite copies text and blobs it is given with this destructor.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  public mutating func bind(_ value: Int64) {
    count += 1
    sqlite3_bind_int64(statement, count, value)
  }

  public mutating func bind(_ value: Int) { bind(Int64(value)) }

  public mutating func bind(_ value: Bool) { bind(Int64(value ? 1 : 0)) }

  public mutating func bind(_ value: Double) {
    count += 1
    sqlite3_bind_double(statement, count, value)
  }

  public mutating func bind(_ value: String) {
    count += 1
    var text = value
    text.withUTF8 { utf8 in
      utf8.withMemoryRebound(to: CChar.self) { chars in
        // A null pointer would bind NULL, not the empty string.
        guard let base = chars.baseAddress else {
          return _ = sqlite3_bind_text(statement, count, "", 0, Self.transient)
        }
        _ = sqlite3_bind_text(statement, count, base, Int32(chars.count), Self.transient)
      }
    }
  }

  /// Text given as its UTF-8 bytes (JSON the caller wrote), without making a `String` of it.
  public mutating func bind(utf8 bytes: [UInt8]) {
    count += 1
    bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        guard let base = chars.baseAddress else {
          return _ = sqlite3_bind_text(statement, count, "", 0, Self.transient)
        }
        _ = sqlite3_bind_text(statement, count, base, Int32(chars.count), Self.transient)
      }
    }
  }

  /// A timestamp, as GRDB stores dates (`StoredDate`).
  public mutating func bind(_ value: StoredDate) { bind(StoredDate.text(value.date)) }

  public mutating func bind(_ value: Int64?) {
    guard let value else { return bindNull() }
    bind(value)
  }

  public mutating func bind(_ value: Double?) {
    guard let value else { return bindNull() }
    bind(value)
  }

  public mutating func bind(_ value: String?) {
    guard let value else { return bindNull() }
    bind(value)
  }

  public mutating func bindNull() {
    count += 1
    sqlite3_bind_null(statement, count)
  }
}

extension Statement {
  /// Runs the statement with the arguments `bind` gives, stepping through every row.
  public func run(_ bind: (inout DirectArguments) -> Void) throws {
    try withDirectArguments(bind) { statement in
      while true {
        let code = sqlite3_step(statement)
        if code == SQLITE_DONE { return }
        if code != SQLITE_ROW { throw failure(code) }
      }
    }
  }

  /// The first column of the first row as text (nil for no row or NULL).
  public func fetchText(_ bind: (inout DirectArguments) -> Void) throws -> String? {
    try withDirectArguments(bind) { statement in
      let code = sqlite3_step(statement)
      if code == SQLITE_DONE { return nil }
      guard code == SQLITE_ROW else { throw failure(code) }
      guard let text = sqlite3_column_text(statement, 0) else { return nil }
      let count = Int(sqlite3_column_bytes(statement, 0))
      let value = String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
      // Finish the statement (an UPSERT … RETURNING has written only once it is stepped to the end).
      while true {
        let next = sqlite3_step(statement)
        if next == SQLITE_DONE { return value }
        if next != SQLITE_ROW { throw failure(next) }
      }
    }
  }

  /// The first column of the first row as an integer (nil for no row or NULL).
  public func fetchInt64(_ bind: (inout DirectArguments) -> Void = { _ in }) throws -> Int64? {
    try withDirectArguments(bind) { statement in
      let code = sqlite3_step(statement)
      if code == SQLITE_DONE { return nil }
      guard code == SQLITE_ROW else { throw failure(code) }
      guard sqlite3_column_type(statement, 0) != SQLITE_NULL else { return nil }
      return sqlite3_column_int64(statement, 0)
    }
  }

  /// The first row, read by `read` (nil for no row); the statement is stepped to its end.
  public func fetchFirst<T>(_ bind: (inout DirectArguments) -> Void, _ read: (DirectRow) -> T) throws -> T? {
    try withDirectArguments(bind) { statement in
      let code = sqlite3_step(statement)
      if code == SQLITE_DONE { return nil }
      guard code == SQLITE_ROW else { throw failure(code) }
      let value = read(DirectRow(statement: statement))
      while true {
        let next = sqlite3_step(statement)
        if next == SQLITE_DONE { return value }
        if next != SQLITE_ROW { throw failure(next) }
      }
    }
  }

  private func withDirectArguments<T>(
    _ bind: (inout DirectArguments) -> Void, _ body: (SQLiteStatement) throws -> T
  ) throws -> T {
    let statement = sqliteStatement
    sqlite3_reset(statement)
    sqlite3_clear_bindings(statement)
    defer {
      sqlite3_reset(statement)
      sqlite3_clear_bindings(statement)
    }
    var arguments = DirectArguments(statement)
    bind(&arguments)
    guard arguments.count == sqlite3_bind_parameter_count(statement) else {
      throw DatabaseError(
        resultCode: .SQLITE_MISUSE, message: "wrong number of statement arguments: \(arguments.count)", sql: sql)
    }
    return try body(statement)
  }

  private func failure(_ code: Int32) -> DatabaseError {
    let message = sqlite3_db_handle(sqliteStatement).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
    return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
  }
}

/// The row a statement is on, read by column index (from 0) without GRDB's `Row`.
public struct DirectRow {
  let statement: SQLiteStatement

  /// The column as text; nil for NULL.
  public func text(_ column: Int32) -> String? {
    guard let text = sqlite3_column_text(statement, column) else { return nil }
    let count = Int(sqlite3_column_bytes(statement, column))
    return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
  }

  /// The column as an integer; nil for NULL.
  public func int64(_ column: Int32) -> Int64? {
    guard sqlite3_column_type(statement, column) != SQLITE_NULL else { return nil }
    return sqlite3_column_int64(statement, column)
  }
}
