import BotTesting
import FlowerShop
import Foundation
import GRDB
import Logging
import TelegramBotAPI
import Testing

@testable import Dialog

/// Group commit keeps every guarantee of one transaction per update: inputs processed together
/// commit together, a failure undoes only its own input, states are never stale.
@Suite struct GroupCommitTests {
  @Test func concurrentChatsAreAllProcessedAndOneFailureStaysAlone() async throws {
    let h = try EngineHarness()
    let outcomes = try await withThrowingTaskGroup(of: (Int64, UpdateOutcome).self) { group in
      for chat in Int64(100)..<140 {
        group.addTask {
          (chat, try await h.engine.process(h.text(chat == 120 ? "boom" : "hi", update: chat, chat: chat)))
        }
      }
      return try await group.reduce(into: [Int64: UpdateOutcome]()) { $0[$1.0] = $1.1 }
    }
    #expect(outcomes.filter { $0.value == .processed }.count == 39)
    #expect(outcomes[120] == .failed)
    let (states, seen) = try await h.database.read { db in
      (
        try Int.fetchAll(db, sql: "SELECT state FROM dialog_states ORDER BY chat_id"),
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM seen_updates")
      )
    }
    #expect(states == Array(repeating: 1, count: 39))  // the failed chat's state was never written
    #expect(seen == 40)
    let texts = try await h.texts()
    #expect(texts.filter { $0 == "hi (1)" }.count == 39)
    #expect(texts.filter { $0 == "Простите, что-то пошло не так." }.count == 1)
    #expect(!texts.contains("never sent"))
  }

  @Test func aFailedSavepointUndoesOnlyItsOwnWrites() throws {
    let database = try DatabaseQueue()
    try database.write { db in try db.execute(sql: "CREATE TABLE t (x INTEGER UNIQUE)") }
    let results = try database.write { db in
      [
        try Savepoint.run(db) { try db.execute(sql: "INSERT INTO t VALUES (1)") },
        try Savepoint.run(db) {
          try db.execute(sql: "INSERT INTO t VALUES (2)")
          try db.execute(sql: "INSERT INTO t VALUES (1)")  // violates UNIQUE
        },
        try Savepoint.run(db) { try db.execute(sql: "INSERT INTO t VALUES (3)") },
      ]
    }
    #expect(results.map { if case .success = $0 { true } else { false } } == [true, false, true])
    #expect(try database.read { db in try Int.fetchAll(db, sql: "SELECT x FROM t ORDER BY x") } == [1, 3])
  }

  /// Inputs run straight in the transaction; when one fails, the batch is run again, each
  /// input in its own savepoint, and only the failing one is undone.
  @Test func aFailureSendsTheBatchToTheCarefulPass() async throws {
    let database = try DatabaseQueue()
    try await database.write { db in try db.execute(sql: "CREATE TABLE t (x INTEGER UNIQUE)") }
    let committer = GroupCommitter(database: database)
    let runs = Runs()
    func work(_ x: Int, fails: Bool = false) -> GroupCommitter.Work {
      { db in
        runs.record(x, careful: committer.isCareful)
        try db.execute(sql: "INSERT INTO t VALUES (?)", arguments: [x])
        if fails { try db.execute(sql: "INSERT INTO t VALUES (1)") }  // violates UNIQUE
        return Committed(.processed)
      }
    }
    let smooth = try await committer.commit([work(1), work(2)])
    #expect(smooth.map { (try? $0.get())?.outcome } == [.processed, .processed])
    #expect(runs.all == ["1 first", "2 first"])
    let rough = try await committer.commit([work(3), work(4, fails: true), work(5)])
    #expect(rough.map { (try? $0.get())?.outcome } == [.processed, nil, .processed])
    #expect(runs.all == ["1 first", "2 first", "3 first", "4 first", "3 careful", "4 careful", "5 careful"])
    #expect(try await database.read { db in try Int.fetchAll(db, sql: "SELECT x FROM t ORDER BY x") } == [1, 2, 3, 5])
  }

  @Test func aStateChangedBehindTheEnginesBackIsReadAgain() async throws {
    let h = try EngineHarness()
    _ = try await h.engine.process(h.text("one", update: 1))
    try await h.database.write { db in try db.execute(sql: "UPDATE dialog_states SET state = '41' WHERE chat_id = 10") }
    _ = try await h.engine.process(h.text("two", update: 2))
    #expect(try await h.texts() == ["one (1)", "two (42)"])
  }
}

/// Which works ran, in which pass.
final class Runs: @unchecked Sendable {
  private let lock = NSLock()
  private var runs: [String] = []

  func record(_ x: Int, careful: Bool) { lock.withLock { runs.append("\(x) \(careful ? "careful" : "first")") } }
  var all: [String] { lock.withLock { runs } }
}
