import Foundation
import GRDB
import Logging

/// How the live services behave.
public struct RuntimeConfiguration: Sendable, Equatable {
  public var polling: PollingConfiguration
  public var sender: SenderConfiguration

  public init(
    polling: PollingConfiguration = PollingConfiguration(), sender: SenderConfiguration = SenderConfiguration()
  ) {
    self.polling = polling
    self.sender = sender
  }
}

/// The live bot: long polling feeding the engine, the timer service, and the outbox sender,
/// woken whenever a transaction may have added rows or timers.
public final class TelegramRuntime: Sendable {
  public let polling: PollingService
  public let sender: OutboxSender
  public let timers: TimerService

  public init<Logic: ChatLogic>(
    engine: Engine<Logic>, dispatcher: OutboxDispatcher, updates: any UpdateSource, activity: (any ChatActivity)?,
    clock: any ServiceClock, configuration: RuntimeConfiguration = RuntimeConfiguration(), logger: Logger
  ) {
    let sender = OutboxSender(dispatcher: dispatcher, clock: clock, configuration: configuration.sender, logger: logger)
    let database = engine.database
    let timers = TimerService(
      fire: {
        try await engine.cleanUpIfDue()
        return try await engine.fireDueTimers()
      },
      nextDue: { try await database.read { db in try TimerStore.nextDue(db) } },
      clock: clock, logger: logger, onFired: { sender.wake() })
    polling = PollingService(
      source: updates, processor: engine, clock: clock, configuration: configuration.polling, activity: activity,
      logger: logger,
      onCommitted: {
        sender.wake()
        timers.wake()
      })
    self.sender = sender
    self.timers = timers
  }

  /// Runs until `stop` (or until Telegram rejects the token, which throws). On the way out the
  /// batch under way is committed, then the deliveries under way are recorded; what is still
  /// pending stays in the outbox for the next start.
  public func run() async throws(PollingError) {
    let outcome = await withTaskGroup(of: Void.self, returning: Result<Void, PollingError>.self) { group in
      group.addTask { await self.sender.run() }
      group.addTask { await self.timers.run() }
      let outcome: Result<Void, PollingError>
      do throws(PollingError) {
        try await polling.run()
        outcome = .success(())
      } catch {
        outcome = .failure(error)
      }
      await timers.stop()
      await sender.stop()
      await group.waitForAll()
      return outcome
    }
    try outcome.get()
  }

  /// Asks the services to stop; `run` returns when they have.
  public func stop() async { await polling.stop() }
}
