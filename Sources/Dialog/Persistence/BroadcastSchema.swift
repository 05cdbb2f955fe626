import GRDB

/// Tables of broadcasts: one row per broadcast and one per recipient, pointing at the
/// recipient's outbox row. The outbox sends each row once, so a restart resumes a broadcast
/// with no duplicate and no loss; the counts come from the outbox rows' statuses.
public enum BroadcastSchema {
  /// Registered by `BotDatabase.migrator()` after the engine's tables.
  public static func register(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("dialog-v2-broadcasts") { db in
      try db.execute(
        sql: """
          CREATE TABLE broadcasts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            admin_chat INTEGER NOT NULL,
            admin_user INTEGER NOT NULL,
            text TEXT NOT NULL,
            photo_file_id TEXT,
            status TEXT NOT NULL,
            total INTEGER NOT NULL,
            progress_message_id INTEGER,
            progress_outbox_id INTEGER,
            shown TEXT,
            created_at DATETIME NOT NULL,
            finished_at DATETIME
          );
          CREATE INDEX broadcasts_status ON broadcasts(status);
          CREATE TABLE broadcast_deliveries (
            broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id),
            chat_id INTEGER NOT NULL,
            outbox_id INTEGER NOT NULL,
            PRIMARY KEY (broadcast_id, chat_id)
          );
          """)
    }
  }
}
