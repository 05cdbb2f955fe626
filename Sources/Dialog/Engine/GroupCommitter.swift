import Foundation
import GRDB

/// Group commit: inputs that arrive while a write transaction is under way wait for it, then
/// go together into the next transaction, each inside its own SAVEPOINT (a work may roll its
/// own writes back with `Savepoint.rollBackWork` and go on). One input's failure
/// rolls back only that input; one fsync covers the whole batch. Every caller returns only
/// after the transaction holding its input committed, so a poller advances its offset (and a
/// webhook answers 200) only for committed updates.
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

  init(database: any DatabaseWriter, maxBatch: Int = 512) {
    self.database = database
    self.maxBatch = max(1, maxBatch)
  }

  /// Runs `work` in the next batch; returns its outcome once the batch committed. Throws the
  /// work's own error (its savepoint rolled back, the rest of the batch committed), or the
  /// commit's error (nothing of the batch committed).
  func commit(_ work: @escaping Work) async throws -> Committed {
    guard let result = try await commit([work]).first else { throw CancellationError() }
    return try result.get()
  }

  /// Runs `works` one after the other in the same transaction, each in its own savepoint;
  /// returns each one's outcome once that transaction committed. Throws only the commit's
  /// error (then nothing of them committed).
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
        let results = try await database.write { db in
          try jobWorks.map { works in try works.map { work in try Savepoint.run(db) { try work(db) } } }
        }
        for (job, result) in zip(batch, results) { job.continuation.resume(returning: result) }
      } catch {
        for job in batch { job.continuation.resume(throwing: error) }
      }
    }
    draining = false
  }
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

  /// Inside `run`'s body (a `GroupCommitter` work): undoes everything the body wrote so far;
  /// the savepoint stays open for what the body writes next.
  static func rollBackWork(_ db: Database) throws {
    try db.cachedStatement(sql: "ROLLBACK TRANSACTION TO SAVEPOINT input").run { _ in }
  }
}
