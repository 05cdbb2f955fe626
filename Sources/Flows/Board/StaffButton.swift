import FlowerShop

/// Payloads of the staff buttons on order cards. Callback data can be forged or forwarded:
/// a press is obeyed only after the presser's role is checked, and a status change only if
/// the order is still in the status the card showed.
public enum StaffButton: Sendable, Equatable {
  /// Shows the order's card.
  case card(OrderID)
  /// Moves the order from `from` (the status on the card) to `to`; `.cancelled` first asks
  /// for confirmation.
  case status(OrderID, from: OrderStatus, to: OrderStatus)
  /// Confirms cancelling the order; the reason is asked next.
  case confirmCancel(OrderID)
  /// Keeps the order after all.
  case keepOrder(OrderID)
  /// Marks the payment received.
  case paid(OrderID)
  /// Shows the shop's orders of a day.
  case day(LocalDate)

  /// Compact text after the `s:` prefix, e.g. `st:15:accepted:assembling`.
  var code: String {
    switch self {
    case .card(let id): "c:\(id.rawValue)"
    case .status(let id, let from, let to): "st:\(id.rawValue):\(from.rawValue):\(to.rawValue)"
    case .confirmCancel(let id): "cy:\(id.rawValue)"
    case .keepOrder(let id): "cn:\(id.rawValue)"
    case .paid(let id): "pd:\(id.rawValue)"
    case .day(let date): "d:\(date.compact)"
    }
  }

  init?(code: Substring) {
    let parts = code.split(separator: ":", omittingEmptySubsequences: false)
    if parts.count == 2, parts[0] == "d" {
      guard let date = LocalDate(compact: String(parts[1])) else { return nil }
      self = .day(date)
      return
    }
    guard parts.count >= 2, let raw = Int64(parts[1]), raw > 0 else { return nil }
    let id = OrderID(raw)
    switch (parts[0], parts.count) {
    case ("c", 2): self = .card(id)
    case ("st", 4):
      guard let from = OrderStatus(rawValue: String(parts[2])), let to = OrderStatus(rawValue: String(parts[3])) else {
        return nil
      }
      self = .status(id, from: from, to: to)
    case ("cy", 2): self = .confirmCancel(id)
    case ("cn", 2): self = .keepOrder(id)
    case ("pd", 2): self = .paid(id)
    default: return nil
    }
  }
}
