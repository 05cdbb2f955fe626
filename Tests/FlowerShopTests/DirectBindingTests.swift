import Foundation
import GRDB
import Testing

@testable import FlowerShop

/// Arguments bound straight to SQLite store exactly what GRDB's `StatementArguments` store.
@Suite struct DirectBindingTests {
  func database() throws -> DatabaseQueue {
    let queue = try DatabaseQueue()
    try queue.write { db in
      try db.execute(
        sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, b INTEGER, d REAL, s TEXT, n TEXT, at TEXT)")
    }
    return queue
  }

  @Test(arguments: ["", "a", "Розы «Алма» 🌹", "17 000 ₸", String(repeating: "ж", count: 300)])
  func rowsMatchWhatGRDBWrites(_ text: String) throws {
    let queue = try database()
    let at = Date(timeIntervalSince1970: 1_800_000_123.456)
    try queue.write { db in
      let sql = "INSERT INTO t (id, i, b, d, s, n, at) VALUES (?, ?, ?, ?, ?, ?, ?)"
      try db.cachedStatement(sql: sql).run {
        $0.bind(Int64(1))
        $0.bind(Int64.min)
        $0.bind(true)
        $0.bind(-0.125)
        $0.bind(text)
        $0.bind(String?.none)
        $0.bind(StoredDate(at))
      }
      try db.execute(sql: sql, arguments: [2, Int64.min, true, -0.125, text, nil, at])
    }
    let rows = try queue.read { db in
      try Row.fetchAll(db, sql: "SELECT i, b, d, s, n, at, typeof(s), typeof(n) FROM t ORDER BY id")
    }
    #expect(rows.count == 2)
    #expect(rows[0] == rows[1])
    #expect(rows[0]["s"] as String? == text)
  }

  /// GRDB cuts text at a NUL character (it binds C strings); this keeps all of it.
  @Test func textWithANulCharacterIsKeptWhole() throws {
    let queue = try database()
    let text = "with\u{0}nul"
    try queue.write { db in
      try db.cachedStatement(sql: "INSERT INTO t (id, s) VALUES (1, ?)").run { $0.bind(text) }
      #expect(try db.cachedStatement(sql: "SELECT s FROM t WHERE id = ?").fetchText { $0.bind(Int64(1)) } == text)
    }
  }

  @Test func fetchTextReadsTheFirstColumnAndFinishesTheStatement() throws {
    let queue = try database()
    try queue.write { db in
      let upsert = try db.cachedStatement(
        sql: "INSERT INTO t (id, s) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET i = 1 RETURNING s")
      #expect(
        try upsert.fetchText {
          $0.bind(Int64(7)); $0.bind("first")
        } == "first")
      #expect(
        try upsert.fetchText {
          $0.bind(Int64(7)); $0.bind("second")
        } == "first")
      let select = try db.cachedStatement(sql: "SELECT n FROM t WHERE id = ?")
      #expect(try select.fetchText { $0.bind(Int64(7)) } == nil)  // NULL
      #expect(try select.fetchText { $0.bind(Int64(8)) } == nil)  // no row
      #expect(try Int.fetchOne(db, sql: "SELECT i FROM t WHERE id = 7") == 1)
    }
  }

  /// UTF-8 bytes and optional doubles store what GRDB stores for the same string and value.
  @Test(arguments: ["", #"{"text":"Розы «Алма» 🌹"}"#, String(repeating: "ж", count: 300)])
  func bytesAndOptionalDoublesMatchWhatGRDBWrites(_ text: String) throws {
    let queue = try database()
    try queue.write { db in
      let sql = "INSERT INTO t (id, s, d, i) VALUES (?, ?, ?, ?)"
      try db.cachedStatement(sql: sql).run {
        $0.bind(Int64(1))
        $0.bind(utf8: Array(text.utf8))
        $0.bind(Double?.some(43.238949))
        $0.bind(Double?.none)
      }
      try db.execute(sql: sql, arguments: [2, text, 43.238949, nil])
    }
    let rows = try queue.read { db in
      try Row.fetchAll(db, sql: "SELECT s, d, i, typeof(s), typeof(d), typeof(i) FROM t ORDER BY id")
    }
    #expect(rows.count == 2)
    #expect(rows[0] == rows[1])
    #expect(rows[0]["s"] as String? == text)
  }

  @Test func fetchInt64ReadsTheFirstColumn() throws {
    let queue = try database()
    try queue.write { db in
      try db.execute(sql: "INSERT INTO t (id, i) VALUES (1, 42), (2, NULL)")
      let select = try db.cachedStatement(sql: "SELECT i FROM t WHERE id = ?")
      #expect(try select.fetchInt64 { $0.bind(Int64(1)) } == 42)
      #expect(try select.fetchInt64 { $0.bind(Int64(2)) } == nil)  // NULL
      #expect(try select.fetchInt64 { $0.bind(Int64(3)) } == nil)  // no row
      #expect(try db.cachedStatement(sql: "SELECT MAX(id) FROM t").fetchInt64() == 2)
    }
  }

  @Test func fetchFirstReadsColumnsOfTheFirstRow() throws {
    let queue = try database()
    try queue.write { db in
      try db.execute(sql: "INSERT INTO t (id, i, s) VALUES (1, 42, 'Роза'), (2, NULL, NULL)")
      let select = try db.cachedStatement(sql: "SELECT i, s FROM t WHERE id >= ? ORDER BY id")
      let first = try select.fetchFirst({ $0.bind(Int64(1)) }) { row in [row.int64(0).map(String.init), row.text(1)] }
      #expect(first == ["42", "Роза"])
      let nulls = try select.fetchFirst({ $0.bind(Int64(2)) }) { row in [row.int64(0).map(String.init), row.text(1)] }
      #expect(nulls == [nil, nil])
      #expect(try select.fetchFirst({ $0.bind(Int64(3)) }) { row in row.int64(0) } == nil)
    }
  }

  @Test func errorsAreDatabaseErrorsAndTheStatementStaysUsable() throws {
    let queue = try database()
    try queue.write { db in
      let insert = try db.cachedStatement(sql: "INSERT INTO t (id, s) VALUES (?, ?)")
      try insert.run {
        $0.bind(Int64(1)); $0.bind("a")
      }
      #expect(throws: DatabaseError.self) {
        try insert.run {
          $0.bind(Int64(1)); $0.bind("b")
        }
      }
      #expect(throws: DatabaseError.self) { try insert.run { $0.bind(Int64(2)) } }
      try insert.run {
        $0.bind(Int64(2)); $0.bind("c")
      }
      #expect(try String.fetchAll(db, sql: "SELECT s FROM t ORDER BY id") == ["a", "c"])
    }
  }
}
