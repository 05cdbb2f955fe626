import VisualSearch

/// The test images of the logits comparison, 224×224, from integer formulas; the same formulas
/// are `pattern()` in Benchmarks/weights/reference_numpy.py.
enum NeuralTestPatterns {
  static func pattern(_ n: Int) -> RGBImage {
    var pixels = [UInt8]()
    pixels.reserveCapacity(224 * 224 * 3)
    for y in 0..<224 {
      for x in 0..<224 {
        let (r, g, b): (Int, Int, Int)
        switch n {
        case 0:
          (r, g, b) = ((x * 3 + y * 5) % 256, (x * y) % 256, ((x ^ y) * 7) % 256)
        case 1:
          let inside = (x - 112) * (x - 112) + (y - 112) * (y - 112) < 4000
          (r, g, b) = (inside ? 230 : 30, inside ? 40 : 160, y * 255 / 223)
        default:
          (r, g, b) = (((x / 16 + y / 16) % 2) * 200 + 20, x * 255 / 223, ((x + 2 * y) * 3) % 256)
        }
        pixels += [UInt8(r), UInt8(g), UInt8(b)]
      }
    }
    return RGBImage(width: 224, height: 224, pixels: pixels)
  }
}
