import FlowerShop
import Foundation
import Testing

@testable import VisualSearch

/// The index keeps vectors as signed bytes with one scale each and scores them with an integer
/// kernel (AVX2 when the CPU has it): its cosines must stay within 0.005 of float cosines.
@Suite struct QuantizationTests {
  /// Vectors of the generated catalog images of the evaluation set.
  func vectors(_ embedder: any Embedder, count: Int) throws -> [[Float]] {
    let folder = fixtures.appendingPathComponent("catalog")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jpg") }
      .sorted().prefix(count)
    let images = try names.map { try ImageDecoder().decode(try Data(contentsOf: folder.appendingPathComponent($0))) }
    return embedder.embed(images)
  }

  /// Every product's score against every query equals the float cosine within 0.005.
  func checkScores(_ vectors: [[Float]], dimension: Int) {
    var index = VectorIndex(dimension: dimension)
    for (n, vector) in vectors.enumerated() { index.add([vector], for: ProductID(Int64(n + 1))) }
    var worst: Float = 0
    for query in vectors {
      for scored in index.search([query], top: vectors.count) {
        let exact = cosine(query, vectors[Int(scored.product.rawValue) - 1])
        worst = max(worst, abs(scored.similarity - min(1, exact)))
      }
    }
    print("quantized cosines, \(vectors.count) vectors of \(dimension): largest difference \(worst)")
    #expect(worst < 0.005, "largest difference \(worst)")
  }

  @Test func descriptorScoresMatchFloatCosines() throws {
    let embedder = DescriptorEmbedder()
    checkScores(try vectors(embedder, count: 40), dimension: embedder.dimension)
  }

  @Test(.enabled(if: NeuralWeights.available, "no .weights/efficientnet-lite0.fbt (Benchmarks/weights/fetch.sh)"))
  func neuralScoresMatchFloatCosines() throws {
    let embedder = NeuralEmbedder(network: try NeuralWeights.network.get(), threads: 2)
    checkScores(try vectors(embedder, count: 24), dimension: embedder.dimension)
  }

  /// Dimensions that are not a multiple of 32 go through the kernel's tail loop.
  @Test func oddDimensionsScoreLikeFloats() {
    var seed: UInt64 = 7
    func random() -> Float {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Float(seed >> 40) / Float(1 << 24) - 0.5
    }
    for dimension in [40, 264, 1280] {
      let vectors = (0..<12).map { _ in
        var v = (0..<dimension).map { _ in random() }
        v.normalizeL2()
        return v
      }
      checkScores(vectors, dimension: dimension)
    }
  }
}
