import FlowerShop
import Foundation
import Testing

@testable import VisualSearch

@Suite struct MatchRuleTests {
  let rule = MatchRule(exactThreshold: 0.9, exactMargin: 0.03, similarThreshold: 0.75, maxSimilar: 3)

  func ranked(_ scores: [Float]) -> [ScoredProduct] {
    scores.enumerated().map { ScoredProduct(product: ProductID(Int64($0.offset + 1)), similarity: $0.element) }
  }

  @Test func exactWhenAboveT1AndAheadOfTheSecondByTheMargin() {
    #expect(rule.classify(ranked([0.95, 0.91])) == .exact(ScoredProduct(product: ProductID(1), similarity: 0.95)))
    #expect(rule.classify(ranked([0.9])) == .exact(ScoredProduct(product: ProductID(1), similarity: 0.9)))
  }

  @Test func twoProductsNeckAndNeckAreSimilarNotExact() {
    #expect(rule.classify(ranked([0.95, 0.94, 0.7])) == .similar(ranked([0.95, 0.94])))
  }

  @Test func similarAboveT2AtMostMaxSimilar() {
    #expect(rule.classify(ranked([0.85, 0.8, 0.78, 0.76, 0.75, 0.5])) == .similar(ranked([0.85, 0.8, 0.78])))
    #expect(rule.classify(ranked([0.89, 0.5])) == .similar(ranked([0.89])))
  }

  @Test func noneBelowT2OrWhenTheCatalogIsEmpty() {
    #expect(rule.classify(ranked([0.74, 0.7])) == .none)
    #expect(rule.classify([]) == .none)
  }

  @Test func decodingErrorsMapToFailures() {
    #expect(PhotoSearchFailure(.unsupportedFormat(.heic)) == .unsupported)
    #expect(PhotoSearchFailure(.truncated) == .corrupt)
    #expect(PhotoSearchFailure(.corrupt("bad")) == .corrupt)
    #expect(PhotoSearchFailure(.tooManyPixels(width: 1, height: 1, limit: 0)) == .tooLarge)
  }

  @Test func photoSearchTurnsEveryInputIntoAnOutcome() throws {
    let search = try demoSearch()
    let photo = try demoImage("box-red-roses")
    guard case .exact(let hit) = search.search(imageData: photo) else { Issue.record("expected exact"); return }
    #expect(hit.product == ProductID(10))
    #expect(search.search(imageData: Data("not an image".utf8)) == .failed(.unsupported))
    #expect(search.search(imageData: photo.prefix(photo.count / 3)) == .failed(.corrupt))
    let small = PhotoSearch(embedder: search.embedder, index: search.snapshot, maxBytes: 1000)
    #expect(small.search(imageData: photo) == .failed(.tooLarge))
    let document = try Data(contentsOf: fixtures.appendingPathComponent("negatives/other-01.jpg"))
    #expect(search.search(imageData: document) == .none)
  }
}
