import FlowerShop
import Foundation
import Testing

@testable import VisualSearch

@Suite struct VectorIndexTests {
  func unit(_ values: [Float]) -> [Float] {
    var v = values + [Float](repeating: 0, count: 8 - values.count)
    v.normalizeL2()
    return v
  }

  @Test func keepsTheBestVectorOfEachProductAndRanksProducts() {
    var index = VectorIndex(dimension: 8)
    index.add([unit([1, 0, 0]), unit([0, 1, 0])], for: ProductID(1))
    index.add([unit([1, 1, 0])], for: ProductID(2))
    index.add([unit([0, 0, 1])], for: ProductID(3))
    #expect(index.count == 4 && index.productCount == 3)
    let ranked = index.search([unit([0, 1, 0])], top: 2)
    #expect(ranked.map(\.product) == [ProductID(1), ProductID(2)])
    #expect(abs(ranked[0].similarity - 1) < 0.01)
    #expect(abs(ranked[1].similarity - 0.7071) < 0.01)
    let twoQueries = index.search([unit([0, 0, 1]), unit([0.1, 1, 0])], top: 3)
    #expect(twoQueries.map(\.product) == [ProductID(3), ProductID(1), ProductID(2)])
  }

  @Test func skipsUnavailableProductsAndForgetsRemovedOnes() {
    var index = VectorIndex(dimension: 8)
    index.add([unit([1, 0])], for: ProductID(1))
    index.add([unit([1, 0.2])], for: ProductID(2))
    index.setAvailable(false, for: ProductID(1))
    #expect(index.search([unit([1, 0])], top: 5).map(\.product) == [ProductID(2)])
    index.setAvailable(true, for: ProductID(1))
    index.remove(ProductID(2))
    #expect(index.search([unit([1, 0])], top: 5).map(\.product) == [ProductID(1)])
    #expect(index.count == 1)
    #expect(index.contains(ProductID(1)) && !index.contains(ProductID(2)))
  }

  @Test func quantizedScoresStayWithinAFewThousandths() throws {
    let embedder = DescriptorEmbedder()
    let a = embedder.embed(try decodeDemoImage("mix-sunny"))
    let b = embedder.embed(try decodeDemoImage("mix-provence"))
    var index = VectorIndex(dimension: embedder.dimension)
    index.add([b], for: ProductID(1))
    let score = try #require(index.search([a], top: 1).first).similarity
    #expect(abs(score - cosine(a, b)) < 0.005)
  }
}
