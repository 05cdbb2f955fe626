import CJPEGShim
import Foundation

/// JPEG through libjpeg-turbo, via the C shim whose error manager returns instead of exit().
enum JPEGCodec {
  static func decode(_ data: Data, pixelBudget: Int, minSide: Int) throws(ImageDecodingError) -> RGBImage {
    var result = fb_jpeg_result()
    let status = data.withUnsafeBytes { raw in
      fb_jpeg_decode(
        raw.bindMemory(to: UInt8.self).baseAddress, raw.count, UInt(max(0, pixelBudget)), Int32(clamping: minSide),
        &result)
    }
    defer { fb_jpeg_free(&result) }
    switch status {
    case FB_JPEG_OK:
      let width = Int(result.output_width)
      let height = Int(result.output_height)
      let pixels = [UInt8](UnsafeBufferPointer(start: result.pixels, count: width * height * 3))
      return RGBImage(width: width, height: height, pixels: pixels)
    case FB_JPEG_TRUNCATED: throw .truncated
    case FB_JPEG_TOO_LARGE:
      throw .tooManyPixels(width: Int(result.width), height: Int(result.height), limit: pixelBudget)
    case FB_JPEG_NO_MEMORY: throw .corrupt("out of memory")
    default: throw .corrupt(message(&result))
    }
  }

  /// Encodes RGB pixels as a baseline JPEG (quality 1–100): used to make test and bench images.
  static func encode(_ image: RGBImage, quality: Int) -> Data? {
    var buffer: UnsafeMutablePointer<UInt8>? = nil
    var size: UInt = 0
    var text = [CChar](repeating: 0, count: 200)
    let status = image.pixels.withUnsafeBufferPointer { pixels in
      fb_jpeg_encode(
        pixels.baseAddress, Int32(image.width), Int32(image.height), Int32(min(100, max(1, quality))), &buffer, &size,
        &text)
    }
    defer { fb_jpeg_free_buffer(buffer) }
    guard status == FB_JPEG_OK, let buffer else { return nil }
    return Data(bytes: buffer, count: Int(size))
  }

  private static func message(_ result: inout fb_jpeg_result) -> String {
    withUnsafeBytes(of: &result.message) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
  }
}

extension RGBImage {
  /// This image as a JPEG of the given quality (1–100); nil only if libjpeg failed.
  public func jpegData(quality: Int = 90) -> Data? { JPEGCodec.encode(self, quality: quality) }
}
