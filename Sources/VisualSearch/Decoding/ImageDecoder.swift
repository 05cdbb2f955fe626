import Foundation

/// Decodes JPEG (libjpeg-turbo) and PNG (libpng) into RGB, bounded against hostile input:
/// images above `pixelBudget` pixels are refused from their header before any decoding.
public struct ImageDecoder: Sendable {
  /// The largest width × height accepted (40 megapixels by default).
  public var pixelBudget: Int

  public init(pixelBudget: Int = 40_000_000) {
    self.pixelBudget = pixelBudget
  }

  /// Decodes the data. With `minSide`, a JPEG is decoded scaled down by libjpeg (1/2, 1/4
  /// or 1/8) as long as its smaller side stays at least `minSide`; PNGs come at full size.
  public func decode(_ data: Data, minSide: Int? = nil) throws(ImageDecodingError) -> RGBImage {
    guard let format = ImageFormat.sniff(data) else { throw .unsupportedFormat(nil) }
    switch format {
    case .jpeg: return try JPEGCodec.decode(data, pixelBudget: pixelBudget, minSide: minSide ?? 0)
    case .png: return try PNGCodec.decode(data, pixelBudget: pixelBudget)
    case .gif, .webp, .heic, .bmp, .tiff: throw .unsupportedFormat(format)
    }
  }
}
