import CVectorKernel
import FlowerShop

/// A product and how alike its best image is to the query (cosine, −1…1).
public struct ScoredProduct: Sendable, Equatable, Codable {
  public var product: ProductID
  public var similarity: Float
  public init(product: ProductID, similarity: Float) {
    self.product = product
    self.similarity = similarity
  }
}

/// Image vectors of the catalog in memory, searched by brute force with several query vectors
/// at once, keeping each product's best score; unavailable products are skipped.
///
/// Each component is a signed byte, with one scale a vector (a quarter of the memory of
/// `Float`; cosines within ±0.005, see `quantize`), scored by an integer kernel (CVectorKernel:
/// AVX-512 VNNI or AVX2 when the CPU has it). A photo brings a primary vector (the whole photo)
/// and secondary ones (its crops). The primary vectors sit one after another in one contiguous
/// array that the first pass streams through; then the secondary vectors of the best
/// `shortlist` products are scored.
public struct VectorIndex: Sendable {
  public let dimension: Int
  /// Products scored on all their vectors after the first pass over primary vectors.
  public var shortlist = 64
  /// One vector a photo: the whole photo.
  private var primary = ByteVectors()
  /// For each photo (primary vector), the slot of its product.
  private var photoSlot: [Int32] = []
  /// The crops' vectors, and for each the photo it comes from.
  private var secondary = ByteVectors()
  private var secondaryPhoto: [Int32] = []
  /// For each product slot, its rows in `secondary`.
  private var slotSecondaries: [[Int64]] = []
  private var slotProducts: [ProductID] = []
  private var slotAvailable: [Bool] = []
  private var slotOf: [ProductID: Int] = [:]

  /// `dimension` must be a positive multiple of 8.
  public init(dimension: Int) {
    precondition(dimension > 0 && dimension % 8 == 0, "dimension must be a positive multiple of 8")
    self.dimension = dimension
  }

  /// Number of vectors.
  public var count: Int { photoSlot.count + secondaryPhoto.count }
  /// Products that own at least one vector.
  public var productCount: Int { slotProducts.count }

  /// Whether `product` owns vectors here.
  public func contains(_ product: ProductID) -> Bool { slotOf[product] != nil }
  /// Bytes held by the vectors and their bookkeeping (an array of a product's rows counts with
  /// its 32-byte heap header).
  public var memoryBytes: Int {
    primary.memoryBytes + secondary.memoryBytes + photoSlot.capacity * 4 + secondaryPhoto.capacity * 4
      + slotSecondaries.reduce(slotSecondaries.capacity * 8) { $0 + 32 + $1.capacity * 8 }
      + slotProducts.capacity * 8 + slotAvailable.capacity + slotOf.capacity * 24
  }

  /// Adds the vectors of one photo of `product`: the whole photo first, then its crops. A
  /// product not known yet becomes available.
  public mutating func add(_ vectors: [[Float]], for product: ProductID) {
    precondition(vectors.allSatisfy { $0.count == dimension }, "vector of the wrong dimension")
    addQuantized(vectors.map(Self.quantize), for: product)
  }

  private mutating func addQuantized(_ vectors: [([Int8], Float)], for product: ProductID) {
    guard let (bytes, scale) = vectors.first else { return }
    let slot =
      slotOf[product]
      ?? {
        slotProducts.append(product)
        slotAvailable.append(true)
        slotSecondaries.append([])
        slotOf[product] = slotProducts.count - 1
        return slotProducts.count - 1
      }()
    primary.append(bytes, scale)
    photoSlot.append(Int32(slot))
    for (bytes, scale) in vectors.dropFirst() {
      slotSecondaries[slot].append(Int64(secondary.count))
      secondary.append(bytes, scale)
      secondaryPhoto.append(Int32(photoSlot.count - 1))
    }
  }

  /// Whether search results may include `product`.
  public mutating func setAvailable(_ available: Bool, for product: ProductID) {
    if let slot = slotOf[product] { slotAvailable[slot] = available }
  }

  /// Drops every vector of `product`.
  public mutating func remove(_ product: ProductID) {
    guard let removed = slotOf[product] else { return }
    var rebuilt = VectorIndex(dimension: dimension)
    rebuilt.shortlist = shortlist
    var crops = [[Int]](repeating: [], count: photoSlot.count)
    for (row, photo) in secondaryPhoto.enumerated() { crops[Int(photo)].append(row) }
    for photo in photoSlot.indices where Int(photoSlot[photo]) != removed {
      let owner = slotProducts[Int(photoSlot[photo])]
      let vectors = [primary.quantized(photo, dimension)] + crops[photo].map { secondary.quantized($0, dimension) }
      rebuilt.addQuantized(vectors, for: owner)
      rebuilt.setAvailable(slotAvailable[Int(photoSlot[photo])], for: owner)
    }
    self = rebuilt
  }

  /// Drops the spare capacity that growing arrays keep (call once the index is loaded).
  public mutating func compact() {
    primary.compact()
    secondary.compact()
    photoSlot = exactCapacity(photoSlot)
    secondaryPhoto = exactCapacity(secondaryPhoto)
    slotSecondaries = exactCapacity(slotSecondaries.map(exactCapacity))
    slotProducts = exactCapacity(slotProducts)
    slotAvailable = exactCapacity(slotAvailable)
  }

  /// The `top` available products with the highest cosine between any of their vectors and any
  /// of `queries`, best first (ties by product id).
  public func search(_ queries: [[Float]], top: Int) -> [ScoredProduct] {
    guard !queries.isEmpty, top > 0, !photoSlot.isEmpty else { return [] }
    precondition(queries.allSatisfy { $0.count == dimension }, "query of the wrong dimension")
    let packed = QueryBytes(queries.map(Self.quantize))
    var best = [Float](repeating: -.infinity, count: slotProducts.count)
    for (photo, score) in primary.best(rows: nil, count: photoSlot.count, dimension, packed).enumerated() {
      let slot = Int(photoSlot[photo])
      if score > best[slot] { best[slot] = score }
    }
    let first = ranked(best, limit: max(shortlist, top))
    var finalists = [Float](repeating: -.infinity, count: slotProducts.count)
    for scored in first { finalists[slotOf[scored.product]!] = best[slotOf[scored.product]!] }
    let rows = first.flatMap { slotSecondaries[slotOf[$0.product]!] }
    for (row, score) in zip(rows, secondary.best(rows: rows, count: rows.count, dimension, packed)) {
      let slot = Int(photoSlot[Int(secondaryPhoto[Int(row)])])
      if score > finalists[slot] { finalists[slot] = score }
    }
    return ranked(finalists, limit: top)
  }

  /// The `limit` available products with the best scores (`-infinity`: not scored), best first
  /// (ties by product id): a bounded insertion of candidates.
  private func ranked(_ best: [Float], limit: Int) -> [ScoredProduct] {
    func before(_ a: ScoredProduct, _ b: ScoredProduct) -> Bool {
      a.similarity != b.similarity ? a.similarity > b.similarity : a.product < b.product
    }
    var kept: [ScoredProduct] = []
    kept.reserveCapacity(limit + 1)
    for slot in best.indices where best[slot] > -.infinity && slotAvailable[slot] {
      let candidate = ScoredProduct(product: slotProducts[slot], similarity: min(1, best[slot]))
      if kept.count == limit, let last = kept.last, !before(candidate, last) { continue }
      let at = kept.firstIndex { before(candidate, $0) } ?? kept.count
      kept.insert(candidate, at: at)
      if kept.count > limit { kept.removeLast() }
    }
    return kept
  }
}
