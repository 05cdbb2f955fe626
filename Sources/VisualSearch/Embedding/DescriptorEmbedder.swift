/// The hand-made embedder: a global colour histogram, a spatial colour grid (both in
/// CIE L*a*b*, with brightness and contrast divided out) and oriented-gradient histograms,
/// each block unit length, weighted, concatenated and L2-normalized. The cosine of two
/// vectors is then the weighted mean of the blocks' cosines.
public struct DescriptorEmbedder: Embedder {
  /// Knobs of the descriptor; changing any of them changes `version`'s meaning.
  public struct Parameters: Sendable, Equatable {
    public var side = 64
    public var gridCells = 5
    public var gradientCells = 4
    public var histogramWeight: Float = 0.5
    public var gridWeight: Float = 0.6
    public var gradientWeight: Float = 0.6
    /// Subtract each block's mean before normalizing (cosine becomes correlation), so that
    /// what every bouquet photo shares (a background, a cone of wrapping) counts for little.
    public var centred = true
    public init() {}
  }

  public let name = "colour-gradient"
  public let version = 1
  public let parameters: Parameters
  public let dimension: Int
  public var preferredMinSide: Int { parameters.side * 2 }

  public init(parameters: Parameters = Parameters()) {
    self.parameters = parameters
    let raw =
      ColourFeatures.histogramLength + parameters.gridCells * parameters.gridCells * 3
      + parameters.gradientCells * parameters.gradientCells * GradientFeatures.orientations
    dimension = (raw + 31) / 32 * 32
  }

  public func embed(_ image: RGBImage) -> [Float] {
    let lab = LabPlanes(image, side: parameters.side)
    let photometry = Photometry(lab)
    let p = parameters
    let total =
      (p.histogramWeight * p.histogramWeight + p.gridWeight * p.gridWeight
      + p.gradientWeight * p.gradientWeight).squareRoot()
    var vector = [Float]()
    vector.reserveCapacity(dimension)
    func append(_ block: [Float], _ weight: Float) {
      var block = block
      if p.centred {
        let mean = block.reduce(0, +) / Float(block.count)
        for i in block.indices { block[i] -= mean }
        block.normalizeL2()
      }
      vector += block.map { $0 * weight / total }
    }
    append(ColourFeatures.histogram(lab, photometry), p.histogramWeight)
    append(ColourFeatures.grid(lab, photometry, cells: p.gridCells), p.gridWeight)
    append(GradientFeatures.histogram(lab, photometry, cells: p.gradientCells), p.gradientWeight)
    vector += [Float](repeating: 0, count: dimension - vector.count)
    vector.normalizeL2()
    return vector
  }
}
