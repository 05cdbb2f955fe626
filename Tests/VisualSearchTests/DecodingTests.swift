import Foundation
import Testing

@testable import VisualSearch

@Suite struct DecodingTests {
  let decoder = ImageDecoder()

  @Test func decodesAJPEGAtFullSizeOrScaledDownByLibjpeg() throws {
    let data = try demoImage("rose-red-15")
    let full = try decoder.decode(data)
    #expect((full.width, full.height) == (640, 640))
    #expect(full.pixels.count == 640 * 640 * 3)
    let scaled = try decoder.decode(data, minSide: 128)
    #expect((scaled.width, scaled.height) == (160, 160))
    let notBelow = try decoder.decode(data, minSide: 200)
    #expect((notBelow.width, notBelow.height) == (320, 320))
  }

  @Test func decodesGreyAndCMYKJPEGsAsRGB() throws {
    let grey = try decoder.decode(try fixtureData("decoding/grey.jpg"))
    #expect((grey.width, grey.height) == (40, 30))
    #expect(abs(Int(grey.pixels[0]) - 128) <= 2 && grey.pixels[0] == grey.pixels[1] && grey.pixels[1] == grey.pixels[2])
    let cmyk = try decoder.decode(try fixtureData("decoding/cmyk-red.jpg"))
    #expect(cmyk.pixels[0] > 200 && cmyk.pixels[1] < 40 && cmyk.pixels[2] < 40)
  }

  @Test func decodesAPNGCompositingTransparencyOnWhite() throws {
    let image = try decoder.decode(try fixtureData("decoding/half-transparent.png"))
    #expect((image.width, image.height) == (48, 32))
    #expect(Array(image.pixels[0..<3]) == [200, 30, 45])
    let right = (10 * 48 + 40) * 3
    #expect(Array(image.pixels[right..<(right + 3)]) == [255, 255, 255])
  }

  @Test func refusesWhatIsNotJPEGOrPNG() {
    #expect(throws: ImageDecodingError.unsupportedFormat(.gif)) { try decoder.decode(Data("GIF89a\u{1}\u{0}".utf8)) }
    #expect(throws: ImageDecodingError.unsupportedFormat(.webp)) {
      try decoder.decode(Data("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8))
    }
    #expect(throws: ImageDecodingError.unsupportedFormat(nil)) { try decoder.decode(Data("%PDF-1.7".utf8)) }
    #expect(throws: ImageDecodingError.unsupportedFormat(nil)) { try decoder.decode(Data()) }
  }

  @Test func aTruncatedJPEGOrPNGIsTruncatedNotAnExit() throws {
    let jpeg = try demoImage("mix-sunny")
    #expect(throws: ImageDecodingError.truncated) { try decoder.decode(jpeg.prefix(jpeg.count / 2)) }
    #expect(throws: ImageDecodingError.truncated) { try decoder.decode(jpeg.prefix(200)) }
    let png = try fixtureData("decoding/half-transparent.png")
    #expect(throws: ImageDecodingError.truncated) { try decoder.decode(png.prefix(png.count - 30)) }
  }

  @Test func aCorruptJPEGOrPNGIsCorrupt() throws {
    var jpeg = try demoImage("mix-sunny")
    let sof = try #require(startOfFrame(jpeg))
    jpeg[sof + 4] = 7  // sample precision 7 bits: libjpeg refuses it
    #expect(throws: ImageDecodingError.self) { try decoder.decode(jpeg) }
    do {
      _ = try decoder.decode(jpeg)
    } catch {
      guard case .corrupt(let reason) = error else { Issue.record("expected corrupt, got \(error)"); return }
      #expect(reason.contains("precision"))
    }
    var png = try fixtureData("decoding/half-transparent.png")
    png[png.count - 20] ^= 0xFF  // inside IDAT: its CRC no longer matches
    #expect {
      try decoder.decode(png)
    } throws: { error in
      if case .corrupt = error as? ImageDecodingError { return true }
      return false
    }
  }

  @Test func refusesADecompressionBombFromItsHeader() throws {
    var jpeg = try demoImage("mix-sunny")
    let sof = try #require(startOfFrame(jpeg))
    jpeg.replaceSubrange((sof + 5)..<(sof + 9), with: [0xFD, 0xE8, 0xFD, 0xE8])  // 65000 × 65000
    #expect(throws: ImageDecodingError.tooManyPixels(width: 65000, height: 65000, limit: 40_000_000)) {
      try decoder.decode(jpeg)
    }
    let png = pngHeader(width: 30_000, height: 30_000)
    #expect(throws: ImageDecodingError.tooManyPixels(width: 30_000, height: 30_000, limit: 40_000_000)) {
      try decoder.decode(png)
    }
    let small = ImageDecoder(pixelBudget: 100)
    #expect(throws: ImageDecodingError.tooManyPixels(width: 48, height: 32, limit: 100)) {
      try small.decode(try fixtureData("decoding/half-transparent.png"))
    }
  }

  @Test func encodesAndDecodesBack() throws {
    let image = RGBImage(width: 16, height: 8, fill: (10, 200, 30))
    let data = try #require(image.jpegData(quality: 95))
    let back = try decoder.decode(data)
    #expect((back.width, back.height) == (16, 8))
    #expect(abs(Int(back.pixels[0]) - 10) < 6 && abs(Int(back.pixels[1]) - 200) < 6)
  }

  /// Offset of the SOF0/SOF2 marker (FF C0 / FF C2).
  private func startOfFrame(_ data: Data) -> Int? {
    let bytes = [UInt8](data)
    return (0..<(bytes.count - 1)).first { bytes[$0] == 0xFF && (bytes[$0 + 1] == 0xC0 || bytes[$0 + 1] == 0xC2) }
  }

  /// A PNG whose header declares a huge image, with a few bytes of pixel data.
  private func pngHeader(width: UInt32, height: UInt32) -> Data {
    func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
      let typed = Array(type.utf8) + body
      return withUnsafeBytes(of: UInt32(body.count).bigEndian, Array.init) + typed
        + withUnsafeBytes(of: crc32(typed).bigEndian, Array.init)
    }
    var header: [UInt8] = []
    for value in [width, height] { header += withUnsafeBytes(of: value.bigEndian, Array.init) }
    header += [8, 2, 0, 0, 0]
    let idat: [UInt8] = [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]  // zlib of one zero byte
    return Data(
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", idat) + chunk("IEND", [])
    )
  }

  private func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
