import Foundation

/// Shape block of the descriptor: histograms of oriented gradients of lightness.
enum GradientFeatures {
  static let orientations = 8

  /// Unsigned gradient orientations (soft bins) weighted by magnitude, in a soft
  /// `cells × cells` grid; square-rooted, unit length (so contrast divides out).
  static func histogram(_ lab: LabPlanes, _ p: Photometry, cells: Int) -> [Float] {
    let side = lab.side
    var h = [Float](repeating: 0, count: cells * cells * orientations)
    for y in 1..<(side - 1) {
      let gy = SoftBin.spatial(y, side: side, count: cells)
      for x in 1..<(side - 1) {
        let gx = SoftBin.spatial(x, side: side, count: cells)
        let dx = (lab.l[y * side + x + 1] - lab.l[y * side + x - 1]) / p.spreadL
        let dy = (lab.l[(y + 1) * side + x] - lab.l[(y - 1) * side + x]) / p.spreadL
        let magnitude = (dx * dx + dy * dy).squareRoot()
        guard magnitude > 0.01 else { continue }
        var angle = atan2f(dy, dx)
        if angle < 0 { angle += .pi }
        let o = SoftBin.circular(angle / .pi * Float(orientations), count: orientations)
        for (cy, wy) in [(gy.low, gy.lowWeight), (gy.high, gy.highWeight)] where wy > 0 {
          for (cx, wx) in [(gx.low, gx.lowWeight), (gx.high, gx.highWeight)] where wx > 0 {
            let base = (cy * cells + cx) * orientations
            let w = magnitude * wy * wx
            h[base + o.low] += w * o.lowWeight
            h[base + o.high] += w * o.highWeight
          }
        }
      }
    }
    for i in h.indices { h[i] = h[i].squareRoot() }
    h.normalizeL2()
    return h
  }
}
