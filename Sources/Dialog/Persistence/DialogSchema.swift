import GRDB

/// Tables of the engine: chats, dialog states, seen updates, the outbox and timers.
public enum DialogSchema {
  public static func register(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("dialog-v1-engine") { db in
      try db.execute(
        sql: """
          CREATE TABLE chats (
            chat_id INTEGER PRIMARY KEY,
            user_id INTEGER,
            first_name TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL,
            is_private INTEGER NOT NULL DEFAULT 1,
            blocked INTEGER NOT NULL DEFAULT 0,
            opted_out INTEGER NOT NULL DEFAULT 0,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
          );
          CREATE TABLE dialog_states (
            chat_id INTEGER PRIMARY KEY,
            state TEXT NOT NULL,
            updated_at DATETIME NOT NULL
          );
          CREATE TABLE seen_updates (
            update_id INTEGER PRIMARY KEY,
            seen_at DATETIME NOT NULL
          );
          CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            chat_id INTEGER NOT NULL,
            method TEXT NOT NULL,
            payload TEXT NOT NULL,
            priority INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            created_at DATETIME NOT NULL,
            sent_at DATETIME,
            message_id INTEGER,
            error TEXT
          );
          CREATE INDEX outbox_pending ON outbox(status, priority, id);
          CREATE TABLE timers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            chat_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            payload TEXT NOT NULL,
            due_at DATETIME NOT NULL,
            UNIQUE(chat_id, name, payload)
          );
          CREATE INDEX timers_due ON timers(due_at);
          """)
    }
  }
}
