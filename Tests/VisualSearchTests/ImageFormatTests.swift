import Foundation
import Testing

@testable import VisualSearch

@Suite struct ImageFormatTests {
  @Test func sniffsFormatsByTheirFirstBytes() {
    #expect(ImageFormat.sniff(Data([0xFF, 0xD8, 0xFF, 0xE0])) == .jpeg)
    #expect(ImageFormat.sniff(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) == .png)
    #expect(ImageFormat.sniff(Data("GIF89a".utf8)) == .gif)
    #expect(ImageFormat.sniff(Data("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)) == .webp)
    #expect(ImageFormat.sniff(Data("\u{0}\u{0}\u{0}\u{18}ftypheic".utf8)) == .heic)
    #expect(ImageFormat.sniff(Data("\u{0}\u{0}\u{0}\u{18}ftypisom".utf8)) == nil)
    #expect(ImageFormat.sniff(Data("hello".utf8)) == nil)
    #expect(ImageFormat.sniff(Data()) == nil)
  }
}
