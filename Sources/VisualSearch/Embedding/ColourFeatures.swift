import Foundation

/// Colour blocks of the descriptor.
enum ColourFeatures {
  static let hueBins = 12
  static let tiers = 3
  static let greyBins = 4
  static var histogramLength: Int { hueBins * tiers + greyBins }

  /// Global histogram: hue (soft, circular) × lightness tier for coloured pixels, and
  /// lightness alone for grey ones; square-rooted (Hellinger), unit length.
  static func histogram(_ lab: LabPlanes, _ p: Photometry) -> [Float] {
    var h = [Float](repeating: 0, count: histogramLength)
    for i in lab.l.indices {
      let a = lab.a[i]
      let b = lab.b[i]
      let chroma = (a * a + b * b).squareRoot()
      let coloured = min(1, max(0, (chroma - 6) / 12))
      let light = p.lightness(lab.l[i])
      if coloured > 0 {
        let hue = SoftBin.circular(atan2f(b, a) / (2 * .pi) * Float(hueBins), count: hueBins)
        let tier = SoftBin.clamped(light + 1, count: tiers)
        for (hb, hw) in [(hue.low, hue.lowWeight), (hue.high, hue.highWeight)] {
          h[hb * tiers + tier.low] += coloured * hw * tier.lowWeight
          h[hb * tiers + tier.high] += coloured * hw * tier.highWeight
        }
      }
      if coloured < 1 {
        let grey = SoftBin.clamped(light + 1.5, count: greyBins)
        h[hueBins * tiers + grey.low] += (1 - coloured) * grey.lowWeight
        h[hueBins * tiers + grey.high] += (1 - coloured) * grey.highWeight
      }
    }
    for i in h.indices { h[i] = h[i].squareRoot() }
    h.normalizeL2()
    return h
  }

  /// Spatial layout: the mean normalized lightness and chroma (a, b) of each cell of a
  /// `cells × cells` grid, with pixels shared softly between neighbouring cells.
  static func grid(_ lab: LabPlanes, _ p: Photometry, cells: Int) -> [Float] {
    var sums = [Float](repeating: 0, count: cells * cells * 4)
    let side = lab.side
    for y in 0..<side {
      let gy = SoftBin.spatial(y, side: side, count: cells)
      for x in 0..<side {
        let gx = SoftBin.spatial(x, side: side, count: cells)
        let i = y * side + x
        let values = (p.lightness(lab.l[i]), lab.a[i] / p.chroma, lab.b[i] / p.chroma)
        for (cy, wy) in [(gy.low, gy.lowWeight), (gy.high, gy.highWeight)] where wy > 0 {
          for (cx, wx) in [(gx.low, gx.lowWeight), (gx.high, gx.highWeight)] where wx > 0 {
            let w = wy * wx
            let o = (cy * cells + cx) * 4
            sums[o] += w
            sums[o + 1] += w * values.0
            sums[o + 2] += w * values.1
            sums[o + 3] += w * values.2
          }
        }
      }
    }
    var out = [Float](repeating: 0, count: cells * cells * 3)
    for c in 0..<(cells * cells) where sums[c * 4] > 0 {
      for k in 0..<3 { out[c * 3 + k] = sums[c * 4 + 1 + k] / sums[c * 4] }
    }
    out.normalizeL2()
    return out
  }
}
