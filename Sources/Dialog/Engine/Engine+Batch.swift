import FlowerShop
import Foundation
import GRDB
import TelegramBotAPI

extension Engine {
  /// Whether `update` may go into `process(together:)`: it needs no slow preparation
  /// (a download, a photo search) before its transaction.
  public func isQuick(_ update: Update) -> Bool {
    guard let preparer, let event = InputNormalizer.event(from: update) else { return true }
    return !preparer.needsPreparation(event)
  }

  /// Processes quick updates (see `isQuick`) as `getUpdates` returns them: one after the other
  /// in one transaction, each in its own savepoint, with every guarantee of `process(_:)`.
  /// When one fails, the later updates of its chat are not run (they would overtake it) and
  /// fail too; the caller must not confirm them to Telegram, which then sends them again.
  /// Returns one result per update, in order, once the transaction committed.
  public func process(together updates: [Update]) async -> [Result<UpdateOutcome, any Error>] {
    let started = logger.logLevel <= .debug ? ContinuousClock.now : nil
    let now = clock.now()
    let batch = BatchInputs(updates)
    // Each work holds the batch and an index, not copies of its update and event.
    let works: [GroupCommitter.Work] = batch.updates.indices.map { index in
      { db in
        try batch.failedLanes.run(batch.lanes[index], recording: self.committer.isCareful) {
          guard let event = batch.events[index] else { return try self.skipped(batch.updates[index], db: db, now: now) }
          return try self.runOrApologize(event, db: db, now: now)
        }
      }
    }
    let results: [Result<Committed, any Error>]
    do {
      results = try await committer.commit(works)
    } catch {
      return updates.map { _ in .failure(error) }
    }
    return results.indices.map { index in
      results[index].map { done in
        if let event = batch.events[index] {
          emit(done, event: event, started: started)
        } else if done.outcome == .ignored {
          logIgnored(batch.updates[index])
        }
        return done.outcome
      }
    }
  }
}

/// The updates of one `process(together:)` call with their events and lanes, made once.
final class BatchInputs: Sendable {
  let updates: [Update]
  let events: [IncomingEvent?]
  let lanes: [UpdateLanes]
  let failedLanes = FailedLanes()

  init(_ updates: [Update]) {
    self.updates = updates
    events = updates.map(InputNormalizer.event(from:))
    lanes = updates.map(UpdateLanes.key)
  }
}

/// The chats of a batch in which an update failed: their later updates are not run.
/// Used only inside one write transaction, where works run one after the other. Failures are
/// recorded only in the committer's careful pass: in its first pass, a failure ends the pass.
final class FailedLanes: @unchecked Sendable {
  private var failed: Set<UpdateLanes> = []

  struct Blocked: Error, CustomStringConvertible {
    var description: String { "an earlier update of this chat in the batch failed" }
  }

  func run<T>(_ lane: UpdateLanes, recording: Bool, _ body: () throws -> T) throws -> T {
    guard !failed.contains(lane) else { throw Blocked() }
    do {
      return try body()
    } catch {
      if recording { failed.insert(lane) }
      throw error
    }
  }
}

/// Updates of one chat must be processed in order; updates with no chat go by their sender.
/// A lane is a small value, not a string: it is computed several times for every update.
enum UpdateLanes: Hashable {
  case chat(Int64)
  case user(Int64)
  case other

  static func key(_ update: Update) -> UpdateLanes {
    if let chat = update.chatID { return .chat(chat) }
    if let sender = update.sender { return .user(sender.id) }
    return .other
  }
}
