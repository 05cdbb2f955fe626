import FlowerShop
import Foundation
import GRDB

/// Typed id of a broadcast.
public struct BroadcastID: RawRepresentable, Hashable, Codable, Sendable {
  public var rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// Where a broadcast is.
public enum BroadcastStatus: String, Codable, Sendable {
  /// Messages are queued or under way.
  case running
  /// Every message was sent, failed or found blocked.
  case finished
  /// An admin stopped it; what was not sent yet was withdrawn from the outbox.
  case cancelled
}

/// A broadcast as stored.
public struct BroadcastRecord: Sendable, Equatable {
  public var id: BroadcastID
  public var adminChat: ChatID
  public var adminUser: UserID
  public var text: String
  public var photoFileID: String?
  public var status: BroadcastStatus
  public var total: Int
  /// The admin's message showing live progress, once its id is known.
  public var progressMessageID: Int64?
  /// The outbox row that posts the progress message (its message id arrives when sent).
  public var progressOutboxID: Int64?
  /// The counts last shown in the progress message.
  public var shown: BroadcastProgress?

  public init(
    id: BroadcastID, adminChat: ChatID, adminUser: UserID, text: String, photoFileID: String?, status: BroadcastStatus,
    total: Int, progressMessageID: Int64?, progressOutboxID: Int64?, shown: BroadcastProgress?
  ) {
    self.id = id
    self.adminChat = adminChat
    self.adminUser = adminUser
    self.text = text
    self.photoFileID = photoFileID
    self.status = status
    self.total = total
    self.progressMessageID = progressMessageID
    self.progressOutboxID = progressOutboxID
    self.shown = shown
  }
}

/// Where the deliveries of a broadcast stand, from their outbox rows.
public struct BroadcastProgress: Sendable, Equatable, Codable {
  public var sent = 0
  public var failed = 0
  public var blocked = 0
  public var cancelled = 0
  public var remaining = 0
  public init(sent: Int = 0, failed: Int = 0, blocked: Int = 0, cancelled: Int = 0, remaining: Int = 0) {
    self.sent = sent
    self.failed = failed
    self.blocked = blocked
    self.cancelled = cancelled
    self.remaining = remaining
  }
  public var total: Int { sent + failed + blocked + cancelled + remaining }
}

public enum BroadcastStore {
  /// Private chats that may receive notices: not blocked, not opted out, not in `excluded`.
  public static func recipients(_ db: Database, excluding excluded: Set<ChatID>) throws -> [ChatID] {
    try Int64.fetchAll(
      db, sql: "SELECT chat_id FROM chats WHERE is_private = 1 AND blocked = 0 AND opted_out = 0 ORDER BY chat_id"
    ).map { ChatID($0) }.filter { !excluded.contains($0) }
  }

  public static func running(_ db: Database) throws -> BroadcastRecord? {
    try fetch(db, where: "status = 'running'", [])
  }

  public static func broadcast(_ db: Database, id: BroadcastID) throws -> BroadcastRecord? {
    try fetch(db, where: "id = ?", [id.rawValue])
  }

  /// Stores a running broadcast; its deliveries follow with `addDelivery`.
  public static func create(
    _ db: Database, adminChat: ChatID, adminUser: UserID, text: String, photoFileID: String?, total: Int,
    progressMessageID: Int64?, at now: Date
  ) throws -> BroadcastID {
    try db.execute(
      sql: """
        INSERT INTO broadcasts (admin_chat, admin_user, text, photo_file_id, status, total, progress_message_id, created_at)
        VALUES (?, ?, ?, ?, 'running', ?, ?, ?)
        """,
      arguments: [adminChat.rawValue, adminUser.rawValue, text, photoFileID, total, progressMessageID, now])
    return BroadcastID(db.lastInsertedRowID)
  }

  /// Links a recipient to the outbox row just appended for them.
  public static func addDelivery(_ db: Database, broadcast: BroadcastID, chat: ChatID, outboxID: Int64) throws {
    try db.execute(
      sql: "INSERT INTO broadcast_deliveries (broadcast_id, chat_id, outbox_id) VALUES (?, ?, ?)",
      arguments: [broadcast.rawValue, chat.rawValue, outboxID])
  }

