/// Regional maximum activations (R-MAC, Tolias, Sicre and Jégou, ICLR 2016) over the head's
/// feature map: the maximum of each feature in a few square regions at three scales (the whole
/// map; 2×2 regions of side ⌊2·side/3⌋; 3×3 of side ⌊side/2⌋), each region's vector centred and
/// made unit length, and the regions summed. A region where the bouquet is counts as much as the
/// whole picture, so a changed background or layout moves the vector less than with one average.
/// For the 7×7 map of EfficientNet-Lite0: 1 + 4 + 9 regions.
public struct RegionalPooling: Sendable, Equatable {
  /// A square region of the map: top-left cell and side, in cells.
  public struct Region: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var side: Int
  }

  /// Cells a side of the map.
  public let side: Int
  /// Features a cell.
  public let width: Int
  public let regions: [Region]

  /// The regions of scales 1…3 on a `side`×`side` map, spread evenly, as R-MAC lays them out.
  public init(side: Int, width: Int) {
    self.side = side
    self.width = width
    var regions: [Region] = []
    for scale in 1...3 {
      let size = min(side, 2 * side / (scale + 1))
      let steps = scale - 1
      for row in 0...steps {
        for column in 0...steps {
          let x = steps == 0 ? 0 : column * (side - size) / steps
          let y = steps == 0 ? 0 : row * (side - size) / steps
          regions.append(Region(x: x, y: y, side: size))
        }
      }
    }
    self.regions = regions
  }

  /// The pooled vector (not unit length) of a map of `side`×`side` cells of `width` features,
  /// channels last.
  public func pool(_ map: [Float]) -> [Float] {
    precondition(map.count == side * side * width, "map must be side × side × width")
    var sum = [Float](repeating: 0, count: width)
    var peak = [Float](repeating: 0, count: width)
    map.withUnsafeBufferPointer { cells in
      for region in regions {
        for c in 0..<width { peak[c] = -.infinity }
        for y in region.y..<(region.y + region.side) {
          for x in region.x..<(region.x + region.side) {
            let base = (y * side + x) * width
            for c in 0..<width { peak[c] = max(peak[c], cells[base + c]) }
          }
        }
        peak.centre()
        peak.normalizeL2()
        for c in 0..<width { sum[c] += peak[c] }
      }
    }
    return sum
  }
}

extension Array where Element == Float {
  /// Subtracts the mean of the elements from each.
  mutating func centre() {
    guard !isEmpty else { return }
    let mean = reduce(0, +) / Float(count)
    for i in indices { self[i] -= mean }
  }

  /// Replaces each element by its signed square root (power normalization with exponent ½).
  mutating func signedSquareRoot() {
    for i in indices { self[i] = self[i] < 0 ? -(-self[i]).squareRoot() : self[i].squareRoot() }
  }
}
