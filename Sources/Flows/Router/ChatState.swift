import FlowerShop

/// Where a chat is: in the main menu, or inside a flow.
public enum ChatState: Codable, Sendable, Equatable {
  /// The main menu; free text is answered with the menu.
  case idle
  /// Ordering a bouquet.
  case ordering(OrderingState)
}
