import Foundation
import GRDB

extension OrderStore {
  public static func order(_ db: Database, id: OrderID) throws -> Order? {
    try fetchOrders(db, where: "id = ?", arguments: [id.rawValue]).first
  }

  /// The order a person calls "order N" in the shop.
  public static func order(_ db: Database, shopID: String, number: OrderNumber) throws -> Order? {
    try fetchOrders(db, where: "shop_id = ? AND number = ?", arguments: [shopID, number.rawValue]).first
  }

  public static func order(_ db: Database, trackingID: TrackingID) throws -> Order? {
    try fetchOrders(db, where: "tracking_id = ?", arguments: [trackingID.rawValue]).first
  }

  /// Every order, by creation time, then number.
  public static func all(_ db: Database) throws -> [Order] {
    try fetchOrders(db, where: "1", arguments: [], order: "created_at, number, id")
  }

  /// Orders linked to `chat`, newest first.
  public static func orders(_ db: Database, linkedTo chat: ChatID) throws -> [Order] {
    try fetchOrders(
      db, where: "id IN (SELECT order_id FROM chat_order_links WHERE chat_id = ?)", arguments: [chat.rawValue],
      order: "created_at DESC, id DESC")
  }

  /// Orders placed by the customer with this phone, newest first (for lookup by a shared contact).
  public static func orders(_ db: Database, customerPhone phone: PhoneNumber) throws -> [Order] {
    try fetchOrders(db, where: "customer_phone = ?", arguments: [phone.e164], order: "created_at DESC, id DESC")
  }

  /// The shop's orders for one slot date, by slot start, then number.
  public static func orders(_ db: Database, shopID: String, on date: LocalDate) throws -> [Order] {
    try fetchOrders(
      db, where: "shop_id = ? AND slot_date = ?", arguments: [shopID, date.description],
      order: "slot_start, number")
  }

  /// The status history of an order, oldest first.
  public static func history(_ db: Database, order: OrderID) throws -> [StatusChange] {
    try Row.fetchAll(
      db, sql: "SELECT status, actor, at, note FROM order_status_history WHERE order_id = ? ORDER BY id",
      arguments: [order.rawValue]
    ).map { row in
      StatusChange(
        status: try decode(row, "status", OrderStatus.init(rawValue:)), actor: row["actor"], at: row["at"],
        note: row["note"])
    }
  }

  /// Chats linked to the order, in the order they were linked.
  public static func linkedChats(_ db: Database, order: OrderID) throws -> [ChatID] {
    try Int64.fetchAll(
      db, sql: "SELECT chat_id FROM chat_order_links WHERE order_id = ? ORDER BY linked_at, chat_id",
      arguments: [order.rawValue]
    ).map(ChatID.init(rawValue:))
  }

  /// `condition` and `order` are fixed SQL written in this file; values go through `arguments`.
  private static func fetchOrders(
    _ db: Database, where condition: String, arguments: StatementArguments, order: String = "id"
  ) throws -> [Order] {
    // Cached statements: the conditions are a handful of fixed strings.
    let rows = try Row.fetchAll(
      db.cachedStatement(
        sql: "SELECT id, paid_at, paid_by, \(orderColumns) FROM orders WHERE \(condition) ORDER BY \(order)"),
      arguments: arguments)
    return try rows.map { row in
      let items = try Row.fetchAll(
        db.cachedStatement(sql: "SELECT * FROM order_items WHERE order_id = ? ORDER BY position"),
        arguments: [row["id"] as Int64])
      return try Self.order(row, items: items)
    }
  }
}
