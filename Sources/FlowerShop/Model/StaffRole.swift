/// What a person may do in the shop. Checked on every staff command and every staff button,
/// never remembered in a dialog or trusted from callback data.
public enum StaffRole: String, Codable, Sendable, CaseIterable {
  /// From `staff.admins`: everything a florist may do, and administration.
  case admin
  /// From `staff.florists`: the order board, status changes, payments.
  case florist
  /// Everyone else.
  case customer

  /// Whether the person works in the shop (florists and admins).
  public var isStaff: Bool {
    switch self {
    case .admin, .florist: true
    case .customer: false
    }
  }

  /// How status changes record who made them: "florist:2001", "admin:1000", "customer:1001".
  public func actor(_ user: UserID) -> String { "\(rawValue):\(user.rawValue)" }
}

extension StaffConfiguration {
  /// The role of `user` now; admins win over florists.
  public func role(of user: UserID) -> StaffRole {
    if admins.contains(user) { return .admin }
    if florists.contains(user) { return .florist }
    return .customer
  }
}
