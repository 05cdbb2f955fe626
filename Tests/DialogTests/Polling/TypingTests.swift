import FlowerShop
import Foundation
import Logging
import TelegramBotAPI
import Testing

@testable import Dialog

/// Records the chats shown "typing…"; lets a test wait for the first one.
final class RecordingActivity: ChatActivity, @unchecked Sendable {
  private let lock = NSLock()
  private var chats: [ChatID] = []
  var shown: [ChatID] { lock.withLock { chats } }

  func showTyping(chat: ChatID) async { lock.withLock { chats.append(chat) } }

  /// Waits (polling every millisecond, at most 10 s) until `chat` was shown typing.
  func waitForTyping(in chat: ChatID) async {
    for _ in 0..<10_000 where !shown.contains(chat) { try? await Task.sleep(nanoseconds: 1_000_000) }
  }
}

/// A processor whose update 2 is slow (it needs preparation, as a photo does) and finishes only
/// once its chat was shown "typing…".
final class SlowPhotoProcessor: UpdateProcessing, @unchecked Sendable {
  let activity: RecordingActivity
  init(activity: RecordingActivity) { self.activity = activity }

  func isQuick(_ update: Update) -> Bool { update.updateID != 2 }

  func process(_ update: Update) async throws -> UpdateOutcome {
    if update.updateID == 2 { await activity.waitForTyping(in: ChatID(update.chatID ?? 0)) }
    return .processed
  }
}

@Suite struct TypingTests {
  @Test func aSlowUpdateShowsTypingAndTheQuickBatchDoesNot() async throws {
    func text(_ id: Int64, chat: Int64) -> Update {
      Update(
        updateID: id,
        message: Message(messageID: id, from: User(id: chat, firstName: "A"), chat: Chat(id: chat), date: 0, text: "t"))
    }
    let activity = RecordingActivity()
    let source = ScriptedSource([.success([text(1, chat: 10), text(2, chat: 20), text(3, chat: 30)])])
    let polling = PollingService(
      source: source, processor: SlowPhotoProcessor(activity: activity), clock: SystemServiceClock(),
      configuration: PollingConfiguration(typingDelay: 0.01, typingInterval: 10), activity: activity,
      logger: Logger(label: "test"))
    let running = Task { try await polling.run() }
    var calls = 0
    for await _ in source.offsets {
      calls += 1
      if calls == 2 { break }
    }
    await polling.stop()
    try await running.value
    #expect(activity.shown == [ChatID(20)])
    #expect(await polling.statistics.processed == 3)
  }
}
