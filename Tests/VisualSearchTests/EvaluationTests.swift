import FlowerShop
import Foundation
import Testing

@testable import VisualSearch

@Suite struct EvaluationTests {
  @Test func transformedCatalogPhotosAreFoundAndNegativesAreNeverExact() throws {
    let set = try EvaluationSet.load(fixtures: fixtures, demoShop: demoShopDirectory)
    let report = Evaluation(embedder: DescriptorEmbedder(), rule: .descriptorDefault).run(set)
    print(report.summary)
    for failure in report.failures {
      print("miss: \(failure.name) → \(failure.ranked.prefix(3).map { "\($0.product):\($0.similarity)" })")
    }
    for negative in report.negatives where negative.isExact {
      print("false exact: \(negative.name) → \(negative.ranked.prefix(2).map { "\($0.product):\($0.similarity)" })")
    }
    #expect(report.top1Accuracy >= 0.98)
    #expect(report.falseExactRate == 0)
  }

  /// Fixtures/arrangements holds four other arrangements of each of the 40 generated catalog
  /// bouquets (Benchmarks/make_eval_images.py), each query pointing at its bouquet's product.
  @Test func everyGeneratedBouquetHasFourOtherArrangements() throws {
    let set = try EvaluationSet.load(fixtures: fixtures, demoShop: demoShopDirectory)
    #expect(set.arrangements.count == 160)
    let perProduct = Dictionary(grouping: set.arrangements, by: \.0).mapValues(\.count)
    #expect(perProduct.count == 40 && perProduct.values.allSatisfy { $0 == 4 })
    #expect(perProduct.keys.allSatisfy { (101...140).contains($0.rawValue) })
  }
}
