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
    try db.cachedStatement(sql: insertOrder).run {
      bind(&$0, shopID: shopID, number: number, trackingID: trackingID, request: request, pricing: pricing, at: at)
    }
    let id = OrderID(db.lastInsertedRowID)
    for (position, line) in pricing.lines.enumerated() {
      try db.cachedStatement(
        sql: """
          INSERT INTO order_items (order_id, position, product_id, title, quantity, unit_price_tiyn)
          VALUES (?, ?, ?, ?, ?, ?)
          """
      ).run {
        $0.bind(id.rawValue)
        $0.bind(position)
        $0.bind(line.product.rawValue)
        $0.bind(line.title)
        $0.bind(line.quantity)
        $0.bind(line.unitPrice.tiyn)
      }
    }
    try appendHistory(db, order: id, status: .new, actor: actor, at: at)
    try link(db, chat: chat, order: id, at: at)
    try ShopStore.reserveStock(db, lines: request.lines)
    return try stored(
      id: id, shopID: shopID, number: number, trackingID: trackingID, request: request, pricing: pricing, at: at)
  }

  /// The order just inserted, as `order(_:id:)` reads it back (tested), without reading it:
  /// the lines come from the priced items and the time is rounded as stored.
  private static func stored(
    id: OrderID, shopID: String, number: OrderNumber, trackingID: TrackingID, request: OrderRequest,
    pricing: Pricing, at: Date
  ) throws -> Order {
    guard let createdAt = Date.fromDatabaseValue(StoredDate(at).databaseValue) else {
      throw StoredDataError.corrupt(table: "orders", column: "created_at", value: StoredDate.text(at))
    }
    var request = request
    request.lines = pricing.lines.map { OrderLine(product: $0.product, quantity: $0.quantity) }
    var pricing = pricing
    pricing.lines = pricing.lines.map { line in
      var line = line
      line.total = line.unitPrice * line.quantity
      return line
    }
    return Order(
      id: id, shopID: shopID, number: number, trackingID: trackingID, status: .new, request: request,
      pricing: pricing, createdAt: createdAt)
  }

  /// Links `chat` to the order so it sees the order and its status changes. Idempotent.
  public static func link(_ db: Database, chat: ChatID, order: OrderID, at: Date) throws {
    try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO chat_order_links (chat_id, order_id, linked_at) VALUES (?, ?, ?)"
    ).run {
      $0.bind(chat.rawValue)
      $0.bind(order.rawValue)
      $0.bind(StoredDate(at))
    }
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
    ).run {
      $0.bind(shopID)
      $0.bind(shopID)
    }
    let number =
      try db.cachedStatement(sql: "SELECT next_order_number FROM shops WHERE id = ?").fetchInt64 {
        $0.bind(shopID)
      }.map(Int.init) ?? 1
    try db.cachedStatement(sql: "UPDATE shops SET next_order_number = ? WHERE id = ?").run {
      $0.bind(number + 1)
      $0.bind(shopID)
    }
    return OrderNumber(number)
  }

  private static func appendHistory(
    _ db: Database, order: OrderID, status: OrderStatus, actor: String, at: Date, note: String? = nil
  ) throws {
    try db.cachedStatement(
      sql: "INSERT INTO order_status_history (order_id, status, actor, at, note) VALUES (?, ?, ?, ?, ?)"
    ).run {
      $0.bind(order.rawValue)
      $0.bind(status.rawValue)
      $0.bind(actor)
      $0.bind(StoredDate(at))
      $0.bind(note)
    }
  }

  private static let insertOrder = "INSERT INTO orders (\(orderColumns)) VALUES (\(databaseQuestionMarks(count: 25)))"
}