  public static func setProgressOutbox(_ db: Database, broadcast: BroadcastID, outboxID: Int64) throws {
    try db.execute(
      sql: "UPDATE broadcasts SET progress_outbox_id = ? WHERE id = ?", arguments: [outboxID, broadcast.rawValue])
  }

  /// The message id of the progress message: stored, or learnt from its sent outbox row.
  public static func progressMessageID(_ db: Database, _ record: BroadcastRecord) throws -> Int64? {
    if let id = record.progressMessageID { return id }
    guard let outbox = record.progressOutboxID else { return nil }
    return try Int64.fetchOne(
      db, sql: "SELECT message_id FROM outbox WHERE id = ? AND status = 'sent'", arguments: [outbox])
  }

  public static func progress(_ db: Database, broadcast: BroadcastID) throws -> BroadcastProgress {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT o.status AS status, COALESCE(c.blocked, 0) AS blocked, COUNT(*) AS n
        FROM broadcast_deliveries d JOIN outbox o ON o.id = d.outbox_id
        LEFT JOIN chats c ON c.chat_id = d.chat_id
        WHERE d.broadcast_id = ? GROUP BY o.status, COALESCE(c.blocked, 0)
        """,
      arguments: [broadcast.rawValue])
    var progress = BroadcastProgress()
    for row in rows {
      let n: Int = row["n"]
      switch row["status"] as String {
      case "sent": progress.sent += n
      case "pending": progress.remaining += n
      case "dropped": progress.blocked += n
      case "cancelled": progress.cancelled += n
      default: if row["blocked"] as Bool { progress.blocked += n } else { progress.failed += n }
      }
    }
    return progress
  }

  /// Withdraws the broadcast's messages not sent yet; returns how many.
  @discardableResult
  public static func cancel(_ db: Database, broadcast: BroadcastID, at now: Date) throws -> Int {
    try db.execute(
      sql: """
        UPDATE outbox SET status = 'cancelled' WHERE status = 'pending'
        AND id IN (SELECT outbox_id FROM broadcast_deliveries WHERE broadcast_id = ?)
        """,
      arguments: [broadcast.rawValue])
    let withdrawn = db.changesCount
    try finish(db, broadcast: broadcast, status: .cancelled, at: now)
    return withdrawn
  }

  public static func finish(_ db: Database, broadcast: BroadcastID, status: BroadcastStatus, at now: Date) throws {
    try db.execute(
      sql: "UPDATE broadcasts SET status = ?, finished_at = ? WHERE id = ?",
      arguments: [status.rawValue, now, broadcast.rawValue])
  }

  public static func recordShown(_ db: Database, broadcast: BroadcastID, _ progress: BroadcastProgress) throws {
    let json = String(decoding: try JSONEncoder().encode(progress), as: UTF8.self)
    try db.execute(sql: "UPDATE broadcasts SET shown = ? WHERE id = ?", arguments: [json, broadcast.rawValue])
  }

  static func fetch(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> BroadcastRecord?
  {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT id, admin_chat, admin_user, text, photo_file_id, status, total, progress_message_id,
          progress_outbox_id, shown FROM broadcasts WHERE \(condition) ORDER BY id DESC LIMIT 1
          """,
        arguments: arguments)
    else { return nil }
    let shown = (row["shown"] as String?).flatMap {
      try? JSONDecoder().decode(BroadcastProgress.self, from: Data($0.utf8))
    }
    return BroadcastRecord(
      id: BroadcastID(row["id"] as Int64), adminChat: ChatID(row["admin_chat"] as Int64),
      adminUser: UserID(row["admin_user"] as Int64), text: row["text"], photoFileID: row["photo_file_id"],
      status: BroadcastStatus(rawValue: row["status"]) ?? .finished, total: row["total"],
      progressMessageID: row["progress_message_id"], progressOutboxID: row["progress_outbox_id"], shown: shown)
  }
}
