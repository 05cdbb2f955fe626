import FlowerShop
import Foundation
import TelegramBotAPI

extension PollingService {
  /// Processes a batch: one lane per chat, lanes in parallel (bounded). True when every update
  /// was committed.
  func process(_ batch: [Update]) async -> Bool {
    var lanes: [String: [Update]] = [:]
    var order: [String] = []
    for update in batch {
      let key = Self.laneKey(update)
      if lanes[key] == nil { order.append(key) }
      lanes[key, default: []].append(update)
    }
    return await withTaskGroup(of: Bool.self) { group in
      var running = 0
      var allCommitted = true
      for key in order {
        if running >= max(1, configuration.maxParallelChats), let done = await group.next() {
          allCommitted = allCommitted && done
          running -= 1
        }
        let lane = lanes[key] ?? []
        group.addTask { await self.processLane(lane) }
        running += 1
      }
      for await done in group { allCommitted = allCommitted && done }
      return allCommitted
    }
  }

  /// Updates of one chat share a lane; updates with no chat go by their sender.
  static func laneKey(_ update: Update) -> String {
    if let chat = update.chatID { return "chat:\(chat)" }
    if let sender = update.sender { return "user:\(sender.id)" }
    return "other"
  }

  /// One chat's updates, in order; stops at the first that could not be committed.
  nonisolated func processLane(_ updates: [Update]) async -> Bool {
    for update in updates {
      do {
        let outcome = try await withTyping(chat: update.message.map { ChatID($0.chat.id) }) {
          try await processor.process(update)
        }
        await count(outcome)
      } catch {
        logger.error("update not committed", metadata: update.logMetadata.merging(["error": "\(error)"]) { $1 })
        return false
      }
    }
    return true
  }

  func count(_ outcome: UpdateOutcome) {
    switch outcome {
    case .processed: statistics.processed += 1
    case .duplicate: statistics.duplicates += 1
    case .ignored: statistics.ignored += 1
    case .failed: statistics.failed += 1
    }
  }

  /// Runs `body`; when it takes longer than `typingDelay`, shows "typing…" until it ends.
  nonisolated func withTyping<T: Sendable>(chat: ChatID?, _ body: () async throws -> T) async throws -> T {
    guard let activity, let chat else { return try await body() }
    let clock = self.clock
    let configuration = self.configuration
    let typing = Task {
      try await clock.sleep(until: clock.now().addingTimeInterval(configuration.typingDelay))
      while !Task.isCancelled {
        await activity.showTyping(chat: chat)
        try await clock.sleep(until: clock.now().addingTimeInterval(configuration.typingInterval))
      }
    }
    defer { typing.cancel() }
    return try await body()
  }
}
