import Foundation

/// The embedder photo search uses and the decision rule calibrated for it.
public struct PhotoMatching: Sendable {
  public var embedder: any Embedder
  public var rule: MatchRule

  public init(embedder: any Embedder, rule: MatchRule) {
    self.embedder = embedder
    self.rule = rule
  }

  /// The hand-made colour and gradient descriptor: no files needed.
  public static let descriptor = PhotoMatching(embedder: DescriptorEmbedder(), rule: .descriptorDefault)

  /// EfficientNet-Lite0 when its weights file loads, else the hand-made descriptor with a
  /// one-line hint saying how to get the weights.
  public static func preferred(weights url: URL) -> (matching: PhotoMatching, hint: String?) {
    if let neural = NeuralEmbedder.load(weights: url) {
      return (PhotoMatching(embedder: neural, rule: .neuralDefault), nil)
    }
    let hint =
      "photo search: no usable EfficientNet-Lite0 weights at \(url.path) (get them with "
      + "`bash Benchmarks/weights/fetch.sh`); using the hand-made descriptor"
    return (.descriptor, hint)
  }
}
