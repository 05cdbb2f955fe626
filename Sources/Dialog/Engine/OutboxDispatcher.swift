import FlowerShop
import Foundation
import GRDB
import Logging

/// Why a message could not be delivered.
public enum DeliveryError: Error, Equatable, Sendable {
  /// The person blocked the bot or the chat is gone (403): never retry, drop the chat's rows.
  case blocked(String)
  /// Telegram refused the call (400): retrying cannot help.
  case rejected(String)
  /// Too many requests (429): wait this many seconds, then retry.
  case retryAfter(seconds: Int)
  /// Network trouble or a 5xx: retry later.
  case transient(String)
}

/// Sends one rendered message; returns Telegram's message id when there is one.
public protocol MessageDelivery: Sendable {
  func deliver(_ message: OutgoingMessage) async throws(DeliveryError) -> Int64?
}

/// What happened to one outbox row; every outcome is already recorded in the database.
public enum RowOutcome: Sendable, Equatable {
  /// Telegram accepted it (with the message id, when the call creates or edits a message).
  case sent(messageID: Int64?)
  /// Refused for good (400); the row is marked failed with Telegram's description.
  case failed(String)
  /// The chat blocked the bot (403); the chat is marked and `dropped` other rows were dropped.
  case blocked(dropped: Int)
  /// 429: the row stays pending; wait this many seconds before sending anything.
  case retryAfter(Int)
  /// Network trouble or a 5xx: the row stays pending for a later attempt.
  case transient(String)
}

/// Delivers outbox rows and records each result, so a row Telegram accepted is never sent
/// again. `deliverPending` drains the outbox in order (tests, the console); the live bot
/// uses `OutboxSender`, which adds rate limits and runs as a service.
public struct OutboxDispatcher: Sendable {
  let database: any DatabaseWriter
  let delivery: any MessageDelivery
  let clock: any WallClock
  let logger: Logger

  public init(database: any DatabaseWriter, delivery: any MessageDelivery, clock: any WallClock, logger: Logger) {
    self.database = database
    self.delivery = delivery
    self.clock = clock
    self.logger = logger
  }

  /// Sends everything pending; stops early on a transient error or a 429 and returns what it
  /// could not send yet.
  @discardableResult
  public func deliverPending(batch: Int = 100) async throws -> DispatchReport {
    var report = DispatchReport()
    while true {
      let rows = try await database.read { db in try OutboxStore.pending(db, limit: batch) }
      if rows.isEmpty { return report }
      var blockedNow = Set<ChatID>()
      for row in rows {
        // The chat's other rows of this batch were dropped when it turned out blocked.
        if blockedNow.contains(row.chat) { continue }
        switch try await send(row) {
        case .sent: report.sent += 1
        case .failed: report.failed += 1
        case .blocked:
          report.blocked += 1
          blockedNow.insert(row.chat)
        case .retryAfter(let seconds):
          report.retryAfter = seconds
          return report
        case .transient:
          report.transientFailures += 1
          return report
        }
      }
    }
  }

  /// Delivers one row and records the outcome in the database.
  public func send(_ row: OutboxRow) async throws -> RowOutcome {
    let messageID: Int64?
    do {
      messageID = try await delivery.deliver(row.message)
    } catch {
      return try await record(error, row: row)
    }
    let now = clock.now()
    try await database.write { db in try OutboxStore.markSent(db, id: row.id, messageID: messageID, at: now) }
    logger.debug("message delivered", metadata: row.logMetadata(["message_id": "\(messageID.map(String.init) ?? "-")"]))
    return .sent(messageID: messageID)
  }

  func record(_ error: DeliveryError, row: OutboxRow) async throws -> RowOutcome {
    let now = clock.now()
    switch error {
    case .blocked(let description):
      let dropped = try await database.write { db in
        try OutboxStore.markFailed(db, id: row.id, error: description, at: now)
        try ChatStore.markBlocked(db, chat: row.chat, true)
        return try OutboxStore.dropPending(db, chat: row.chat, reason: description)
      }
      logger.notice("chat blocked the bot", metadata: row.logMetadata(["dropped": "\(dropped)"]))
      return .blocked(dropped: dropped)
    case .rejected(let description):
      logger.warning("message rejected", metadata: row.logMetadata(["error": "\(description)"]))
      try await database.write { db in try OutboxStore.markFailed(db, id: row.id, error: description, at: now) }
      return .failed(description)
    case .retryAfter(let seconds):
      logger.warning("Telegram asked to slow down", metadata: row.logMetadata(["retry_after": "\(seconds)"]))
      try await database.write { db in try OutboxStore.recordAttempt(db, id: row.id) }
      return .retryAfter(seconds)
    case .transient(let description):
      logger.notice(
        "delivery will be retried",
        metadata: row.logMetadata(["attempt": "\(row.attempts + 1)", "error": "\(description)"]))
      try await database.write { db in try OutboxStore.recordAttempt(db, id: row.id) }
      return .transient(description)
    }
  }
}

public struct DispatchReport: Sendable, Equatable {
  public var sent = 0
  public var failed = 0
  public var blocked = 0
  public var transientFailures = 0
  public var retryAfter: Int?
  public init() {}
}
