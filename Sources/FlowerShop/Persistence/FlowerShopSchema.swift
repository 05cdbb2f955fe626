import GRDB

/// Tables of the shop: shops, catalog, orders with items, status history and chat links.
/// Migrations are never edited once shipped; changes come as new numbered migrations.
public enum FlowerShopSchema {
  public static func register(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("flowershop-v1-catalog") { db in
      try db.execute(
        sql: """
          CREATE TABLE shops (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            next_order_number INTEGER NOT NULL DEFAULT 1
          );
          CREATE TABLE categories (
            shop_id TEXT NOT NULL REFERENCES shops(id),
            id TEXT NOT NULL,
            title TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (shop_id, id)
          );
          CREATE TABLE products (
            id INTEGER PRIMARY KEY,
            shop_id TEXT NOT NULL REFERENCES shops(id),
            category_id TEXT NOT NULL,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            price_tiyn INTEGER NOT NULL,
            images TEXT NOT NULL DEFAULT '[]',
            available INTEGER NOT NULL DEFAULT 1,
            stock INTEGER,
            configured_stock INTEGER
          );
          CREATE INDEX products_shop ON products(shop_id, category_id);
          """)
    }
    migrator.registerMigration("flowershop-v2-orders") { db in
      try db.execute(
        sql: """
          CREATE TABLE orders (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            shop_id TEXT NOT NULL REFERENCES shops(id),
            number INTEGER NOT NULL,
            tracking_id TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL,
            fulfilment TEXT NOT NULL,
            zone_id TEXT,
            slot_date TEXT NOT NULL,
            slot_start TEXT NOT NULL,
            slot_end TEXT NOT NULL,
            address_kind TEXT,
            address_text TEXT,
            latitude REAL,
            longitude REAL,
            recipient_name TEXT NOT NULL,
            recipient_phone TEXT NOT NULL,
            customer_name TEXT NOT NULL,
            customer_phone TEXT NOT NULL,
            postcard TEXT,
            anonymous INTEGER NOT NULL,
            surprise INTEGER NOT NULL,
            payment TEXT NOT NULL,
            items_total_tiyn INTEGER NOT NULL,
            delivery_cost_tiyn INTEGER NOT NULL,
            total_tiyn INTEGER NOT NULL,
            created_at DATETIME NOT NULL,
            UNIQUE (shop_id, number)
          );
          CREATE INDEX orders_customer_phone ON orders(customer_phone);
          CREATE INDEX orders_slot ON orders(shop_id, slot_date, slot_start);
          CREATE TABLE order_items (
            order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            product_id INTEGER NOT NULL,
            title TEXT NOT NULL,
            quantity INTEGER NOT NULL,
            unit_price_tiyn INTEGER NOT NULL,
            PRIMARY KEY (order_id, position)
          );
          CREATE TABLE order_status_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            actor TEXT NOT NULL,
            at DATETIME NOT NULL
          );
          CREATE INDEX order_status_history_order ON order_status_history(order_id, id);
          CREATE TABLE chat_order_links (
            chat_id INTEGER NOT NULL,
            order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            linked_at DATETIME NOT NULL,
            PRIMARY KEY (chat_id, order_id)
          );
          CREATE INDEX chat_order_links_order ON chat_order_links(order_id);
          """)
    }
    // Payment received is a fact next to the status, not a status; a status change may carry a
    // note (the reason of a cancellation).
    migrator.registerMigration("flowershop-v3-payment-and-notes") { db in
      try db.execute(
        sql: """
          ALTER TABLE orders ADD COLUMN paid_at DATETIME;
          ALTER TABLE orders ADD COLUMN paid_by TEXT;
          ALTER TABLE order_status_history ADD COLUMN note TEXT;
          """)
    }
    // Where a product comes from: `config` (the shop file, re-synced at every start) or
    // `import`/`admin` (added at run time, kept across restarts). A shop-file product whose
    // price or visibility an admin changed in chat reads `config:<fields>` (e.g.
    // `config:available,price`): those fields are no longer taken from the file.
    migrator.registerMigration("flowershop-v4-product-source") { db in
      try db.execute(sql: "ALTER TABLE products ADD COLUMN source TEXT NOT NULL DEFAULT 'config'")
    }
    // Pre-delivery photos: each round is the florist's photo (or album) and the customer's answer.
    migrator.registerMigration("flowershop-v5-order-photos") { db in
      try db.execute(
        sql: """
          CREATE TABLE order_photo_rounds (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            sent_by TEXT NOT NULL,
            sent_chat INTEGER NOT NULL,
            sent_at DATETIME NOT NULL,
            decision TEXT,
            decided_by TEXT,
            decided_at DATETIME,
            comment TEXT,
            comment_photo TEXT,
            comment_by TEXT,
            comment_at DATETIME,
            UNIQUE (order_id, number)
          );
          CREATE TABLE order_photos (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            round_id INTEGER NOT NULL REFERENCES order_photo_rounds(id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'pre_delivery',
            position INTEGER NOT NULL,
            file_id TEXT NOT NULL,
            local_path TEXT,
            sent_by TEXT NOT NULL,
            sent_at DATETIME NOT NULL
          );
          CREATE INDEX order_photos_order ON order_photos(order_id, round_id, position);
          """)
    }
    // A version that changes with every catalog change, so the catalog can be cached (issue 8).
    CatalogVersionSchema.register(in: &migrator)
    // Shop data in other languages (products, categories), kept next to the default text.
    registerTranslations(in: &migrator)
  }
}
