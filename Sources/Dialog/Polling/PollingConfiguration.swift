import FlowerShop
import Foundation
import TelegramBotAPI

/// Where updates come from: `getUpdates` in production.
public protocol UpdateSource: Sendable {
  /// Waits up to `timeout` seconds for updates from `offset` on.
  func updates(
    offset: Int64?, timeout: Int, limit: Int, allowedUpdates: [String]
  ) async throws(TelegramError) -> [Update]
}

/// What handles one update inside one transaction: the engine.
public protocol UpdateProcessing: Sendable {
  func process(_ update: Update) async throws -> UpdateOutcome
  /// Whether the update may go into `process(together:)`.
  func isQuick(_ update: Update) -> Bool
  /// Processes quick updates in order, together; one result per update.
  func process(together updates: [Update]) async -> [Result<UpdateOutcome, any Error>]
}

extension UpdateProcessing {
  public func isQuick(_ update: Update) -> Bool { false }

  public func process(together updates: [Update]) async -> [Result<UpdateOutcome, any Error>] {
    var results: [Result<UpdateOutcome, any Error>] = []
    var failed: Set<UpdateLanes> = []
    for update in updates {
      let lane = UpdateLanes.key(update)
      guard !failed.contains(lane) else {
        results.append(.failure(FailedLanes.Blocked()))
        continue
      }
      do {
        results.append(.success(try await process(update)))
      } catch {
        failed.insert(lane)
        results.append(.failure(error))
      }
    }
    return results
  }
}

extension Engine: UpdateProcessing {}

/// Shows a person that the bot is busy with their request ("typing…").
public protocol ChatActivity: Sendable {
  func showTyping(chat: ChatID) async
}

/// How the long-polling service behaves.
public struct PollingConfiguration: Sendable, Equatable {
  /// Seconds Telegram holds a `getUpdates` call open while there is nothing new.
  public var timeout: Int
  /// Updates per call (1–100).
  public var limit: Int
  /// The update kinds the bot asks for, set explicitly so a webhook's old setting cannot linger.
  public var allowedUpdates: [String]
  /// Chats whose updates are processed at the same time.
  public var maxParallelChats: Int
  /// Waits after failed calls.
  public var backoff: Backoff
  /// After this long on one update, the person sees "typing…", renewed every `typingInterval`.
  public var typingDelay: TimeInterval
  public var typingInterval: TimeInterval

  public static let defaultAllowedUpdates = ["message", "edited_message", "callback_query", "my_chat_member"]

  public init(
    timeout: Int = 30, limit: Int = 100, allowedUpdates: [String] = defaultAllowedUpdates, maxParallelChats: Int = 8,
    backoff: Backoff = Backoff(base: 0.5, cap: 30), typingDelay: TimeInterval = 1, typingInterval: TimeInterval = 4.5
  ) {
    self.timeout = timeout
    self.limit = limit
    self.allowedUpdates = allowedUpdates
    self.maxParallelChats = maxParallelChats
    self.backoff = backoff
    self.typingDelay = typingDelay
    self.typingInterval = typingInterval
  }
}

/// Why polling stopped for good.
public enum PollingError: Error, Equatable, Sendable {
  /// Telegram rejected the token (401/404).
  case unauthorized
}

/// What the polling service has done since it started.
public struct PollingStatistics: Sendable, Equatable {
  public var batches = 0
  public var processed = 0
  public var duplicates = 0
  /// Updates the bot does not handle (unknown kinds, edited messages…), skipped and counted.
  public var ignored = 0
  public var failed = 0
  /// Failed `getUpdates` calls.
  public var fetchErrors = 0
  public init() {}
}
