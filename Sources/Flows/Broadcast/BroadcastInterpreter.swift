import Dialog
import FlowerShop
import Foundation
import GRDB
import TelegramBotAPI

extension ShopLogic {
  /// Stores the broadcast and queues one bulk message per recipient in this transaction, each
  /// linked to its outbox row: the outbox sends every row once, after any restart, and order
  /// replies and notifications (higher priority) always go first.
  func startBroadcast(_ draft: BroadcastDraft, _ turn: inout Turn, _ who: Author) throws -> AdminEvent {
    if let running = try BroadcastStore.running(turn.db) { return .broadcastRefused(running) }
    let chats = try recipients(turn.db)
    let pressed = turn.event.pressedMessage.flatMap { $0.isText ? $0.messageID : nil }
    let id = try BroadcastStore.create(
      turn.db, adminChat: turn.event.chat, adminUser: who.user, text: draft.content.text,
      photoFileID: draft.content.photoFileID, total: chats.count, progressMessageID: pressed, at: turn.now)
    let renderer = Renderer(localizer: turn.localizer)
    for chat in chats {
      let reply = draft.content.reply(to: chat, priority: .bulk)
      for message in renderer.render(reply, chat: chat, language: turn.language) {
        try OutboxStore.append(turn.db, chat: chat, message: message, priority: .bulk, at: turn.now)
      }
      try BroadcastStore.addDelivery(turn.db, broadcast: id, chat: chat, outboxID: turn.db.lastInsertedRowID)
    }
    turn.setTimer(
      name: BroadcastProgressTimer.name, payload: String(id.rawValue),
      at: turn.now.addingTimeInterval(BroadcastProgressTimer.interval))
    turn.note(.broadcastStarted(id, recipients: chats.count))
    return .broadcastStarted(id, total: chats.count)
  }

  func showProgress(_ id: BroadcastID, _ reply: Reply, _ turn: inout Turn) throws {
    if let pressed = turn.event.pressedMessage, pressed.isText {
      turn.send(reply)
      return
    }
    let renderer = Renderer(localizer: turn.localizer)
    for message in renderer.render(reply, chat: turn.event.chat, language: turn.language) {
      try OutboxStore.append(turn.db, chat: turn.event.chat, message: message, priority: .interactive, at: turn.now)
    }
    try BroadcastStore.setProgressOutbox(turn.db, broadcast: id, outboxID: turn.db.lastInsertedRowID)
  }

  /// `/broadcast cancel`: withdraws what is not sent yet and shows the final counts.
  func cancelBroadcast(_ turn: inout Turn) throws -> AdminEvent {
    guard let running = try BroadcastStore.running(turn.db) else {
      return .broadcastCancelled(nil, BroadcastProgress())
    }
    try BroadcastStore.cancel(turn.db, broadcast: running.id, at: turn.now)
    let progress = try BroadcastStore.progress(turn.db, broadcast: running.id)
    turn.cancelTimer(chat: running.adminChat, name: BroadcastProgressTimer.name, payload: String(running.id.rawValue))
    try editProgress(running, BroadcastText.progress(running.id, progress, .cancelled), &turn)
    turn.note(.broadcastEnded(running.id, progress, cancelled: true))
    return .broadcastCancelled(running.id, progress)
  }

  /// The progress timer fired: refresh the message, or end the broadcast with its report.
  func broadcastTick(_ payload: String, _ turn: inout Turn) throws {
    guard let raw = Int64(payload), let record = try BroadcastStore.broadcast(turn.db, id: BroadcastID(raw)) else {
      return
    }
    let progress = try BroadcastStore.progress(turn.db, broadcast: record.id)
    let tick = BroadcastProgressTimer.tick(record, progress)
    if let text = tick.edit, try editProgress(record, text, &turn) {
      try BroadcastStore.recordShown(turn.db, broadcast: record.id, progress)
    }
    if tick.finished {
      try BroadcastStore.finish(turn.db, broadcast: record.id, status: .finished, at: turn.now)
      turn.note(.broadcastEnded(record.id, progress, cancelled: false))
      if let report = tick.report { turn.send(report) }
    } else if record.status == .running {
      turn.setTimer(
        name: BroadcastProgressTimer.name, payload: payload,
        at: turn.now.addingTimeInterval(BroadcastProgressTimer.interval))
    }
  }

  /// Queues an edit of the progress message; false while its id is not known yet.
  @discardableResult
  func editProgress(_ record: BroadcastRecord, _ text: Text, _ turn: inout Turn) throws -> Bool {
    guard let messageID = try BroadcastStore.progressMessageID(turn.db, record) else { return false }
    let language = try ChatStore.language(turn.db, chat: record.adminChat) ?? turn.language
    let html = Renderer(localizer: turn.localizer).html(text, language: language)
    let edit = EditMessageText(chatID: record.adminChat.rawValue, messageID: messageID, text: html, parseMode: .html)
    try OutboxStore.append(
      turn.db, chat: record.adminChat, message: .editText(edit), priority: .interactive, at: turn.now)
    return true
  }
}
