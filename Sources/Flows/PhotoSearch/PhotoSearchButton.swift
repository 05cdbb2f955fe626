import FlowerShop

/// Payloads of the photo-search result buttons (`f:…`). They carry no dialog session: a press
/// reads the catalog again, so a result shown yesterday still orders what is on sale today.
public enum PhotoSearchButton: Sendable, Equatable {
  /// «Заказать» under a found bouquet.
  case order(ProductID)
  /// «Открыть каталог» under a search that found nothing.
  case catalog

  /// Compact text after the `f:` prefix, e.g. `o:12`.
  var code: String {
    switch self {
    case .order(let id): "o:\(id.rawValue)"
    case .catalog: "c"
    }
  }

  init?(code: Substring) {
    let parts = code.split(separator: ":", omittingEmptySubsequences: false)
    switch parts.first {
    case "o":
      guard parts.count == 2, let id = Int64(parts[1]), id > 0 else { return nil }
      self = .order(ProductID(id))
    case "c":
      guard parts.count == 1 else { return nil }
      self = .catalog
    default:
      return nil
    }
  }
}
