import Foundation
import GRDB

extension OrderStore {
  /// Records that the payment was received: once. Returns the order, and whether this call
  /// marked it (false when it was already paid). Throws `orderNotFound` for an unknown order.
  public static func markPaid(
    _ db: Database, order id: OrderID, actor: String, at: Date
  ) throws -> (
    order: Order, marked: Bool
  ) {
    try db.execute(
      sql: "UPDATE orders SET paid_at = ?, paid_by = ? WHERE id = ? AND paid_at IS NULL",
      arguments: [at, actor, id.rawValue])
    let marked = db.changesCount == 1
    guard let order = try order(db, id: id) else { throw OrderStoreError.orderNotFound(id) }
    return (order, marked)
  }
}
