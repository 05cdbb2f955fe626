import FlowerShop
import Foundation

/// The measurements of `flowerbot bench search`: decode + embed time of a 1280×960 JPEG (the
/// whole query path: scaled decoding, views, embedding), search time at `catalog` products, and
/// index memory per product. Meaningful in release builds only.
public struct SearchBenchmark: Sendable {
  public var embedder: any Embedder
  public var catalog: Int
  public var runs: Int

  public init(embedder: any Embedder = DescriptorEmbedder(), catalog: Int, runs: Int) {
    self.embedder = embedder
    self.catalog = catalog
    self.runs = runs
  }

  /// Runs every measurement with a demo photo from `photos` (a folder of JPEGs) and returns
  /// the lines to print.
  public func run(photos: URL) throws -> [String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: photos.path).filter { $0.hasSuffix(".jpg") }
      .sorted()
    let photo = try ImageDecoder().decode(try Data(contentsOf: photos.appendingPathComponent(names[0])))
    guard let jpeg = photo.resized(width: 1280, height: 960).jpegData(quality: 90) else { return ["cannot encode"] }
    let decoder = ImageDecoder()
    var decodeTimes: [Duration] = []
    var embedTimes: [Duration] = []
    var queries: [[Float]] = []
    let clock = ContinuousClock()
    for _ in 0..<runs {
      let start = clock.now
      let image = try decoder.decode(jpeg, minSide: embedder.preferredMinSide)
      let decoded = clock.now
      queries = embedder.embed(QueryViews.views(of: image, mirrored: !embedder.mirrorInvariant))
      decodeTimes.append(decoded - start)
      embedTimes.append(clock.now - decoded)
    }
    let total = zip(decodeTimes, embedTimes).map { $0 + $1 }
    let index = try syntheticIndex(photos: names.map { photos.appendingPathComponent($0) })
    var searchTimes: [Duration] = []
    for _ in 0..<runs {
      let start = clock.now
      _ = index.search(queries, top: 10)
      searchTimes.append(clock.now - start)
    }
    let perProduct = Double(index.memoryBytes) / Double(max(1, catalog))
    return [
      "query photo: 1280×960 JPEG, \(jpeg.count / 1024) KB; \(queries.count) views × \(embedder.dimension) dimensions",
      "decode (scaled by libjpeg):  \(Timing(decodeTimes))",
      "views + embed:               \(Timing(embedTimes))",
      "decode + embed:              \(Timing(total))   (target ≤ 20 ms)",
      "search, \(catalog) products, \(index.count) vectors: \(Timing(searchTimes))   (target ≤ 5 ms)",
      String(
        format: "index memory: %.1f MB, %.0f bytes a product   (target ≤ 4096)", Double(index.memoryBytes) / 1e6,
        perProduct),
    ]
  }

  /// `catalog` products, each with the indexed views of one demo photo plus a little noise.
  private func syntheticIndex(photos: [URL]) throws -> VectorIndex {
    let indexer = CatalogIndexer(embedder: embedder)
    let bases = try photos.map { try indexer.vectors(imageData: try Data(contentsOf: $0)) }
    var index = VectorIndex(dimension: embedder.dimension)
    var seed: UInt64 = 42
    for product in 0..<catalog {
      let photo = bases[product % bases.count].map { base in
        var vector = base.map { value -> Float in
          seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          return value + (Float(seed >> 40) / Float(1 << 24) - 0.5) * 0.05
        }
        vector.normalizeL2()
        return vector
      }
      index.add(photo, for: ProductID(Int64(product + 1)))
    }
    index.compact()
    return index
  }
}

/// p50 and p99 of durations, in milliseconds.
struct Timing: CustomStringConvertible {
  var sorted: [Double]
  init(_ durations: [Duration]) {
    sorted = durations.map { Double($0.components.seconds) * 1000 + Double($0.components.attoseconds) / 1e15 }.sorted()
  }
  func at(_ p: Double) -> Double {
    sorted.isEmpty ? .nan : sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
  }
  var description: String { String(format: "p50 %.2f ms, p99 %.2f ms", at(0.5), at(0.99)) }
}

extension PhotoSearchOutcome {
  /// `exact`, `similar`, `none` or `failed (reason)`.
  public var kind: String {
    switch self {
    case .exact: "exact"
    case .similar: "similar"
    case .none: "none"
    case .failed(let failure): "failed (\(failure.rawValue))"
    }
  }
}
