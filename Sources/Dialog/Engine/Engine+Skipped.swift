import FlowerShop
import Foundation
import GRDB
import TelegramBotAPI

extension Engine {
  /// An update the flows do not handle: recorded as seen, and still acted on where Telegram
  /// expects it: a press is answered (no spinning button), a block or unblock is recorded.
  func skip(_ update: Update) async throws -> UpdateOutcome {
    let now = clock.now()
    let outcome = try await committer.commit { db in try self.skipped(update, db: db, now: now) }.outcome
    guard outcome == .ignored else { return outcome }
    logIgnored(update)
    return .ignored
  }

  /// The writes of a skipped update, inside its transaction.
  func skipped(_ update: Update, db: Database, now: Date) throws -> Committed {
    guard try DialogStateStore.markSeen(db, updateID: update.updateID, at: now) else { return Committed(.duplicate) }
    if let query = update.callbackQuery {
      let chat = ChatID(query.message?.chat.id ?? query.from.id)
      try OutboxStore.append(
        db, chat: chat, message: .callbackAnswer(AnswerCallbackQuery(callbackQueryID: query.id)),
        priority: .interactive, at: now)
    }
    if let change = update.myChatMember { try Self.record(change, db: db) }
    return Committed(.ignored)
  }

  func logIgnored(_ update: Update) {
    logger.debug("ignored update", metadata: update.logMetadata.merging(["update_kind": "\(update.kind)"]) { $1 })
  }

  /// A person blocking the bot (`kicked`) or unblocking it (`member`): pending messages to them
  /// are dropped, and sending resumes after an unblock.
  static func record(_ change: ChatMemberUpdated, db: Database) throws {
    let chat = ChatID(change.chat.id)
    switch change.newChatMember.status {
    case "kicked":
      try ChatStore.markBlocked(db, chat: chat, true)
      try OutboxStore.dropPending(db, chat: chat, reason: "the bot was blocked")
    case "member", "administrator", "creator":
      try ChatStore.markBlocked(db, chat: chat, false)
    default:
      break
    }
  }

}
