import FlowerShop
import Foundation
import GRDB

/// What an indexing pass did.
public struct IndexingReport: Sendable, Equatable {
  /// Images embedded now.
  public var indexed = 0
  /// Images already indexed with this embedder and unchanged.
  public var unchanged = 0
  /// Rows dropped: another embedder's, or images no longer listed.
  public var removed = 0
  /// Images that could not be read or decoded, with the reason (they stay unindexed).
  public var failed: [String: String] = [:]
  public init() {}
}

/// Indexes product images: reads, decodes and embeds the indexed views of each image
/// (`IndexViews`) and stores their vectors. Embedding happens outside write transactions.
public struct CatalogIndexer: Sendable {
  public var embedder: any Embedder
  public var decoder: ImageDecoder

  public init(embedder: any Embedder, decoder: ImageDecoder = ImageDecoder()) {
    self.embedder = embedder
    self.decoder = decoder
  }

  /// The vectors indexed for one image (`Embedder.indexVectors`).
  public func vectors(imageData: Data) throws(ImageDecodingError) -> [[Float]] {
    let image = try decoder.decode(imageData, minSide: embedder.preferredMinSide)
    return embedder.indexVectors(of: image)
  }

  /// Indexes every image of the shop's products (available or not) that has no vectors from
  /// this embedder yet or whose file changed since; drops vectors of other embedders and of
  /// images no longer listed. Image names resolve against `imageDirectory` (absolute ones as is).
  @discardableResult
  public func indexCatalog(_ database: any DatabaseWriter, shopID: String, imageDirectory: URL) throws -> IndexingReport
  {
    let (catalog, stamps) = try database.read { db in
      (try ShopStore.catalog(db, shopID: shopID), try EmbeddingStore.stamps(db, embedder: embedder))
    }
    var report = IndexingReport()
    var keep = Set<ProductImageKey>()
    var fresh: [(ProductImageKey, String, [[Float]])] = []
    for product in catalog.products.values.sorted(by: { $0.id < $1.id }) {
      for name in product.images {
        let key = ProductImageKey(product: product.id, image: name)
        keep.insert(key)
        let url = ProductImage.url(name, in: imageDirectory)
        guard let stamp = Self.stamp(of: url) else {
          report.failed[name] = "no such file"
          continue
        }
        if stamps[key] == stamp {
          report.unchanged += 1
          continue
        }
        do {
          fresh.append((key, stamp, try vectors(imageData: try Data(contentsOf: url))))
        } catch {
          report.failed[name] = String(describing: error)
        }
      }
    }
    try database.write { db in
      report.removed = try EmbeddingStore.prune(db, embedder: embedder, keep: keep)
      for (key, stamp, vectors) in fresh {
        try EmbeddingStore.save(db, key: key, embedder: embedder, stamp: stamp, vectors: vectors)
      }
    }
    report.indexed = fresh.count
    return report
  }

  /// Size and modification time of a file: cheap to read at every start.
  static func stamp(of url: URL) -> String? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
      let size = attributes[.size] as? NSNumber
    else { return nil }
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(size.int64Value)-\(Int64(modified * 1000))"
  }
}
