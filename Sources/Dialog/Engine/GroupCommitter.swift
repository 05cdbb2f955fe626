import Foundation
import GRDB

/// Group commit: inputs that arrive while a write transaction is under way wait for it, then
/// go together into the next transaction. One input's failure rolls back only that input; one
/// fsync covers the whole batch. Every caller returns only after the transaction holding its
/// input committed, so a poller advances its offset (and a webhook answers 200) only for
/// committed updates.
///
/// Two passes. First every input runs straight in the transaction: a savepoint per input makes
/// SQLite copy each page the input touches into its sub-journal, which cost ≈ 6 % of an update
/// (`bench engine`), and inputs almost never fail. When one does fail (or the commit does),
/// that transaction is rolled back whole and the batch runs again with each input in its own
/// SAVEPOINT, so only the failing input is undone. Works must therefore be safe to run twice:
/// they only write to the database and return what to do after the commit. During the careful
/// pass (`isCareful`), a work may undo its own writes with `Savepoint.rollBackWork` and go on;
/// in the first pass it throws instead.
actor GroupCommitter {
  typealias Work = @Sendable (Database) throws -> Committed

  private struct Job {
    let works: [Work]
    let continuation: CheckedContinuation<[Result<Committed, any Error>], any Error>
  }

  private let database: any DatabaseWriter
  private let maxBatch: Int
  private var pending: [Job] = []
  private var draining = false
  private let pass = PassFlag()

  init(database: any DatabaseWriter, maxBatch: Int = 512) {
    self.database = database
    self.maxBatch = max(1, maxBatch)
  }

  /// Whether the works running now are each in their own savepoint (the careful pass). Read
  /// by works, which run one at a time inside the batch's transaction.
  nonisolated var isCareful: Bool { pass.careful }

  /// Runs `work` in the next batch; returns its outcome once the batch committed. Throws the
  /// work's own error (its savepoint rolled back, the rest of the batch committed), or the
  /// commit's error (nothing of the batch committed).
  func commit(_ work: @escaping Work) async throws -> Committed {
    guard let result = try await commit([work]).first else { throw CancellationError() }
    return try result.get()
  }

  /// Runs `works` one after the other in the same transaction; returns each one's outcome once
  /// that transaction committed. Throws only the commit's error (then nothing of them committed).
  func commit(_ works: [Work]) async throws -> [Result<Committed, any Error>] {
    try await withCheckedThrowingContinuation { continuation in
      pending.append(Job(works: works, continuation: continuation))
      if !draining {
        draining = true
        Task { await self.drain() }
      }
    }
  }

  private func drain() async {
    while !pending.isEmpty {
      // Whole jobs, up to `maxBatch` works (a bigger job goes alone).
      var count = 0
      var works = 0
      while count < pending.count, count == 0 || works + pending[count].works.count <= maxBatch {
        works += pending[count].works.count
        count += 1
      }
      let batch = Array(pending.prefix(count))
      pending.removeFirst(count)
      let jobWorks = batch.map(\.works)
      do {
        let results = try await run(jobWorks)
        for (job, result) in zip(batch, results) { job.continuation.resume(returning: result) }
      } catch {
        for job in batch { job.continuation.resume(throwing: error) }
      }
    }
    draining = false
  }

  /// The first pass, and the careful one when the first did not commit.
  private func run(_ jobWorks: [[Work]]) async throws -> [[Result<Committed, any Error>]] {
    pass.careful = false
    do {
      return try await database.write { db in
        try jobWorks.map { works in try works.map { work in .success(try work(db)) } }
      }
    } catch {
      pass.careful = true
      return try await database.write { db in
        try jobWorks.map { works in try works.map { work in try Savepoint.run(db) { try work(db) } } }
      }
    }
  }
}

/// Which pass the committer is in; written by the committer between transactions, read by the
/// works inside them (never at the same time).
private final class PassFlag: @unchecked Sendable {
  var careful = false
}

/// One input's work once its transaction committed: the outcome, and what to log about it
/// (the notes of a rolled-back input never get here).
struct Committed: Sendable {
  var outcome: UpdateOutcome
  var notes: [LogNote]

  init(_ outcome: UpdateOutcome, notes: [LogNote] = []) {
    self.outcome = outcome
    self.notes = notes
  }
}

/// A SAVEPOINT around one piece of work inside a write transaction.
enum Savepoint {
  /// Runs `body` inside a savepoint: released on success, rolled back on error (the error is
  /// returned, the transaction goes on). Throws only when the savepoint itself could not be
  /// opened, rolled back or released: the transaction is then unusable and must fail whole.
  /// The statements go straight to SQLite (`Statement.run`), past GRDB's bookkeeping of
  /// savepoints, which no one here observes: GRDB only ever sees the enclosing transaction.
  static func run<T>(_ db: Database, _ body: () throws -> T) throws -> Result<T, any Error> {
    try db.cachedStatement(sql: "SAVEPOINT input").run { _ in }
    do {
      let value = try body()
      try db.cachedStatement(sql: "RELEASE SAVEPOINT input").run { _ in }
      return .success(value)
    } catch {
      try db.cachedStatement(sql: "ROLLBACK TRANSACTION TO SAVEPOINT input").run { _ in }
      try db.cachedStatement(sql: "RELEASE SAVEPOINT input").run { _ in }
      return .failure(error)
    }
  }

  /// Inside `run`'s body (a `GroupCommitter` work in the careful pass): undoes everything the
  /// body wrote so far; the savepoint stays open for what the body writes next.
  static func rollBackWork(_ db: Database) throws {
    try db.cachedStatement(sql: "ROLLBACK TRANSACTION TO SAVEPOINT input").run { _ in }
  }
}
