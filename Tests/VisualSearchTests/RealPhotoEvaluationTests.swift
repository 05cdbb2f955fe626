import FlowerShop
import Foundation
import Testing

@testable import VisualSearch

/// The real photos fetched by `Benchmarks/photos/fetch.sh` (Benchmarks/photos/SOURCES.md).
enum RealPhotos {
  static let folder = repositoryRoot.appendingPathComponent("Benchmarks/photos/cache")
  static var available: Bool { EvaluationSet.photosPresent(folder) }

  /// The generated evaluation set with the real photos added.
  static func set() throws -> EvaluationSet {
    var set = try EvaluationSet.load(fixtures: fixtures, demoShop: demoShopDirectory)
    try set.addPhotos(from: folder)
    return set
  }

  static func check(_ report: EvaluationReport, _ products: Set<ProductID>) {
    let real = report.restricted(to: products)
    print(real.summary)
    for miss in real.failures {
      print("miss: \(miss.name) → \(miss.ranked.prefix(3).map { "\($0.product):\($0.similarity)" })")
    }
    for negative in real.negatives where negative.isExact {
      print("false exact: \(negative.name) → \(negative.ranked.prefix(2).map { "\($0.product):\($0.similarity)" })")
    }
    #expect(real.positives.count >= 10 * products.count && real.negatives.count >= 15)
    #expect(real.top1Accuracy >= 0.98)
    #expect(real.wrongExactRate == 0)
    #expect(real.falseExactRate == 0)
  }
}

@Suite(
  .enabled(if: RealPhotos.available, "no real photos in Benchmarks/photos/cache (bash Benchmarks/photos/fetch.sh)"))
struct RealPhotoEvaluationTests {
  /// Real photos as catalog products, found again after every standard edit; real photos of
  /// other things never "exact" (the hand-made descriptor, all edits).
  @Test func descriptorFindsEditedRealPhotosAndNoRealNegativeIsExact() throws {
    let set = try RealPhotos.set()
    let report = Evaluation(embedder: DescriptorEmbedder(), rule: .descriptorDefault).run(set)
    RealPhotos.check(report, set.photoProducts)
  }

  /// The same with the neural embedder on a few of the edits (all of them: `bench search --eval`).
  @Test(.enabled(if: NeuralWeights.available, "no .weights/efficientnet-lite0.fbt (Benchmarks/weights/fetch.sh)"))
  func neuralFindsEditedRealPhotosAndNoRealNegativeIsExact() throws {
    var set = try RealPhotos.set()
    set.extraQueries = []
    set.negatives = set.negatives.filter { $0.0.hasPrefix(EvaluationSet.photoNegativePrefix) }
    let embedder = NeuralEmbedder(network: try NeuralWeights.network.get(), threads: 2)
    let edits: [QueryEdit] = [
      .chain([.crop(fraction: 0.15, anchorX: 1, anchorY: 1), .recompress(quality: 40)]), .screenshot,
      .chain([.mirror, .rotate(degrees: -5), .brightness(0.8)]), .caption(fraction: 0.15),
      .resize(width: 200, height: 200),
      .contrast(1.4), .border(fraction: 0.12, grey: 20), .crop(fraction: 0.2, anchorX: 0, anchorY: 0),
      .recompress(quality: 30), .rotate(degrees: 7),
    ]
    var evaluation = Evaluation(embedder: embedder, rule: .neuralDefault, edits: edits)
    evaluation.queriedProducts = set.photoProducts
    let report = evaluation.run(set)
    RealPhotos.check(report, set.photoProducts)
  }
}
