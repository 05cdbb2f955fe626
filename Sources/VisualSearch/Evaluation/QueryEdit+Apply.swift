import Foundation

extension QueryEdit {
  /// The edited image.
  public func apply(to image: RGBImage) -> RGBImage {
    switch self {
    case .crop(let fraction, let ax, let ay):
      let w = Int(Double(image.width) * (1 - fraction))
      let h = Int(Double(image.height) * (1 - fraction))
      let x = Int(Double(image.width - w) * ax)
      let y = Int(Double(image.height - h) * ay)
      return image.cropped(to: PixelRect(x: x, y: y, width: w, height: h))
    case .resize(let w, let h): return image.resized(width: w, height: h)
    case .recompress(let quality):
      guard let data = image.jpegData(quality: quality), let decoded = try? ImageDecoder().decode(data) else {
        return image
      }
      return decoded
    case .border(let fraction, let grey):
      let t = max(1, Int(Double(image.width) * fraction))
      return Canvas(width: image.width + 2 * t, height: image.height + 2 * t, grey: grey).pasting(image, x: t, y: t)
        .image
    case .caption(let fraction):
      let bar = max(4, Int(Double(image.height) * fraction))
      var canvas = Canvas(width: image.width, height: image.height + bar, grey: 250).pasting(image, x: 0, y: 0)
      canvas.drawText(
        in: PixelRect(x: image.width / 20, y: image.height + bar / 5, width: image.width * 3 / 4, height: bar * 3 / 5),
        ink: 30)
      return canvas.image
    case .screenshot: return Self.screenshot(image)
    case .brightness(let factor): return image.mappingChannels { Double($0) * factor }
    case .contrast(let factor): return image.mappingChannels { 128 + (Double($0) - 128) * factor }
    case .rotate(let degrees): return Self.rotate(image, degrees: degrees)
    case .mirror: return image.mirrored()
    case .chain(let edits): return edits.reduce(image) { $1.apply(to: $0) }
    }
  }

  private static func screenshot(_ image: RGBImage) -> RGBImage {
    let width = 540
    let picture = image.resized(width: 480, height: 480 * image.height / image.width)
    var canvas = Canvas(width: width, height: 960, grey: 18)
    canvas.fill(PixelRect(x: 0, y: 0, width: width, height: 40), grey: 30)
    canvas.drawText(in: PixelRect(x: 16, y: 12, width: 60, height: 16), ink: 230)
    canvas.drawText(in: PixelRect(x: 440, y: 12, width: 80, height: 16), ink: 230)
    canvas = canvas.pasting(picture, x: 30, y: 200)
    canvas.drawText(in: PixelRect(x: 30, y: 220 + picture.height, width: 400, height: 50), ink: 220)
    return canvas.image
  }

  private static func rotate(_ image: RGBImage, degrees: Double) -> RGBImage {
    let angle = degrees * .pi / 180
    let c = abs(cos(angle))
    let s = abs(sin(angle))
    // The largest axis-aligned rectangle of the same aspect inside the rotated image.
    let scale = 1 / (c + s * Double(max(image.width, image.height)) / Double(min(image.width, image.height)))
    let w = max(1, Int(Double(image.width) * scale))
    let h = max(1, Int(Double(image.height) * scale))
    var out = [UInt8](repeating: 0, count: w * h * 3)
    let cx = Double(image.width) / 2
    let cy = Double(image.height) / 2
    for y in 0..<h {
      for x in 0..<w {
        let dx = Double(x) - Double(w) / 2
        let dy = Double(y) - Double(h) / 2
        let colour = image.bilinear(cx + dx * cos(angle) - dy * sin(angle), cy + dx * sin(angle) + dy * cos(angle))
        let o = (y * w + x) * 3
        (out[o], out[o + 1], out[o + 2]) = colour
      }
    }
    return RGBImage(width: w, height: h, pixels: out)
  }
}

extension RGBImage {
  func mappingChannels(_ transform: (UInt8) -> Double) -> RGBImage {
    let table = (0..<256).map { UInt8(min(255, max(0, transform(UInt8($0)).rounded()))) }
    return RGBImage(width: width, height: height, pixels: pixels.map { table[Int($0)] })
  }
}

/// A blank image to compose screenshots and frames on.
struct Canvas {
  var image: RGBImage

  init(width: Int, height: Int, grey: UInt8) {
    image = RGBImage(width: width, height: height, fill: (grey, grey, grey))
  }

  func pasting(_ picture: RGBImage, x: Int, y: Int) -> Canvas {
    var copy = self
    for row in 0..<picture.height where y + row < image.height {
      let count = min(picture.width, image.width - x) * 3
      let source = row * picture.width * 3
      let target = ((y + row) * image.width + x) * 3
      copy.image.pixels.replaceSubrange(target..<(target + count), with: picture.pixels[source..<(source + count)])
    }
    return copy
  }

  mutating func fill(_ rect: PixelRect, grey: UInt8) {
    for y in max(0, rect.y)..<min(image.height, rect.y + rect.height) {
      for x in max(0, rect.x)..<min(image.width, rect.x + rect.width) {
        let o = (y * image.width + x) * 3
        image.pixels[o] = grey
        image.pixels[o + 1] = grey
        image.pixels[o + 2] = grey
      }
    }
  }

  /// Rows of "words": short blocks of ink, deterministic for a given rectangle.
  mutating func drawText(in rect: PixelRect, ink: UInt8) {
    let lineHeight = max(4, min(14, rect.height / 2))
    var seed = UInt64(truncatingIfNeeded: rect.x &* 31 &+ rect.y &* 17 &+ rect.width)
    var y = rect.y
    while y + lineHeight <= rect.y + rect.height {
      var x = rect.x
      while x < rect.x + rect.width {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let word = 6 + Int(seed >> 59) * 3
        fill(PixelRect(x: x, y: y + 1, width: min(word, rect.x + rect.width - x), height: lineHeight - 2), grey: ink)
        x += word + 5
      }
      y += lineHeight + lineHeight / 2
    }
  }
}
