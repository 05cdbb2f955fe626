import Foundation

/// The timings of the neural embedder for `flowerbot bench search`: one 224×224 view through the
/// network and the pooling (`NeuralEmbedder.vector(input:)`) on one core and on two at once, and
/// a whole query (scaled decoding of a 1280×960 JPEG, its views, their embeddings) on one core
/// and on two. Release builds only.
public struct NeuralBenchmark: Sendable {
  public var embedder: NeuralEmbedder
  public var runs: Int

  public init(embedder: NeuralEmbedder, runs: Int) {
    self.embedder = embedder
    self.runs = runs
  }

  /// The lines to print, for a query made from `photo` (a JPEG).
  public func run(photo: Data) throws -> [String] {
    let image = try ImageDecoder().decode(photo)
    guard let jpeg = image.resized(width: 1280, height: 960).jpegData(quality: 90) else { return ["cannot encode"] }
    let input = EfficientNetLite0.input(image)
    let clock = ContinuousClock()
    let single = (0..<runs).map { _ in clock.measure { _ = embedder.vector(input: input) } }
    let pairs = (0..<max(1, runs / 2)).flatMap { _ in
      let times = Durations()
      DispatchQueue.concurrentPerform(iterations: 2) { _ in
        times.append(clock.measure { _ = embedder.vector(input: input) })
      }
      return times.values
    }
    var lines = [
      "neural (\(embedder.name) v\(embedder.version), \(embedder.dimension) dimensions):",
      "  one 224×224 view, 1 core:            \(Timing(single))   (target ≤ 40 ms)",
      "  one view each on 2 cores at once:    \(Timing(pairs))",
    ]
    var views = 0
    for threads in [1, 2] {
      var one = embedder
      one.threads = threads
      let times = (0..<max(4, runs / 2)).map { _ in
        clock.measure {
          guard let decoded = try? ImageDecoder().decode(jpeg, minSide: one.preferredMinSide) else { return }
          let viewImages = QueryViews.views(of: decoded, mirrored: !one.mirrorInvariant)
          views = viewImages.count
          _ = one.embed(viewImages)
        }
      }
      let line = "  query (decode + \(views) views), \(threads) core\(threads > 1 ? "s" : ""): \(Timing(times))"
      lines.append(line + (threads == 2 ? "   (target ≤ 120 ms)" : ""))
    }
    return lines
  }
}

/// Durations appended from several threads.
private final class Durations: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [Duration] = []
  func append(_ d: Duration) { lock.withLock { list.append(d) } }
  var values: [Duration] { lock.withLock { list } }
}
