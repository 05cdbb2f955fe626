import Foundation
import GRDB

/// Pre-delivery photo rounds in SQLite. Every method runs inside the caller's transaction.
public enum OrderPhotoStore {
  /// Stores a new round of photos for the order (its number follows the order's last round);
  /// a round still waiting for an answer is closed as superseded.
  public static func addRound(
    _ db: Database, order: OrderID, photos: [OrderPhoto], by actor: String, chat: ChatID, at now: Date
  ) throws -> PhotoRound {
    try db.execute(
      sql:
        "UPDATE order_photo_rounds SET decision = ?, decided_by = ?, decided_at = ? WHERE order_id = ? AND decision IS NULL",
      arguments: [PhotoDecision.superseded.rawValue, actor, now, order.rawValue])
    let last =
      try Int.fetchOne(
        db, sql: "SELECT MAX(number) FROM order_photo_rounds WHERE order_id = ?", arguments: [order.rawValue]) ?? 0
    try db.execute(
      sql: "INSERT INTO order_photo_rounds (order_id, number, sent_by, sent_chat, sent_at) VALUES (?, ?, ?, ?, ?)",
      arguments: [order.rawValue, last + 1, actor, chat.rawValue, now])
    let id = PhotoRoundID(db.lastInsertedRowID)
    for (position, photo) in photos.enumerated() {
      try db.execute(
        sql: """
          INSERT INTO order_photos (order_id, round_id, position, file_id, local_path, sent_by, sent_at)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [order.rawValue, id.rawValue, position, photo.fileID, photo.localPath, actor, now])
    }
    guard let round = try round(db, id: id) else { throw OrderStoreError.orderNotFound(order) }
    return round
  }

  /// Records how a waiting round ended; false when it had already ended.
  @discardableResult
  public static func decide(
    _ db: Database, round: PhotoRoundID, _ decision: PhotoDecision, by actor: String, at now: Date
  ) throws -> Bool {
    try db.execute(
      sql:
        "UPDATE order_photo_rounds SET decision = ?, decided_by = ?, decided_at = ? WHERE id = ? AND decision IS NULL",
      arguments: [decision.rawValue, actor, now, round.rawValue])
    return db.changesCount == 1
  }

  /// Closes the order's waiting round, if any (staff moved the order on).
  public static func closePending(_ db: Database, order: OrderID, by actor: String, at now: Date) throws {
    try db.execute(
      sql:
        "UPDATE order_photo_rounds SET decision = ?, decided_by = ?, decided_at = ? WHERE order_id = ? AND decision IS NULL",
      arguments: [PhotoDecision.closedByStaff.rawValue, actor, now, order.rawValue])
  }

  /// Records the customer's comment (what to change, or a word after auto-approval).
  public static func comment(
    _ db: Database, round: PhotoRoundID, text: String, photo: String?, by actor: String, at now: Date
  ) throws {
    try db.execute(
      sql: "UPDATE order_photo_rounds SET comment = ?, comment_photo = ?, comment_by = ?, comment_at = ? WHERE id = ?",
      arguments: [text, photo, actor, now, round.rawValue])
  }

  /// For `/stats`: how many of the shop's orders had a first photo answered, and how many of
  /// those the customer approved at once (by the button or by not answering).
  public static func firstRoundStats(_ db: Database, shopID: String) throws -> (answered: Int, approved: Int) {
    let row = try Row.fetchOne(
      db,
      sql: """
        SELECT COUNT(*) AS answered, COALESCE(SUM(r.decision IN ('approved', 'auto_approved')), 0) AS approved
        FROM order_photo_rounds r JOIN orders o ON o.id = r.order_id
        WHERE o.shop_id = ? AND r.number = 1 AND r.decision IN ('approved', 'auto_approved', 'changes_requested')
        """,
      arguments: [shopID])
    return (row?["answered"] ?? 0, row?["approved"] ?? 0)
  }

  public static func round(_ db: Database, id: PhotoRoundID) throws -> PhotoRound? {
    try rounds(db, where: "id = ?", arguments: [id.rawValue]).first
  }

  /// The order's rounds, oldest first.
  public static func rounds(_ db: Database, order: OrderID) throws -> [PhotoRound] {
    try rounds(db, where: "order_id = ?", arguments: [order.rawValue])
  }

  /// The order's newest round.
  public static func latestRound(_ db: Database, order: OrderID) throws -> PhotoRound? {
    try rounds(db, order: order).last
  }

  private static func rounds(
    _ db: Database, where condition: String, arguments: StatementArguments
  ) throws
    -> [PhotoRound]
  {
    try Row.fetchAll(
      db, sql: "SELECT * FROM order_photo_rounds WHERE \(condition) ORDER BY number", arguments: arguments
    ).map { row in
      let id = PhotoRoundID(row["id"] as Int64)
      let photos = try Row.fetchAll(
        db, sql: "SELECT file_id, local_path FROM order_photos WHERE round_id = ? ORDER BY position",
        arguments: [id.rawValue]
      ).map { OrderPhoto(fileID: $0["file_id"], localPath: $0["local_path"]) }
      let decision: String? = row["decision"]
      return PhotoRound(
        id: id, order: OrderID(row["order_id"] as Int64), number: row["number"], photos: photos,
        sentBy: row["sent_by"], sentChat: ChatID(row["sent_chat"] as Int64), sentAt: row["sent_at"],
        decision: decision.flatMap(PhotoDecision.init(rawValue:)), decidedBy: row["decided_by"],
        decidedAt: row["decided_at"], comment: row["comment"], commentPhoto: row["comment_photo"],
        commentBy: row["comment_by"], commentAt: row["comment_at"])
    }
  }
}
