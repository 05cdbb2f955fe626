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
}
