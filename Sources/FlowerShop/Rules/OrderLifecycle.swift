/// Where an order is. Raw values are stored in the database.
public enum OrderStatus: String, Codable, Sendable, CaseIterable {
  case new
  case accepted
  case assembling
  /// The florist sent a photo of the bouquet; the customer approves it or asks for changes.
  case photoSent = "photo_sent"
  case approved
  case inDelivery = "in_delivery"
  case delivered
  case readyForPickup = "ready_for_pickup"
  case pickedUp = "picked_up"
  case cancelled
}

/// A refused status change.
public enum StatusChangeError: Error, Equatable, Sendable {
  case notAllowed(from: OrderStatus, to: OrderStatus, fulfilment: Fulfilment)
}

/// The status lifecycle. Delivery: new → accepted → assembling → photo_sent → approved →
/// in_delivery → delivered, with photo_sent → assembling when the customer asks for changes.
/// Pickup: … approved → ready_for_pickup → picked_up. Cancelling is possible until the
/// bouquet leaves the shop.
public enum OrderLifecycle {
  /// The statuses an order may move to next (cancel included where allowed), in display order.
  public static func nextStatuses(from status: OrderStatus, fulfilment: Fulfilment) -> [OrderStatus] {
    switch (status, fulfilment) {
    case (.new, _): return [.accepted, .cancelled]
    case (.accepted, _): return [.assembling, .cancelled]
    case (.assembling, _): return [.photoSent, .cancelled]
    case (.photoSent, _): return [.approved, .assembling, .cancelled]
    case (.approved, .delivery): return [.inDelivery, .cancelled]
    case (.approved, .pickup): return [.readyForPickup, .cancelled]
    case (.inDelivery, .delivery): return [.delivered]
    case (.readyForPickup, .pickup): return [.pickedUp, .cancelled]
    // Statuses of the other fulfilment cannot be reached; nothing leaves them.
    case (.inDelivery, .pickup), (.readyForPickup, .delivery): return []
    case (.delivered, _), (.pickedUp, _), (.cancelled, _): return []
    }
  }

  /// Moves `from` to `to` if the lifecycle allows it.
  public static func change(
    from: OrderStatus, to: OrderStatus, fulfilment: Fulfilment
  ) -> Result<OrderStatus, StatusChangeError> {
    nextStatuses(from: from, fulfilment: fulfilment).contains(to)
      ? .success(to) : .failure(.notAllowed(from: from, to: to, fulfilment: fulfilment))
  }

  /// Whether nothing can follow `status` whatever the fulfilment.
  public static func isFinal(_ status: OrderStatus) -> Bool {
    switch status {
    case .delivered, .pickedUp, .cancelled: return true
    case .new, .accepted, .assembling, .photoSent, .approved, .inDelivery, .readyForPickup: return false
    }
  }
}
