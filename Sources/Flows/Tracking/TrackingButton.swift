import FlowerShop

/// Payloads of the customer's tracking buttons. They carry no dialog session: every press
/// reads the orders again and shows only orders linked to the chat that pressed.
public enum TrackingButton: Sendable, Equatable {
  /// A page of the chat's orders, from 1.
  case page(Int)
  /// One order's card; `page` is the list page its "back" button returns to.
  case order(OrderID, page: Int)
  /// Offers to find the customer's orders by their own phone number.
  case findByPhone

  /// Compact text after the `t:` prefix, e.g. `o:15:1`.
  var code: String {
    switch self {
    case .page(let page): "p:\(page)"
    case .order(let id, let page): "o:\(id.rawValue):\(page)"
    case .findByPhone: "f"
    }
  }

  init?(code: Substring) {
    let parts = code.split(separator: ":", omittingEmptySubsequences: false)
    switch parts.first {
    case "p":
      guard parts.count == 2, let page = Self.positive(parts[1]) else { return nil }
      self = .page(page)
    case "o":
      guard parts.count == 3, let id = Int64(parts[1]), id > 0, let page = Self.positive(parts[2]) else { return nil }
      self = .order(OrderID(id), page: page)
    case "f":
      guard parts.count == 1 else { return nil }
      self = .findByPhone
    default:
      return nil
    }
  }

  static func positive(_ text: Substring) -> Int? {
    guard let value = Int(text), (1...10_000).contains(value) else { return nil }
    return value
  }
}
