import FlowerShop
import Foundation
import Testing
import VisualSearch

/// Photos people send go through libjpeg and libpng: truncated, corrupt, mislabelled and
/// oversized images decode or throw `ImageDecodingError`; none ends the process.
@Suite struct ImageDecodingFuzzTests {
  static let decoder = ImageDecoder(pixelBudget: 4_000_000)

  static func jpeg() throws -> [UInt8] {
    let folder = try DemoShop.directory.appendingPathComponent("images")
    return Array(try Data(contentsOf: folder.appendingPathComponent("rose-red-15.jpg")))
  }

  static func png() throws -> [UInt8] {
    let url = repositoryRoot.appendingPathComponent("Tests/VisualSearchTests/Fixtures/decoding/half-transparent.png")
    return Array(try Data(contentsOf: url))
  }

  static func decode(_ bytes: [UInt8]) {
    do {
      _ = try decoder.decode(Data(bytes), minSide: bytes.count % 3 == 0 ? 64 : nil)
    } catch {
      // Any ImageDecodingError is a correct answer; the test is that we got here.
    }
  }

  @Test func truncatedImagesThrow() throws {
    for image in [try Self.jpeg(), try Self.png()] {
      let step = max(1, image.count / 200)
      for length in stride(from: 0, to: image.count, by: step) { Self.decode(Array(image.prefix(length))) }
    }
  }

  @Test func mutatedImagesDecodeOrThrow() throws {
    var fuzzer = Fuzzer(seed: 0x5EED_0301)
    let images = [try Self.jpeg(), try Self.png()]
    let markers: [[UInt8]] = [
      [0xFF, 0xD8], [0xFF, 0xC0], [0xFF, 0xDA], [0xFF, 0xD9], Array("IHDR".utf8), Array("IDAT".utf8),
    ]
    // Each decode of a full image costs ~1 ms: a tenth of the budget.
    for i in 0..<max(1, fuzzIterations / 10) {
      Self.decode(fuzzer.mutate(images[i % 2], dictionary: markers))
    }
  }

  @Test func wrongMagicAndRandomBytesThrow() throws {
    var fuzzer = Fuzzer(seed: 0x5EED_0302)
    let jpeg = try Self.jpeg(), png = try Self.png()
    Self.decode(Array(png.prefix(8)) + jpeg.dropFirst(2))  // PNG signature, JPEG body
    Self.decode(Array(jpeg.prefix(2)) + png.dropFirst(8))  // JPEG marker, PNG body
    let magics: [[UInt8]] = [
      [0x47, 0x49, 0x46, 0x38], [0x42, 0x4D], [0x52, 0x49, 0x46, 0x46], [0xFF, 0xD8, 0xFF], [0x89, 0x50, 0x4E, 0x47],
    ]
    for magic in magics {
      for _ in 0..<max(1, fuzzIterations / 50) { Self.decode(magic + fuzzer.bytes(maxLength: 512)) }
    }
  }

  @Test func decompressionBombsAreRefusedFromTheHeader() throws {
    var bomb = try Self.png()
    // IHDR width and height at bytes 16..<24; the decoder must check them before inflating.
    bomb.replaceSubrange(16..<24, with: [0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00])
    #expect(throws: ImageDecodingError.self) { try Self.decoder.decode(Data(bomb)) }
    var jpeg = try Self.jpeg()
    if let sof = (0..<(jpeg.count - 9)).first(where: {
      jpeg[$0] == 0xFF && (jpeg[$0 + 1] == 0xC0 || jpeg[$0 + 1] == 0xC2)
    }) {
      jpeg.replaceSubrange((sof + 5)..<(sof + 9), with: [0xFF, 0xFF, 0xFF, 0xFF])  // 65535 × 65535
      #expect(throws: ImageDecodingError.self) { try Self.decoder.decode(Data(jpeg)) }
    }
  }
}
