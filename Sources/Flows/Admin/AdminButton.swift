import Dialog
import FlowerShop

/// Payloads of admin buttons (`a:…`). A press is obeyed only after the presser's role is
/// checked; a confirm from an older preview (another session) is refused.
public enum AdminButton: Sendable, Equatable {
  /// Revokes a florist granted in chat.
  case removeFlorist(UserID)
  /// Sends the previewed broadcast of this session.
  case confirmBroadcast(session: Int64)
  /// Drops the previewed broadcast.
  case discardBroadcast(session: Int64)

  var code: String {
    switch self {
    case .removeFlorist(let user): "rf:\(user.rawValue)"
    case .confirmBroadcast(let session): "bc:\(String(session, radix: 36))"
    case .discardBroadcast(let session): "bd:\(String(session, radix: 36))"
    }
  }

  init?(code: Substring) {
    let parts = code.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    switch parts[0] {
    case "rf":
      guard let raw = Int64(parts[1]), raw > 0 else { return nil }
      self = .removeFlorist(UserID(raw))
    case "bc":
      guard let session = Int64(parts[1], radix: 36), session >= 0 else { return nil }
      self = .confirmBroadcast(session: session)
    case "bd":
      guard let session = Int64(parts[1], radix: 36), session >= 0 else { return nil }
      self = .discardBroadcast(session: session)
    default: return nil
    }
  }

  /// The full callback data, `a:` and the code.
  public var data: String { "a:\(code)" }

  /// Decodes callback data starting with `a:`; nil for anything else.
  public init?(data: String) {
    guard data.utf8.count <= 64, data.hasPrefix("a:") else { return nil }
    self.init(code: data.dropFirst(2))
  }
}
