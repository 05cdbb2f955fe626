/// An 8-bit sRGB image: 3 bytes a pixel (R, G, B), rows top-down, no padding.
public struct RGBImage: Sendable, Equatable {
  public let width: Int
  public let height: Int
  public var pixels: [UInt8]

  /// `pixels` must hold exactly `width × height × 3` bytes.
  public init(width: Int, height: Int, pixels: [UInt8]) {
    precondition(width > 0 && height > 0 && pixels.count == width * height * 3, "RGB buffer size mismatch")
    self.width = width
    self.height = height
    self.pixels = pixels
  }

  /// An image of one colour.
  public init(width: Int, height: Int, fill: (UInt8, UInt8, UInt8)) {
    var pixels = [UInt8](repeating: 0, count: width * height * 3)
    for i in stride(from: 0, to: pixels.count, by: 3) {
      pixels[i] = fill.0
      pixels[i + 1] = fill.1
      pixels[i + 2] = fill.2
    }
    self.init(width: width, height: height, pixels: pixels)
  }

  public var pixelCount: Int { width * height }
}

/// A rectangle of an image, in pixels.
public struct PixelRect: Sendable, Equatable, Hashable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }
}
