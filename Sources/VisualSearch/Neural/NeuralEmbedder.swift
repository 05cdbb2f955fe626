import Foundation

/// Photo embeddings from EfficientNet-Lite0: each view squashed to 224×224, the 1280 pooled
/// features of the network (after ReLU6, so non-negative) centred by subtracting their mean and
/// L2-normalized. Views of one query are embedded on all cores.
public struct NeuralEmbedder: Embedder {
  public let name = "efficientnet-lite0"
  public let version = 1
  public let dimension = EfficientNetLite0.featureWidth
  /// libjpeg may scale a photo down as long as its smaller side stays above this.
  public let preferredMinSide = 256
  /// ImageNet training flips images, so features of a mirrored photo barely change: queries
  /// skip the mirrored views (7 views instead of 9).
  public let mirrorInvariant = true
  public let network: EfficientNetLite0
  /// Threads used by `embed(_ images:)`.
  public var threads: Int

  public init(network: EfficientNetLite0, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
    self.network = network
    self.threads = max(1, threads)
  }

  /// The default weights file, relative to the working directory (Benchmarks/weights/fetch.sh).
  public static let defaultWeightsPath = ".weights/efficientnet-lite0.fbt"

  /// Loads the network from `url`, or nil when the file is absent or unusable.
  public static func load(weights url: URL) -> NeuralEmbedder? {
    guard let network = try? EfficientNetLite0(weights: url) else { return nil }
    return NeuralEmbedder(network: network)
  }

  public func embed(_ image: RGBImage) -> [Float] {
    var vector = network.features(image)
    let mean = vector.reduce(0, +) / Float(vector.count)
    for i in vector.indices { vector[i] -= mean }
    vector.normalizeL2()
    return vector
  }

  public func embed(_ images: [RGBImage]) -> [[Float]] {
    guard threads > 1, images.count > 1 else { return images.map(embed) }
    let results = ResultSlots(count: images.count)
    let workers = min(threads, images.count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for i in stride(from: worker, to: images.count, by: workers) { results.set(i, embed(images[i])) }
    }
    return results.values
  }
}

/// Slots written by concurrent workers, each index by exactly one of them.
private final class ResultSlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [[Float]]
  init(count: Int) { slots = Array(repeating: [], count: count) }
  func set(_ i: Int, _ value: [Float]) {
    lock.lock()
    slots[i] = value
    lock.unlock()
  }
  var values: [[Float]] { lock.withLock { slots } }
}
