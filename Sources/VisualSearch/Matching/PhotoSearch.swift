import FlowerShop
import Foundation
import GRDB

/// Photo search: decode → embed several views → search the in-memory index → decide.
/// Thread-safe; CPU-bound for a few milliseconds, with no I/O: callers run it outside any
/// database transaction.
public final class PhotoSearch: Sendable {
  public let embedder: any Embedder
  public let decoder: ImageDecoder
  public let rule: MatchRule
  /// Larger files are refused before decoding (Telegram's getFile serves at most 20 MB).
  public let maxBytes: Int
  private let index: LockedIndex

  public init(
    embedder: any Embedder, index: VectorIndex, rule: MatchRule = .descriptorDefault,
    decoder: ImageDecoder = ImageDecoder(), maxBytes: Int = 20_000_000
  ) {
    precondition(index.dimension == embedder.dimension, "index and embedder dimensions differ")
    self.embedder = embedder
    self.decoder = decoder
    self.rule = rule
    self.maxBytes = maxBytes
    self.index = LockedIndex(index)
  }

  /// Searches the catalog for the bouquet in the photo; never throws: failures are an outcome.
  public func search(imageData: Data) -> PhotoSearchOutcome {
    do {
      return rule.classify(try rank(imageData: imageData, top: max(rule.maxSimilar, 2)))
    } catch {
      return .failed(PhotoSearchFailure(error))
    }
  }

  /// The `top` products most like the photo, best first.
  public func rank(imageData: Data, top: Int) throws(ImageDecodingError) -> [ScoredProduct] {
    guard imageData.count <= maxBytes else { throw .tooManyPixels(width: 0, height: 0, limit: decoder.pixelBudget) }
    return rank(image: try decoder.decode(imageData, minSide: embedder.preferredMinSide), top: top)
  }

  /// The `top` products most like a decoded photo, best first.
  public func rank(image: RGBImage, top: Int) -> [ScoredProduct] {
    let queries = embedder.embed(QueryViews.views(of: image, mirrored: !embedder.mirrorInvariant))
    return index.read { $0.search(queries, top: top) }
  }

  /// A copy of the index as it is now (cheap: arrays are copied on write).
  public var snapshot: VectorIndex { index.read { $0 } }

  /// Changes the index (a product indexed, removed, made (un)available).
  public func updateIndex(_ body: (inout VectorIndex) -> Void) { index.write(body) }
}

/// The index behind a lock: searches copy it out (copy-on-write) and run unlocked.
private final class LockedIndex: @unchecked Sendable {
  private let lock = NSLock()
  private var value: VectorIndex

  init(_ value: VectorIndex) { self.value = value }

  func read<T>(_ body: (VectorIndex) -> T) -> T {
    lock.lock()
    let copy = value
    lock.unlock()
    return body(copy)
  }

  func write(_ body: (inout VectorIndex) -> Void) {
    lock.lock()
    defer { lock.unlock() }
    body(&value)
  }
}

extension PhotoSearch {
  /// The photo search of a shop as its database holds it: every vector of `embedder`, with the
  /// products' availability. Call after `CatalogIndexer.indexCatalog`.
  public static func load(
    _ database: any DatabaseReader, shopID: String, embedder: any Embedder, rule: MatchRule = .descriptorDefault
  ) throws -> PhotoSearch {
    let index = try database.read { db in try EmbeddingStore.loadIndex(db, shopID: shopID, embedder: embedder) }
    return PhotoSearch(embedder: embedder, index: index, rule: rule)
  }

  /// Replaces the in-memory index with the database's (after an import, a new product, a
  /// change of availability).
  public func reload(from database: any DatabaseReader, shopID: String) throws {
    let fresh = try database.read { db in try EmbeddingStore.loadIndex(db, shopID: shopID, embedder: embedder) }
    updateIndex { $0 = fresh }
  }
}
