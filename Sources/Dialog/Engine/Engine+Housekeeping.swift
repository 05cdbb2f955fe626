import FlowerShop
import Foundation
import GRDB

/// How long the bot remembers what it no longer needs, so the database does not grow forever.
public enum Retention {
  /// Telegram keeps an undelivered update for at most 24 hours: a week of update ids is plenty
  /// to recognise every redelivery.
  public static let seenUpdates: TimeInterval = 7 * 86_400
  /// Sent, failed and dropped outbox rows (a reply to one of the bot's messages looks them up).
  public static let finishedOutbox: TimeInterval = 30 * 86_400
  /// At most one clean-up per hour.
  public static let interval: TimeInterval = 3_600
}

/// When the last clean-up ran.
final class HousekeepingMark: @unchecked Sendable {
  private let lock = NSLock()
  private var last: Date?

  /// True (and marks now) when no clean-up ran during the last `Retention.interval`.
  func claim(at now: Date) -> Bool {
    lock.withLock {
      if let last, now.timeIntervalSince(last) < Retention.interval { return false }
      last = now
      return true
    }
  }
}

extension Engine {
  /// Forgets old update ids and finished outbox rows, at most once an hour (the timer service
  /// calls it with every round of timers). Returns how many rows went.
  @discardableResult
  public func cleanUpIfDue() async throws -> Int {
    let now = clock.now()
    guard housekeeping.claim(at: now) else { return 0 }
    return try await database.write { db in
      try DialogStateStore.forgetSeen(db, before: now.addingTimeInterval(-Retention.seenUpdates))
        + OutboxStore.forgetFinished(db, before: now.addingTimeInterval(-Retention.finishedOutbox))
    }
  }
}

extension DialogStateStore {
  /// Deletes update ids seen before `date`; returns how many.
  public static func forgetSeen(_ db: Database, before date: Date) throws -> Int {
    try db.execute(sql: "DELETE FROM seen_updates WHERE seen_at < ?", arguments: [StoredDate(date)])
    return db.changesCount
  }
}

extension OutboxStore {
  /// Deletes rows sent, failed or dropped that were created before `date`; pending rows stay.
  public static func forgetFinished(_ db: Database, before date: Date) throws -> Int {
    try db.execute(
      sql: "DELETE FROM outbox WHERE status <> 'pending' AND created_at < ?", arguments: [StoredDate(date)])
    return db.changesCount
  }
}
