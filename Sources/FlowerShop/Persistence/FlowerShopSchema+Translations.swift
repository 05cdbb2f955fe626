import GRDB

extension FlowerShopSchema {
  /// Shop data in other languages than the shop file's own: products' titles and descriptions
  /// and categories' titles, as the JSON of the shop file's `translations` object
  /// (`{"kk": {"title": "…"}, "en": {…}}`, `'{}'` for none). Registered last by `register(in:)`;
  /// a database migrated before it gets it as its only new migration.
  static func registerTranslations(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("flowershop-v8-translations") { db in
      try db.execute(
        sql: """
          ALTER TABLE products ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
          ALTER TABLE categories ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
          """)
    }
  }
}
