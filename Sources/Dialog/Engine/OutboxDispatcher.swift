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

/// Delivers outbox rows in order and records each result, so a row Telegram accepted is never
/// sent again. (Rate limits and the long-running service arrive with the live transport.)
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
        let messageID: Int64?
        do {
          messageID = try await delivery.deliver(row.message)
        } catch {
          if case .blocked = error { blockedNow.insert(row.chat) }
          if try await record(error, row: row, report: &report) == false { return report }
          continue
        }
        let now = clock.now()
        try await database.write { db in try OutboxStore.markSent(db, id: row.id, messageID: messageID, at: now) }
        report.sent += 1
      }
    }
  }

  /// Returns false when delivery should stop for now.
  func record(_ error: DeliveryError, row: OutboxRow, report: inout DispatchReport) async throws -> Bool {
    let now = clock.now()
    switch error {
    case .blocked(let description):
      report.blocked += 1
      try await database.write { db in
        try OutboxStore.markFailed(db, id: row.id, error: description, at: now)
        try ChatStore.markBlocked(db, chat: row.chat, true)
        try OutboxStore.dropPending(db, chat: row.chat, reason: description)
      }
      return true
    case .rejected(let description):
      report.failed += 1
      logger.warning("message rejected", metadata: ["chat": "\(row.chat)", "error": "\(description)"])
      try await database.write { db in try OutboxStore.markFailed(db, id: row.id, error: description, at: now) }
      return true
    case .retryAfter(let seconds):
      report.retryAfter = seconds
      try await database.write { db in try OutboxStore.recordAttempt(db, id: row.id) }
      return false
    case .transient(let description):
      report.transientFailures += 1
      logger.notice("delivery will be retried", metadata: ["error": "\(description)"])
      try await database.write { db in try OutboxStore.recordAttempt(db, id: row.id) }
      return false
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
