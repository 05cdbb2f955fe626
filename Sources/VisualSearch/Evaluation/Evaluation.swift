import FlowerShop
import Foundation

/// The evaluation set: catalog products with their photos, extra queries known to show a
/// product (screenshots made elsewhere), and negatives (photos of nothing in the catalog).
public struct EvaluationSet: Sendable {
  public var products: [(ProductID, [RGBImage])]
  public var extraQueries: [(ProductID, String, Data)]
  public var negatives: [(String, Data)]
  /// Products whose photos are real photos (`addPhotos`), reported apart.
  public var photoProducts: Set<ProductID> = []
  /// Other arrangements of catalog bouquets (same kind of flowers, colours and wrapping, another
  /// layout): queries whose product should be among the first five, reported apart.
  public var arrangements: [(ProductID, String, Data)] = []

  public init(
    products: [(ProductID, [RGBImage])], extraQueries: [(ProductID, String, Data)], negatives: [(String, Data)]
  ) {
    self.products = products
    self.extraQueries = extraQueries
    self.negatives = negatives
  }
}

extension EvaluationSet {
  /// Loads the committed evaluation set: the demo shop's products and photos (`demoShop`, the
  /// folder with shop.json), generated bouquets in `fixtures/catalog` as products 101…, other
  /// arrangements of them in `fixtures/arrangements` (`gen-07.jpg`, `gen-07.2.jpg`, …),
  /// screenshots in `fixtures/queries` named after the demo photo they show, and
  /// `fixtures/negatives`. Catalog photos are decoded at full size (edits start from them).
  public static func load(fixtures: URL, demoShop: URL) throws -> EvaluationSet {
    let shop = try ShopConfigurationLoader.load(from: demoShop.appendingPathComponent("shop.json"))
    func decode(_ url: URL) throws -> RGBImage { try ImageDecoder().decode(try Data(contentsOf: url)) }
    func jpegs(_ folder: String) throws -> [URL] {
      let directory = fixtures.appendingPathComponent(folder)
      return try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().filter {
        $0.hasSuffix(".jpg")
      }
      .map { directory.appendingPathComponent($0) }
    }
    var products: [(ProductID, [RGBImage])] = try shop.catalog.products.map { product in
      (product.id, try product.images.map { try decode(demoShop.appendingPathComponent($0)) })
    }
    var generated: [String: ProductID] = [:]
    for (n, url) in try jpegs("catalog").enumerated() {
      generated[url.lastPathComponent] = ProductID(Int64(101 + n))
      products.append((ProductID(Int64(101 + n)), [try decode(url)]))
    }
    let arranged = FileManager.default.fileExists(atPath: fixtures.appendingPathComponent("arrangements").path)
    let arrangements: [(ProductID, String, Data)] = try (arranged ? jpegs("arrangements") : []).compactMap { url in
      // gen-07.jpg, gen-07.2.jpg, … are arrangements of catalog/gen-07.jpg.
      let bouquet = String(url.lastPathComponent.prefix { $0 != "." }) + ".jpg"
      return try generated[bouquet].map { ($0, "arrangement " + url.lastPathComponent, try Data(contentsOf: url)) }
    }
    var byStem: [String: ProductID] = [:]
    for product in shop.catalog.products {
      for image in product.images {
        byStem[URL(fileURLWithPath: image).deletingPathExtension().lastPathComponent] = product.id
      }
    }
    let extra: [(ProductID, String, Data)] = try jpegs("queries").compactMap { url in
      let stem = String(url.lastPathComponent.prefix { $0 != "." })
      return try byStem[stem].map { ($0, url.lastPathComponent, try Data(contentsOf: url)) }
    }
    let negatives = try jpegs("negatives").map { ($0.lastPathComponent, try Data(contentsOf: $0)) }
    var set = EvaluationSet(products: products, extraQueries: extra, negatives: negatives)
    set.arrangements = arrangements
    return set
  }
}

/// One query of the evaluation and what the search made of it.
public struct EvaluationQuery: Sendable {
  public var name: String
  /// The product the query shows; nil for a negative.
  public var expected: ProductID?
  public var ranked: [ScoredProduct]
  public var outcome: PhotoSearchOutcome

  public var isTop1: Bool { ranked.first?.product == expected }
  public var isExact: Bool {
    if case .exact = outcome { return true }
    return false
  }
}

/// Runs the evaluation through the production path (JPEG bytes → decode → views → embed →
/// search → rule) and reports accuracy and score distributions.
public struct Evaluation: Sendable {
  public var embedder: any Embedder
  public var rule: MatchRule
  public var edits: [QueryEdit]
  /// Products rescored on all their vectors (`VectorIndex.shortlist`); small values show how
  /// much the first pass over whole-photo vectors alone would miss.
  public var shortlist = 64
  /// When set, only these products' photos are edited into queries (all are indexed).
  public var queriedProducts: Set<ProductID>? = nil

  public init(embedder: any Embedder, rule: MatchRule, edits: [QueryEdit] = QueryEdit.standard) {
    self.embedder = embedder
    self.rule = rule
    self.edits = edits
  }

  public func run(_ set: EvaluationSet) -> EvaluationReport {
    // The catalog goes through the indexer's path too: JPEG bytes, scaled decoding, views.
    let indexer = CatalogIndexer(embedder: embedder)
    var index = VectorIndex(dimension: embedder.dimension)
    index.shortlist = shortlist
    for (product, images) in set.products {
      for image in images {
        guard let data = image.jpegData(quality: 95), let vectors = try? indexer.vectors(imageData: data) else {
          continue
        }
        index.add(vectors, for: product)
      }
    }
    let search = PhotoSearch(embedder: embedder, index: index, rule: rule)
    func query(_ name: String, _ expected: ProductID?, _ data: Data) -> EvaluationQuery {
      let ranked = (try? search.rank(imageData: data, top: 10)) ?? []
      return EvaluationQuery(name: name, expected: expected, ranked: ranked, outcome: rule.classify(ranked))
    }
    var positives: [EvaluationQuery] = []
    for (product, images) in set.products where queriedProducts?.contains(product) ?? true {
      for (n, image) in images.enumerated() {
        for edit in edits {
          guard let data = edit.apply(to: image).jpegData(quality: 92) else { continue }
          positives.append(query("product \(product) image \(n): \(edit)", product, data))
        }
      }
    }
    positives += set.extraQueries.map { query($0.1, $0.0, $0.2) }
    let negatives = set.negatives.map { query($0.0, nil, $0.1) }
    let arrangements = queriedProducts == nil ? set.arrangements.map { query($0.1, $0.0, $0.2) } : []
    return EvaluationReport(positives: positives, negatives: negatives, rule: rule, arrangements: arrangements)
  }
}
