import GRDB

extension FlowerShopSchema {
  /// Florists granted by an admin in chat (`/florist add`), next to those of the shop file.
  /// Registered by `BotDatabase.migrator()` after the other shop migrations.
  public static func registerStaff(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("flowershop-v6-staff") { db in
      try db.execute(
        sql: """
          CREATE TABLE staff_grants (
            shop_id TEXT NOT NULL,
            user_id INTEGER NOT NULL,
            role TEXT NOT NULL,
            granted_by INTEGER NOT NULL,
            granted_at DATETIME NOT NULL,
            PRIMARY KEY (shop_id, user_id)
          );
          """)
    }
    // The ordering funnel's first step, for `/stats` (started → confirmed).
    migrator.registerMigration("flowershop-v7-ordering-starts") { db in
      try db.execute(
        sql: """
          CREATE TABLE ordering_starts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            shop_id TEXT NOT NULL,
            chat_id INTEGER NOT NULL,
            at DATETIME NOT NULL
          );
          CREATE INDEX ordering_starts_at ON ordering_starts(shop_id, at);
          """)
    }
  }
}
