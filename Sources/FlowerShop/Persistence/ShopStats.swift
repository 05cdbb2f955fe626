import Foundation
import GRDB

/// Orders of a period: how many, the revenue and the average (cancelled orders not counted).
public struct OrderFigures: Sendable, Equatable {
  public var orders: Int
  public var revenue: Money
  public var average: Money? { orders == 0 ? nil : Money(tiyn: revenue.tiyn / Int64(orders)) }
  public init(orders: Int, revenue: Money) {
    self.orders = orders
    self.revenue = revenue
  }
}

/// What `/stats` shows about the shop's orders.
public struct ShopStats: Sendable, Equatable {
  public var today: OrderFigures
  public var week: OrderFigures
  /// Ordering dialogs started this week, and orders confirmed this week.
  public var orderingStarts: Int
  public var confirmedThisWeek: Int
  /// Orders whose first bouquet photo got an answer, and those approved at once.
  public var firstPhotosDecided: Int
  public var firstPhotosApproved: Int
  public init(
    today: OrderFigures, week: OrderFigures, orderingStarts: Int, confirmedThisWeek: Int, firstPhotosDecided: Int,
    firstPhotosApproved: Int
  ) {
    self.today = today
    self.week = week
    self.orderingStarts = orderingStarts
    self.confirmedThisWeek = confirmedThisWeek
    self.firstPhotosDecided = firstPhotosDecided
    self.firstPhotosApproved = firstPhotosApproved
  }
}

public enum StatsStore {
  /// Records that a customer opened the ordering dialog (the funnel's first step).
  public static func recordOrderingStart(_ db: Database, shopID: String, chat: ChatID, at now: Date) throws {
    try db.cachedStatement(sql: "INSERT INTO ordering_starts (shop_id, chat_id, at) VALUES (?, ?, ?)").run {
      $0.bind(shopID)
      $0.bind(chat.rawValue)
      $0.bind(StoredDate(now))
    }
  }

  /// Today and this week (from Monday) in the shop's time zone.
  public static func stats(_ db: Database, shopID: String, timeZone: String, at now: Date) throws -> ShopStats {
    let (dayStart, weekStart) = boundaries(now, timeZone: TimeZone(identifier: timeZone) ?? .gmt)
    let week = try figures(db, shopID: shopID, from: weekStart)
    let starts =
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM ordering_starts WHERE shop_id = ? AND at >= ?", arguments: [shopID, weekStart])
      ?? 0
    let confirmed =
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM orders WHERE shop_id = ? AND created_at >= ?", arguments: [shopID, weekStart])
      ?? 0
    let photos = try Row.fetchOne(
      db,
      sql: """
        SELECT COUNT(*) AS decided, COALESCE(SUM(r.decision = 'approved'), 0) AS approved
        FROM order_photo_rounds r JOIN orders o ON o.id = r.order_id
        WHERE o.shop_id = ? AND r.number = 1 AND r.decision IN ('approved', 'changes_requested')
        """,
      arguments: [shopID])
    return ShopStats(
      today: try figures(db, shopID: shopID, from: dayStart), week: week, orderingStarts: starts,
      confirmedThisWeek: confirmed, firstPhotosDecided: photos?["decided"] ?? 0,
      firstPhotosApproved: photos?["approved"] ?? 0)
  }

  static func figures(_ db: Database, shopID: String, from start: Date) throws -> OrderFigures {
    let row = try Row.fetchOne(
      db,
      sql: """
        SELECT COUNT(*) AS n, COALESCE(SUM(total_tiyn), 0) AS revenue FROM orders
        WHERE shop_id = ? AND created_at >= ? AND status <> 'cancelled'
        """,
      arguments: [shopID, start])
    return OrderFigures(orders: row?["n"] ?? 0, revenue: Money(tiyn: row?["revenue"] ?? 0))
  }

  /// The start of today and of this week (Monday) in `timeZone`, as instants.
  static func boundaries(_ now: Date, timeZone: TimeZone) -> (day: Date, week: Date) {
    let offset = Double(timeZone.secondsFromGMT(for: now))
    let days = ((now.timeIntervalSince1970 + offset) / 86_400).rounded(.down)
    // 1 January 1970 was a Thursday: (days + 3) mod 7 is 0 on Mondays.
    let sinceMonday = Double((Int(days) % 7 + 7 + 3) % 7)
    let day = Date(timeIntervalSince1970: days * 86_400 - offset)
    return (day, day.addingTimeInterval(-sinceMonday * 86_400))
  }
}
