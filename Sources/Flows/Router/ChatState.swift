import FlowerShop

/// Where a chat is: in the main menu, or inside a flow.
public enum ChatState: Codable, Sendable, Equatable {
  /// The main menu; free text is answered with the menu.
  case idle
  /// Ordering a bouquet.
  case ordering(OrderingState)
  /// Finding orders: waits for the customer's own contact or a tracking code.
  case tracking(TrackingState)
  /// A staff dialog on the order board (the reason of a cancellation).
  case board(BoardState)
  /// An admin tool waiting for input: a florist's contact, a broadcast, a product.
  case admin(AdminState)
  /// Pre-delivery photo approval: a florist's photos on their way, or a customer's comment.
  case approval(ApprovalState)
}
