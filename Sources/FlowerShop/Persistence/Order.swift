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

  public init(
    id: OrderID, shopID: String, number: OrderNumber, trackingID: TrackingID, status: OrderStatus,
    request: OrderRequest, pricing: Pricing, createdAt: Date
  ) {
    self.id = id
    self.shopID = shopID
    self.number = number
    self.trackingID = trackingID
    self.status = status
    self.request = request
    self.pricing = pricing
    self.createdAt = createdAt
  }
}

/// One entry of an order's status history.
public struct StatusChange: Codable, Sendable, Equatable {
  public var status: OrderStatus
  /// Who changed it: "customer:1001", "florist:2001", "system".
  public var actor: String
  public var at: Date
  public init(status: OrderStatus, actor: String, at: Date) {
    self.status = status
    self.actor = actor
    self.at = at
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
