import Foundation

/// Image formats told apart by their first bytes. Only JPEG and PNG are decoded; the others
/// are named so that a refusal can say what was sent.
public enum ImageFormat: String, Sendable, Equatable, Codable, CaseIterable {
  case jpeg, png, gif, webp, heic, bmp, tiff

  /// The format the data starts like, or nil when it looks like no image at all.
  public static func sniff(_ data: Data) -> ImageFormat? {
    let head = [UInt8](data.prefix(16))
    func starts(_ bytes: [UInt8], at offset: Int = 0) -> Bool {
      head.count >= offset + bytes.count && Array(head[offset..<offset + bytes.count]) == bytes
    }
    if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
    if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
    if starts(Array("GIF8".utf8)) { return .gif }
    if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
    if starts(Array("ftyp".utf8), at: 4),
      ["heic", "heix", "hevc", "heim", "heis", "mif1", "msf1", "avif"].contains(where: { starts(Array($0.utf8), at: 8) }
      )
    {
      return .heic
    }
    if starts(Array("BM".utf8)) { return .bmp }
    if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .tiff }
    return nil
  }

  /// Whether `ImageDecoder` can decode it.
  public var isDecodable: Bool {
    switch self {
    case .jpeg, .png: true
    case .gif, .webp, .heic, .bmp, .tiff: false
    }
  }
}

/// Why image data could not be decoded.
public enum ImageDecodingError: Error, Sendable, Equatable {
  /// Not JPEG or PNG: the format recognised, or nil when the data looks like no image at all.
  case unsupportedFormat(ImageFormat?)
  /// The data ends before the image does.
  case truncated
  /// The codec refused the data; the text is its reason (safe to log).
  case corrupt(String)
  /// The header declares more pixels than the decoder's budget; nothing was decoded.
  case tooManyPixels(width: Int, height: Int, limit: Int)
}
