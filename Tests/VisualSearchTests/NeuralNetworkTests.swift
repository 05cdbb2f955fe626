import Foundation
import Testing

@testable import VisualSearch

/// The EfficientNet-Lite0 weights of Benchmarks/weights/fetch.sh. Tests that need them are
/// skipped when the file is absent outside CI; in CI (`CI` set) they run and fail without it.
enum NeuralWeights {
  static let url = repositoryRoot.appendingPathComponent(".weights/efficientnet-lite0.fbt")
  static var available: Bool {
    FileManager.default.fileExists(atPath: url.path) || ProcessInfo.processInfo.environment["CI"] != nil
  }
  static let network: Result<EfficientNetLite0, TensorFileError> = Result { () throws(TensorFileError) in
    try EfficientNetLite0(weights: url)
  }
}

@Suite(.enabled(if: NeuralWeights.available, "no .weights/efficientnet-lite0.fbt (Benchmarks/weights/fetch.sh)"))
struct NeuralNetworkTests {
  /// Logits of the Swift forward pass against the numpy reference's (Fixtures/neural/README.md).
  @Test(arguments: 0..<3) func logitsMatchTheReference(pattern: Int) throws {
    let network = try NeuralWeights.network.get()
    let expected = try String(
      contentsOf: fixtures.appendingPathComponent("neural/pattern-\(pattern).logits.txt"), encoding: .utf8
    )
    .split(separator: "\n").compactMap { Float($0) }
    let logits = network.logits(features: network.features(NeuralTestPatterns.pattern(pattern)))
    #expect(expected.count == 1000)
    let worst = zip(logits, expected).map { abs($0 - $1) }.max() ?? .infinity
    #expect(worst < 0.01, "largest logit difference \(worst)")
    #expect(top(logits, 5) == top(expected, 5))
  }

  /// scikit-learn's sample flower photo (a daisy) is ImageNet class 985, "daisy", first.
  @Test func sampleDaisyIsADaisy() throws {
    let network = try NeuralWeights.network.get()
    let image = try ImageDecoder().decode(try fixtureData("neural/sklearn-flower.jpg"))
    let logits = network.logits(features: network.features(image))
    #expect(top(logits, 1) == [985])
  }

  @Test func missingOrDamagedFileIsAnError() throws {
    #expect(throws: TensorFileError.unreadable("/nonexistent.fbt")) {
      try EfficientNetLite0(weights: URL(fileURLWithPath: "/nonexistent.fbt"))
    }
    let junk = FileManager.default.temporaryDirectory.appendingPathComponent("junk-\(UUID()).fbt")
    try Data("not a tensor file".utf8).write(to: junk)
    defer { try? FileManager.default.removeItem(at: junk) }
    #expect(throws: TensorFileError.malformed("bad magic")) { try EfficientNetLite0(weights: junk) }
  }

  private func top(_ values: [Float], _ n: Int) -> [Int] {
    Array(values.indices.sorted { values[$0] > values[$1] }.prefix(n))
  }
}
