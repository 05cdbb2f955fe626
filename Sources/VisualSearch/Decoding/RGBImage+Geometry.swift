/// Crops, mirrors and resizes: what query views and the evaluation's edits are made of.
extension RGBImage {
  /// The pixels inside `rect`, clamped to the image (at least 1×1).
  public func cropped(to rect: PixelRect) -> RGBImage {
    let x0 = min(max(0, rect.x), width - 1)
    let y0 = min(max(0, rect.y), height - 1)
    let w = max(1, min(rect.width, width - x0))
    let h = max(1, min(rect.height, height - y0))
    if x0 == 0 && y0 == 0 && w == width && h == height { return self }
    var out = [UInt8](repeating: 0, count: w * h * 3)
    for y in 0..<h {
      let source = ((y0 + y) * width + x0) * 3
      out.replaceSubrange((y * w * 3)..<((y + 1) * w * 3), with: pixels[source..<(source + w * 3)])
    }
    return RGBImage(width: w, height: h, pixels: out)
  }

  /// The image flipped left to right.
  public func mirrored() -> RGBImage {
    var out = pixels
    for y in 0..<height {
      for x in 0..<width {
        let s = (y * width + x) * 3
        let d = (y * width + (width - 1 - x)) * 3
        out[d] = pixels[s]
        out[d + 1] = pixels[s + 1]
        out[d + 2] = pixels[s + 2]
      }
    }
    return RGBImage(width: width, height: height, pixels: out)
  }

  /// The image resampled to `newWidth × newHeight`: box filter when shrinking, bilinear when growing.
  public func resized(width newWidth: Int, height newHeight: Int) -> RGBImage {
    var out = [UInt8](repeating: 0, count: newWidth * newHeight * 3)
    let sx = Double(width) / Double(newWidth)
    let sy = Double(height) / Double(newHeight)
    for y in 0..<newHeight {
      let y0 = Double(y) * sy
      let y1 = Double(y + 1) * sy
      for x in 0..<newWidth {
        let x0 = Double(x) * sx
        let x1 = Double(x + 1) * sx
        let colour =
          sx >= 1 && sy >= 1 ? boxAverage(x0, x1, y0, y1) : bilinear((x0 + x1) / 2 - 0.5, (y0 + y1) / 2 - 0.5)
        let o = (y * newWidth + x) * 3
        out[o] = colour.0
        out[o + 1] = colour.1
        out[o + 2] = colour.2
      }
    }
    return RGBImage(width: newWidth, height: newHeight, pixels: out)
  }

  private func boxAverage(_ x0: Double, _ x1: Double, _ y0: Double, _ y1: Double) -> (UInt8, UInt8, UInt8) {
    let xa = Int(x0)
    let xb = max(xa + 1, min(width, Int(x1.rounded(.up))))
    let ya = Int(y0)
    let yb = max(ya + 1, min(height, Int(y1.rounded(.up))))
    var sum = (0, 0, 0)
    for y in ya..<yb {
      for x in xa..<xb {
        let i = (y * width + x) * 3
        sum = (sum.0 + Int(pixels[i]), sum.1 + Int(pixels[i + 1]), sum.2 + Int(pixels[i + 2]))
      }
    }
    let n = (yb - ya) * (xb - xa)
    return (UInt8(sum.0 / n), UInt8(sum.1 / n), UInt8(sum.2 / n))
  }

  /// The colour at a fractional position, interpolated between the four nearest pixels.
  func bilinear(_ x: Double, _ y: Double) -> (UInt8, UInt8, UInt8) {
    let cx = min(max(0, x), Double(width - 1))
    let cy = min(max(0, y), Double(height - 1))
    let xa = Int(cx)
    let ya = Int(cy)
    let xb = min(xa + 1, width - 1)
    let yb = min(ya + 1, height - 1)
    let fx = cx - Double(xa)
    let fy = cy - Double(ya)
    func channel(_ c: Int) -> UInt8 {
      let top = Double(pixels[(ya * width + xa) * 3 + c]) * (1 - fx) + Double(pixels[(ya * width + xb) * 3 + c]) * fx
      let bottom = Double(pixels[(yb * width + xa) * 3 + c]) * (1 - fx) + Double(pixels[(yb * width + xb) * 3 + c]) * fx
      return UInt8(min(255, max(0, (top * (1 - fy) + bottom * fy).rounded())))
    }
    return (channel(0), channel(1), channel(2))
  }
}
