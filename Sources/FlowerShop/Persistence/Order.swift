import Foundation

/// A stored order: what was asked, how the shop priced it and where it is now.
public struct Order: Codable, Sendable, Equatable {
  public var id: OrderID
  public var shopID: String
  public var number: OrderNumber
  public var trackingID: TrackingID
  public var status: OrderStatus
  public var request: OrderRequest
  public var pricing: Pricing
  /// Stored with millisecond precision.
  public var createdAt: Date
  /// When staff marked the payment received; nil while unpaid.
  public var paidAt: Date?
  /// Who marked it ("florist:2001").
  public var paidBy: String?

  public init(
    id: OrderID, shopID: String, number: OrderNumber, trackingID: TrackingID, status: OrderStatus,
    request: OrderRequest, pricing: Pricing, createdAt: Date, paidAt: Date? = nil, paidBy: String? = nil
  ) {
    self.id = id
    self.shopID = shopID
    self.number = number
    self.trackingID = trackingID
    self.status = status
    self.request = request
    self.pricing = pricing
    self.createdAt = createdAt
    self.paidAt = paidAt
    self.paidBy = paidBy
  }
}

/// One entry of an order's status history.
public struct StatusChange: Codable, Sendable, Equatable {
  public var status: OrderStatus
  /// Who changed it: "customer:1001", "florist:2001", "system".
  public var actor: String
  public var at: Date
  /// Why, when the person said (the reason of a cancellation).
  public var note: String?
  public init(status: OrderStatus, actor: String, at: Date, note: String? = nil) {
    self.status = status
    self.actor = actor
    self.at = at
    self.note = note
  }
}

/// Failures of `OrderStore` a caller can act on.
public enum OrderStoreError: Error, Equatable {
  case orderNotFound(OrderID)
  case statusChange(StatusChangeError)
}

/// A stored row that cannot be read back (written by hand or by a newer version).
public enum StoredDataError: Error, Equatable, Sendable {
  case corrupt(table: String, column: String, value: String)
}
