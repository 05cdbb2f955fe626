import Foundation

/// An image resampled to `side × side` (box filter over the source pixels) and converted to
/// CIE L*a*b* (D65), a colour space where distances follow perceived differences.
struct LabPlanes {
  let side: Int
  var l: [Float]
  var a: [Float]
  var b: [Float]

  init(_ image: RGBImage, side: Int) {
    self.side = side
    let count = side * side
    var l = [Float](repeating: 0, count: count)
    var a = [Float](repeating: 0, count: count)
    var b = [Float](repeating: 0, count: count)
    let xs = Self.bounds(source: image.width, target: side)
    let ys = Self.bounds(source: image.height, target: side)
    let linear = Self.linearLUT
    image.pixels.withUnsafeBufferPointer { px in
      for oy in 0..<side {
        for ox in 0..<side {
          var r: Float = 0
          var g: Float = 0
          var bl: Float = 0
          for y in ys[oy].0..<ys[oy].1 {
            var i = (y * image.width + xs[ox].0) * 3
            for _ in xs[ox].0..<xs[ox].1 {
              r += linear[Int(px[i])]
              g += linear[Int(px[i + 1])]
              bl += linear[Int(px[i + 2])]
              i += 3
            }
          }
          let n = Float((ys[oy].1 - ys[oy].0) * (xs[ox].1 - xs[ox].0))
          let lab = Self.lab(r / n, g / n, bl / n)
          let o = oy * side + ox
          l[o] = lab.0
          a[o] = lab.1
          b[o] = lab.2
        }
      }
    }
    self.l = l
    self.a = a
    self.b = b
  }

  /// Source index ranges [start, end) for each target cell; never empty.
  private static func bounds(source: Int, target: Int) -> [(Int, Int)] {
    (0..<target).map { t in
      let start = t * source / target
      let end = max(start + 1, (t + 1) * source / target)
      return (min(start, source - 1), min(end, source))
    }
  }

  /// sRGB byte → linear light.
  private static let linearLUT: [Float] = (0..<256).map { v in
    let c = Float(v) / 255
    return c <= 0.04045 ? c / 12.92 : Float(pow(Double((c + 0.055) / 1.055), 2.4))
  }

  private static func lab(_ r: Float, _ g: Float, _ b: Float) -> (Float, Float, Float) {
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    let fx = f(x)
    let fy = f(y)
    let fz = f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))
  }

  private static func f(_ t: Float) -> Float {
    t > 0.008856 ? Float(cbrt(Double(t))) : 7.787 * t + 16 / 116
  }
}
