import FlowerShop
import Foundation
import TelegramBotAPI

extension PollingService {
  /// Processes a batch: one lane per chat. Lanes that need no slow preparation go together
  /// into one transaction (`process(together:)`); the others run in parallel beside it
  /// (bounded), each in order. True when every update was committed.
  func process(_ batch: [Update]) async -> Bool {
    let keys = batch.map(UpdateLanes.key)
    var slow: Set<UpdateLanes> = []
    for (update, key) in zip(batch, keys) where !processor.isQuick(update) { slow.insert(key) }
    // Usually every lane is quick: the batch goes whole, without sorting it into lanes.
    guard !slow.isEmpty else { return await processTogether(batch) }
    var lanes: [UpdateLanes: [Update]] = [:]
    var order: [UpdateLanes] = []
    var quick: [Update] = []
    for (update, key) in zip(batch, keys) {
      guard slow.contains(key) else {
        quick.append(update)
        continue
      }
      if lanes[key] == nil { order.append(key) }
      lanes[key, default: []].append(update)
    }
    let together = quick
    return await withTaskGroup(of: Bool.self) { group in
      var running = 0
      var allCommitted = true
      if !together.isEmpty {
        group.addTask { await self.processTogether(together) }
        running += 1
      }
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

  /// Quick updates of many chats in one transaction; true when all were committed. No
  /// "typing…" here: these take milliseconds, and if the database is slow, a hundred chat
  /// actions at once would only compete with the replies for Telegram's rate limit.
  nonisolated func processTogether(_ updates: [Update]) async -> Bool {
    let results = await processor.process(together: updates)
    var outcomes: [UpdateOutcome] = []
    var allCommitted = true
    for (update, result) in zip(updates, results) {
      switch result {
      case .success(let outcome):
        outcomes.append(outcome)
      case .failure(let error):
        allCommitted = false
        logger.error("update not committed", metadata: update.logMetadata.merging(["error": "\(error)"]) { $1 })
      }
    }
    await count(outcomes)
    return allCommitted
  }

  /// One chat's updates, in order; stops at the first that could not be committed.
  nonisolated func processLane(_ updates: [Update]) async -> Bool {
    for update in updates {
      do {
        let outcome = try await withTyping(chat: update.message.map { ChatID($0.chat.id) }) {
          try await processor.process(update)
        }
        await count([outcome])
      } catch {
        logger.error("update not committed", metadata: update.logMetadata.merging(["error": "\(error)"]) { $1 })
        return false
      }
    }
    return true
  }

  func count(_ outcomes: [UpdateOutcome]) {
    for outcome in outcomes {
      switch outcome {
      case .processed: statistics.processed += 1
      case .duplicate: statistics.duplicates += 1
      case .ignored: statistics.ignored += 1
      case .failed: statistics.failed += 1
      }
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
