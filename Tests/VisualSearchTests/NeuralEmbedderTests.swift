import Foundation
import Testing

@testable import VisualSearch

@Suite struct NeuralEmbedderSelectionTests {
  @Test func missingWeightsFallBackToTheDescriptorWithAHint() {
    let (matching, hint) = PhotoMatching.preferred(weights: URL(fileURLWithPath: "/nonexistent/lite0.fbt"))
    #expect(matching.embedder.name == DescriptorEmbedder().name)
    #expect(matching.rule == .descriptorDefault)
    #expect(hint?.contains("Benchmarks/weights/fetch.sh") == true)
    #expect(hint?.contains("\n") == false)
  }
}

@Suite(.enabled(if: NeuralWeights.available, "no .weights/efficientnet-lite0.fbt (Benchmarks/weights/fetch.sh)"))
struct NeuralEmbedderTests {
  @Test func presentWeightsSelectTheNeuralEmbedder() {
    let (matching, hint) = PhotoMatching.preferred(weights: NeuralWeights.url)
    #expect(hint == nil)
    #expect(matching.embedder.name == "efficientnet-lite0")
    #expect(matching.embedder.dimension == 1280)
    #expect(matching.rule == .neuralDefault)
  }

  /// Unit vectors; the views of a query embedded on two cores equal those embedded one by one.
  @Test func vectorsAreUnitLengthAndParallelEmbeddingChangesNothing() throws {
    let embedder = NeuralEmbedder(network: try NeuralWeights.network.get(), threads: 2)
    let views = QueryViews.views(of: try decodeDemoImage(demoPhotoName()))
    let parallel = embedder.embed(views)
    let serial = views.map { embedder.embed($0) }
    #expect(parallel == serial)
    for vector in parallel { #expect(abs(cosine(vector, vector) - 1) < 1e-4) }
  }

  /// A catalog photo edited (cropped, recompressed, framed) is nearer to itself than to every
  /// other demo photo.
  @Test func editedDemoPhotosFindThemselves() throws {
    let embedder = NeuralEmbedder(network: try NeuralWeights.network.get(), threads: 2)
    let names = try demoPhotoNames()
    let catalog = embedder.embed(try names.map { try decodeDemoImage($0) })
    for (n, name) in names.enumerated().prefix(6) {
      let image = try decodeDemoImage(name)
      let edited = QueryEdit.chain([.crop(fraction: 0.15, anchorX: 1, anchorY: 0), .recompress(quality: 40)]).apply(
        to: image)
      let query = embedder.embed(edited)
      let scores = catalog.map { cosine($0, query) }
      #expect(scores.indices.max { scores[$0] < scores[$1] } == n, "\(name): \(scores)")
    }
  }

  private func demoPhotoNames() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: demoShopDirectory.appendingPathComponent("images").path)
      .filter { $0.hasSuffix(".jpg") }.sorted().map { String($0.dropLast(4)) }
  }
  private func demoPhotoName() throws -> String { try demoPhotoNames()[0] }
}

@Suite(.enabled(if: NeuralWeights.available, "no .weights/efficientnet-lite0.fbt (Benchmarks/weights/fetch.sh)"))
struct NeuralEvaluationTests {
  /// The evaluation set through the production path with the neural embedder and its rule, on
  /// two of the edits (the full run is `flowerbot bench search --eval`); the 160 other
  /// arrangements of the 40 generated bouquets find theirs among the first five at least 90 % of
  /// the time (148 with version 3: five more misses fail; re-measure before changing the vectors).
  @Test func transformedCatalogPhotosAreFoundAndNegativesAreNeverExact() throws {
    let set = try EvaluationSet.load(fixtures: fixtures, demoShop: demoShopDirectory)
    let embedder = NeuralEmbedder(network: try NeuralWeights.network.get(), threads: 2)
    let edits: [QueryEdit] = [
      .chain([.crop(fraction: 0.15, anchorX: 1, anchorY: 1), .recompress(quality: 40)]), .screenshot,
    ]
    let report = Evaluation(embedder: embedder, rule: .neuralDefault, edits: edits).run(set)
    print(report.summary)
    #expect(report.top1Accuracy >= 0.98)
    #expect(report.wrongExactRate == 0)
    #expect(report.falseExactRate == 0)
    #expect(report.arrangements.count == 160)
    #expect(report.arrangementTop5 >= 0.9)
  }
}
