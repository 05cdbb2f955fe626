import GRDB

/// The table of product image vectors. Migrations are never edited once shipped.
public enum VisualSearchSchema {
  public static func register(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("visualsearch-v1-embeddings") { db in
      // One row a product image: the vectors of its indexed views (`IndexViews`), as
      // little-endian Float32, with the embedder that made them and the file's size and
      // modification time when it was read (`stamp`), so that start-up re-embeds only
      // what changed.
      try db.execute(
        sql: """
          CREATE TABLE product_embeddings (
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
            image TEXT NOT NULL,
            embedder TEXT NOT NULL,
            embedder_version INTEGER NOT NULL,
            stamp TEXT NOT NULL,
            dimension INTEGER NOT NULL,
            vectors BLOB NOT NULL,
            indexed_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
            PRIMARY KEY (product_id, image)
          );
          """)
    }
  }
}
