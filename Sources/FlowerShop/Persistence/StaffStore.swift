import Foundation
import GRDB

/// A florist an admin granted in chat.
public struct StaffGrant: Sendable, Equatable, Codable {
  public var user: UserID
  public var grantedBy: UserID
  public var grantedAt: Date
  public init(user: UserID, grantedBy: UserID, grantedAt: Date) {
    self.user = user
    self.grantedBy = grantedBy
    self.grantedAt = grantedAt
  }
}

/// Florists granted and revoked by admins; the shop file's staff stay in the configuration.
public enum StaffStore {
  /// Grants the florist role; false when the person already had it.
  @discardableResult
  public static func grantFlorist(
    _ db: Database, shopID: String, user: UserID, by admin: UserID, at now: Date
  ) throws -> Bool {
    try db.execute(
      sql: """
        INSERT OR IGNORE INTO staff_grants (shop_id, user_id, role, granted_by, granted_at)
        VALUES (?, ?, 'florist', ?, ?)
        """,
      arguments: [shopID, user.rawValue, admin.rawValue, now])
    return db.changesCount == 1
  }

  /// Revokes a granted florist; false when there was no such grant.
  @discardableResult
  public static func revokeFlorist(_ db: Database, shopID: String, user: UserID) throws -> Bool {
    try db.execute(
      sql: "DELETE FROM staff_grants WHERE shop_id = ? AND user_id = ? AND role = 'florist'",
      arguments: [shopID, user.rawValue])
    return db.changesCount == 1
  }

  public static func isGrantedFlorist(_ db: Database, shopID: String, user: UserID) throws -> Bool {
    // Asked on every update (roles are checked on every input): a cached statement.
    try Bool.fetchOne(
      db.cachedStatement(sql: "SELECT 1 FROM staff_grants WHERE shop_id = ? AND user_id = ? AND role = 'florist'"),
      arguments: [shopID, user.rawValue]) ?? false
  }

  /// Granted florists, oldest grant first.
  public static func grantedFlorists(_ db: Database, shopID: String) throws -> [StaffGrant] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT user_id, granted_by, granted_at FROM staff_grants
        WHERE shop_id = ? AND role = 'florist' ORDER BY granted_at, user_id
        """,
      arguments: [shopID]
    ).map {
      StaffGrant(
        user: UserID($0["user_id"] as Int64), grantedBy: UserID($0["granted_by"] as Int64),
        grantedAt: $0["granted_at"])
    }
  }
}

extension StaffConfiguration {
  /// The role of `user` now, with florists granted in chat: the shop file's admins win, then
  /// its florists, then a grant.
  public func role(of user: UserID, granted: Bool) -> StaffRole {
    switch role(of: user) {
    case .admin: .admin
    case .florist: .florist
    case .customer: granted ? .florist : .customer
    }
  }
}
