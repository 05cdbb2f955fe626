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
/// Vectors sit one after another in one contiguous array, each component a signed byte with
/// one scale a vector (a quarter of the memory of `Float`; cosines within ±0.005). A photo
/// brings a primary vector (the whole photo) and secondary ones (its crops). Search scores the
/// primary vectors of every product first, then every vector of the best `shortlist` products.
public struct VectorIndex: Sendable {
  public let dimension: Int
  /// Products scored on all their vectors after the first pass over primary vectors.
  public var shortlist = 64
  private var storage: [Int8] = []
  private var scales: [Float] = []
  /// For each vector, the slot of its product.
  private var owners: [Int] = []
  private var primaryRows: [Int64] = []
  private var slotRows: [[Int64]] = []
  private var slotProducts: [ProductID] = []
  private var slotAvailable: [Bool] = []
  private var slotOf: [ProductID: Int] = [:]

  /// `dimension` must be a positive multiple of 8.
  public init(dimension: Int) {
    precondition(dimension > 0 && dimension % 8 == 0, "dimension must be a positive multiple of 8")
    self.dimension = dimension
  }

  /// Number of vectors.
  public var count: Int { owners.count }
  /// Products that own at least one vector.
  public var productCount: Int { slotProducts.count }
  /// Bytes held by the vectors and their bookkeeping.
  public var memoryBytes: Int {
    storage.capacity + scales.capacity * 4 + owners.capacity * 8 + primaryRows.capacity * 8
      + slotRows.reduce(slotRows.capacity * 8) { $0 + $1.capacity * 8 } + slotProducts.capacity * 8
      + slotAvailable.capacity + slotOf.capacity * 24
  }

  /// Adds the vectors of one photo of `product`: the whole photo first, then its crops. A
  /// product not known yet becomes available.
  public mutating func add(_ vectors: [[Float]], for product: ProductID) {
    let slot =
      slotOf[product]
      ?? {
        slotProducts.append(product)
        slotAvailable.append(true)
        slotRows.append([])
        slotOf[product] = slotProducts.count - 1
        return slotProducts.count - 1
      }()
    for (n, vector) in vectors.enumerated() {
      precondition(vector.count == dimension, "vector of the wrong dimension")
      let (bytes, scale) = Self.quantize(vector)
      let row = Int64(owners.count)
      storage += bytes
      scales.append(scale)
      owners.append(slot)
      slotRows[slot].append(row)
      if n == 0 { primaryRows.append(row) }
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
    let primary = Set(primaryRows)
    var photo: [[Float]] = []
    var owner = -1
    for row in 0...owners.count {
      if row == owners.count || primary.contains(Int64(row)) {
        if owner >= 0, owner != removed {
          rebuilt.add(photo, for: slotProducts[owner])
          rebuilt.setAvailable(slotAvailable[owner], for: slotProducts[owner])
        }
        photo = []
      }
      guard row < owners.count else { break }
      owner = owners[row]
      photo.append(storage[(row * dimension)..<((row + 1) * dimension)].map { Float($0) * scales[row] })
    }
    self = rebuilt
  }

  /// The `top` available products with the highest cosine between any of their vectors and any
  /// of `queries`, best first (ties by product id).
  public func search(_ queries: [[Float]], top: Int) -> [ScoredProduct] {
    guard !queries.isEmpty, top > 0, !owners.isEmpty else { return [] }
    var packed: [Int8] = []
    packed.reserveCapacity(queries.count * dimension)
    var queryScales: [Float] = []
    for query in queries {
      precondition(query.count == dimension, "query of the wrong dimension")
      let (bytes, scale) = Self.quantize(query)
      packed += bytes
      queryScales.append(scale)
    }
    func best(_ rows: [Int64]) -> [Float] {
      var scores = [Float](repeating: 0, count: rows.count)
      fb_best_dots_rows(storage, scales, rows, rows.count, dimension, packed, queryScales, queries.count, &scores)
      return scores
    }
    let first = ranked(rows: primaryRows, scores: best(primaryRows))
    let finalists = first.prefix(max(shortlist, top)).flatMap { slotRows[slotOf[$0.product]!] }
    return Array(ranked(rows: finalists, scores: best(finalists)).prefix(top))
  }

  /// Best score per available product over the given rows, best first.
  private func ranked(rows: [Int64], scores: [Float]) -> [ScoredProduct] {
    var best: [Int: Float] = [:]
    for (row, score) in zip(rows, scores) {
      let slot = owners[Int(row)]
      guard slotAvailable[slot] else { continue }
      if score > best[slot, default: -.infinity] { best[slot] = score }
    }
    return best.map { ScoredProduct(product: slotProducts[$0.key], similarity: min(1, $0.value)) }
      .sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.product < $1.product }
  }

  /// Signed bytes and the scale that multiplies them back (the largest component maps to 127).
  static func quantize(_ vector: [Float]) -> ([Int8], Float) {
    let largest = vector.reduce(0) { max($0, abs($1)) }
    let scale = largest > 0 ? largest / 127 : 1
    return (vector.map { Int8(($0 / scale).rounded()) }, scale)
  }
}
