import CPNG
import Foundation

/// PNG through libpng's simplified API (which recovers from errors by itself). Transparent
/// pixels are composited on white.
enum PNGCodec {
  static func decode(_ data: Data, pixelBudget: Int) throws(ImageDecodingError) -> RGBImage {
    var image = png_image()
    image.version = UInt32(PNG_IMAGE_VERSION)
    defer { png_image_free(&image) }
    let begun = data.withUnsafeBytes { raw in png_image_begin_read_from_memory(&image, raw.baseAddress, raw.count) }
    guard begun != 0 else { throw error(&image) }
    let width = Int(image.width)
    let height = Int(image.height)
    guard width * height <= pixelBudget else { throw .tooManyPixels(width: width, height: height, limit: pixelBudget) }
    image.format = UInt32(PNG_FORMAT_RGB)
    var pixels = [UInt8](repeating: 255, count: width * height * 3)
    var white = png_color(red: 255, green: 255, blue: 255)
    let finished = pixels.withUnsafeMutableBytes { buffer in
      png_image_finish_read(&image, &white, buffer.baseAddress, 0, nil)
    }
    guard finished != 0 else { throw error(&image) }
    return RGBImage(width: width, height: height, pixels: pixels)
  }

  /// libpng reports running out of data as "read beyond end of data" (or "Not enough image data").
  private static func error(_ image: inout png_image) -> ImageDecodingError {
    let text = withUnsafeBytes(of: &image.message) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
    let lowered = text.lowercased()
    if lowered.contains("end of data") || lowered.contains("not enough") || lowered.contains("truncated") {
      return .truncated
    }
    return .corrupt(text)
  }
}
