import Foundation
import GRDB

/// Orders in SQLite. Every method runs inside the caller's transaction.
public enum OrderStore {
  /// Inserts the order with the next human number of its shop, its items, the first status
  /// ("new", actor given) and links `chat` to it. Decrements stock. One call = one invariant,
  /// inside the caller's transaction.
  public static func create(
    _ db: Database, shopID: String, request: OrderRequest, pricing: Pricing, trackingID: TrackingID, chat: ChatID,
    actor: String, at: Date
  ) throws -> Order {
    let number = try takeNumber(db, shopID: shopID)
    try db.cachedStatement(sql: "INSERT INTO orders (\(orderColumns)) VALUES (\(databaseQuestionMarks(count: 25)))")
      .execute(
        arguments: arguments(
          shopID: shopID, number: number, trackingID: trackingID, request: request, pricing: pricing, at: at))
    let id = OrderID(db.lastInsertedRowID)
    for (position, line) in pricing.lines.enumerated() {
      try db.cachedStatement(
        sql: """
          INSERT INTO order_items (order_id, position, product_id, title, quantity, unit_price_tiyn)
          VALUES (?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: [
        id.rawValue, position, line.product.rawValue, line.title, line.quantity, line.unitPrice.tiyn,
      ])
    }
    try appendHistory(db, order: id, status: .new, actor: actor, at: at)
    try link(db, chat: chat, order: id, at: at)
    try ShopStore.reserveStock(db, lines: request.lines)
    guard let order = try order(db, id: id) else { throw OrderStoreError.orderNotFound(id) }
    return order
  }

  /// Links `chat` to the order so it sees the order and its status changes. Idempotent.
  public static func link(_ db: Database, chat: ChatID, order: OrderID, at: Date) throws {
    try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO chat_order_links (chat_id, order_id, linked_at) VALUES (?, ?, ?)"
    ).execute(arguments: [chat.rawValue, order.rawValue, at])
  }

  /// Validates with `OrderLifecycle`, updates the status and appends it to the history (with
  /// `note`, e.g. the reason of a cancellation). A refused change throws
  /// `OrderStoreError.statusChange` and records nothing.
  public static func changeStatus(
    _ db: Database, order id: OrderID, to status: OrderStatus, actor: String, at: Date, note: String? = nil
  ) throws -> Order {
    guard var order = try order(db, id: id) else { throw OrderStoreError.orderNotFound(id) }
    switch OrderLifecycle.change(from: order.status, to: status, fulfilment: order.request.fulfilment) {
    case .failure(let error):
      throw OrderStoreError.statusChange(error)
    case .success(let next):
      try db.cachedStatement(sql: "UPDATE orders SET status = ? WHERE id = ?").execute(arguments: [
        next.rawValue, id.rawValue,
      ])
      try appendHistory(db, order: id, status: next, actor: actor, at: at, note: note)
      order.status = next
      return order
    }
  }

  /// The shop's next human number; creates a bare shop row if the shop was never synced.
  private static func takeNumber(_ db: Database, shopID: String) throws -> OrderNumber {
    try db.cachedStatement(
      sql: "INSERT INTO shops (id, name, next_order_number) VALUES (?, ?, 1) ON CONFLICT(id) DO NOTHING"
    ).execute(arguments: [shopID, shopID])
    let number =
      try Int.fetchOne(db.cachedStatement(sql: "SELECT next_order_number FROM shops WHERE id = ?"), arguments: [shopID])
      ?? 1
    try db.cachedStatement(sql: "UPDATE shops SET next_order_number = ? WHERE id = ?").execute(arguments: [
      number + 1, shopID,
    ])
    return OrderNumber(number)
  }

  private static func appendHistory(
    _ db: Database, order: OrderID, status: OrderStatus, actor: String, at: Date, note: String? = nil
  ) throws {
    try db.cachedStatement(
      sql: "INSERT INTO order_status_history (order_id, status, actor, at, note) VALUES (?, ?, ?, ?, ?)"
    ).execute(arguments: [order.rawValue, status.rawValue, actor, at, note])
  }
}
