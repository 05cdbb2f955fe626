import FlowerShop
import Foundation
import GRDB

/// A product image as the index knows it.
public struct ProductImageKey: Hashable, Sendable {
  public var product: ProductID
  public var image: String
  public init(product: ProductID, image: String) {
    self.product = product
    self.image = image
  }
}

/// Vectors of product images in SQLite (`product_embeddings`).
public enum EmbeddingStore {
  /// The stamp of every image indexed with this embedder (name and version).
  public static func stamps(_ db: Database, embedder: any Embedder) throws -> [ProductImageKey: String] {
    let rows = try Row.fetchAll(
      db,
      sql: "SELECT product_id, image, stamp FROM product_embeddings WHERE embedder = ? AND embedder_version = ?",
      arguments: [embedder.name, embedder.version])
    var stamps: [ProductImageKey: String] = [:]
    for row in rows {
      stamps[ProductImageKey(product: ProductID(row["product_id"] as Int64), image: row["image"])] = row["stamp"]
    }
    return stamps
  }

  /// Stores (or replaces) the vectors of one image.
  public static func save(
    _ db: Database, key: ProductImageKey, embedder: any Embedder, stamp: String, vectors: [[Float]]
  ) throws {
    try db.execute(
      sql: """
        INSERT OR REPLACE INTO product_embeddings
          (product_id, image, embedder, embedder_version, stamp, dimension, vectors)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        key.product.rawValue, key.image, embedder.name, embedder.version, stamp, embedder.dimension, blob(vectors),
      ])
  }

  /// Deletes rows made by another embedder (or version) and rows of images not in `keep`.
  /// Returns how many rows went.
  @discardableResult
  public static func prune(_ db: Database, embedder: any Embedder, keep: Set<ProductImageKey>) throws -> Int {
    try db.execute(
      sql: "DELETE FROM product_embeddings WHERE embedder <> ? OR embedder_version <> ?",
      arguments: [embedder.name, embedder.version])
    var removed = db.changesCount
    for key in try stamps(db, embedder: embedder).keys where !keep.contains(key) {
      try db.execute(
        sql: "DELETE FROM product_embeddings WHERE product_id = ? AND image = ?",
        arguments: [key.product.rawValue, key.image])
      removed += db.changesCount
    }
    return removed
  }

  /// The in-memory index of a shop: every vector of this embedder, with each product's
  /// availability.
  public static func loadIndex(_ db: Database, shopID: String, embedder: any Embedder) throws -> VectorIndex {
    var index = VectorIndex(dimension: embedder.dimension)
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT e.product_id, e.vectors, p.available FROM product_embeddings e
        JOIN products p ON p.id = e.product_id
        WHERE p.shop_id = ? AND e.embedder = ? AND e.embedder_version = ? AND e.dimension = ?
        ORDER BY e.product_id, e.image
        """, arguments: [shopID, embedder.name, embedder.version, embedder.dimension])
    while let row = try rows.next() {
      let product = ProductID(row["product_id"] as Int64)
      index.add(vectors(row["vectors"] as Data, dimension: embedder.dimension), for: product)
      index.setAvailable(row["available"] as Bool, for: product)
    }
    index.compact()
    return index
  }

  static func blob(_ vectors: [[Float]]) -> Data {
    var data = Data(capacity: vectors.reduce(0) { $0 + $1.count } * 4)
    for value in vectors.joined() { withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) } }
    return data
  }

  static func vectors(_ data: Data, dimension: Int) -> [[Float]] {
    let bytes = [UInt8](data)
    let floats = (0..<(bytes.count / 4)).map { i in
      Float(
        bitPattern: UInt32(bytes[4 * i]) | UInt32(bytes[4 * i + 1]) << 8 | UInt32(bytes[4 * i + 2]) << 16
          | UInt32(bytes[4 * i + 3]) << 24)
    }
    return stride(from: 0, to: floats.count - dimension + 1, by: dimension).map { Array(floats[$0..<($0 + dimension)]) }
  }
}
