import FlowerShop

/// Payloads of the approval buttons (`a:…`). A press is obeyed only for a chat linked to the
/// round's order while that round waits for an answer (customers), or for staff (picking the
/// order of a photo).
public enum ApprovalButton: Sendable, Equatable {
  /// «Всё отлично».
  case approve(PhotoRoundID)
  /// «Хочу изменить».
  case change(PhotoRoundID)
  /// A florist picks the order of the photos just sent.
  case pick(OrderID)

  var code: String {
    switch self {
    case .approve(let id): "ok:\(id.rawValue)"
    case .change(let id): "ch:\(id.rawValue)"
    case .pick(let id): "pk:\(id.rawValue)"
    }
  }

  init?(code: Substring) {
    let parts = code.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, let raw = Int64(parts[1]), raw > 0 else { return nil }
    switch parts[0] {
    case "ok": self = .approve(PhotoRoundID(raw))
    case "ch": self = .change(PhotoRoundID(raw))
    case "pk": self = .pick(OrderID(raw))
    default: return nil
    }
  }
}
