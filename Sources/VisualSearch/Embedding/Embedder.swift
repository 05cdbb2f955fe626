/// Turns an image into a vector whose cosine with another image's vector says how alike they
/// look. Vectors are L2-normalized, so cosine is a dot product. A stored vector is valid only
/// for the same `name` and `version`: changing either re-indexes the catalog.
public protocol Embedder: Sendable {
  /// Stable name, stored with every vector (e.g. `colour-gradient`).
  var name: String { get }
  /// Bumped whenever the vectors change meaning.
  var version: Int { get }
  /// Length of every vector (a multiple of 32, for SIMD).
  var dimension: Int { get }
  /// The smaller side the embedder wants to see: decoders may scale images down to it.
  var preferredMinSide: Int { get }
  /// The unit-length vector of the whole image.
  func embed(_ image: RGBImage) -> [Float]
  /// The vectors of several images (the views of one photo), in order; embedders may use
  /// several cores.
  func embed(_ images: [RGBImage]) -> [[Float]]
  /// True when a mirrored image gets (nearly) the same vector, so queries skip mirrored views.
  var mirrorInvariant: Bool { get }
  /// The vectors indexed for a catalog photo, the whole photo's first (by default those of
  /// `IndexViews.views`: the whole photo and four corner crops).
  func indexVectors(of image: RGBImage) -> [[Float]]
}

extension Embedder {
  public func embed(_ images: [RGBImage]) -> [[Float]] { images.map { embed($0) } }
  public var mirrorInvariant: Bool { false }
  public func indexVectors(of image: RGBImage) -> [[Float]] { embed(IndexViews.views(of: image)) }
}

extension Array where Element == Float {
  /// Scales the vector to unit length (a zero vector stays zero).
  mutating func normalizeL2() {
    var sum: Float = 0
    for value in self { sum += value * value }
    guard sum > 0 else { return }
    let scale = 1 / sum.squareRoot()
    for i in indices { self[i] *= scale }
  }
}
