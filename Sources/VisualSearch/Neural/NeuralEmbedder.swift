import Foundation

/// Photo embeddings from EfficientNet-Lite0: each view squashed to 224×224, the network's 7×7
/// map of 1280 features pooled by regions (`RegionalPooling`, R-MAC), square-rooted with their
/// signs (power normalization), centred by subtracting their mean and L2-normalized. Views of
/// one query are embedded on all cores. A catalog photo is indexed as three vectors
/// (`indexVectors`), so that an index of 1280-byte vectors stays under 4 KB a product.
public struct NeuralEmbedder: Embedder {
  public let name = "efficientnet-lite0"
  /// 2: three vectors a catalog photo (whole, centre, mean of the corners) instead of five.
  /// 3: regional maximum pooling and signed square roots instead of the average of the map
  /// (other arrangements of a bouquet among the first five: see README, «Another arrangement»).
  public let version = 3
  public let dimension = EfficientNetLite0.featureWidth
  /// libjpeg may scale a photo down as long as its smaller side stays above this.
  public let preferredMinSide = 256
  /// ImageNet training flips images, so features of a mirrored photo barely change: queries
  /// skip the mirrored views (7 views instead of 9).
  public let mirrorInvariant = true
  public let network: EfficientNetLite0
  /// R-MAC over the head's map (`EfficientNetLite0.featureMap`).
  let pooling = RegionalPooling(side: EfficientNetLite0.mapSide, width: EfficientNetLite0.featureWidth)
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

  public func embed(_ image: RGBImage) -> [Float] { vector(input: EfficientNetLite0.input(image)) }

  /// The unit vector of a prepared 224×224 input (`EfficientNetLite0.input`).
  public func vector(input: [Float]) -> [Float] {
    var vector = pooling.pool(network.featureMap(input: input))
    vector.signedSquareRoot()
    vector.centre()
    vector.normalizeL2()
    return vector
  }

  /// The whole photo, its centre (85 % a side) and the normalized mean of its four corner crops
  /// (`IndexViews`): on the evaluation set as accurate as the five separate views (top-1 1 086
  /// against 1 087 of 1 089) and "exact" more often (about 900 against 814), in 3 840 bytes.
  public func indexVectors(of image: RGBImage) -> [[Float]] {
    let w = image.width * 85 / 100
    let h = image.height * 85 / 100
    let centre = image.cropped(to: PixelRect(x: (image.width - w) / 2, y: (image.height - h) / 2, width: w, height: h))
    let views = IndexViews.views(of: image)
    let vectors = embed([views[0], centre] + views.dropFirst())
    var corners = [Float](repeating: 0, count: dimension)
    for vector in vectors.dropFirst(2) {
      for i in corners.indices { corners[i] += vector[i] }
    }
    corners.normalizeL2()
    return [vectors[0], vectors[1], corners]
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
