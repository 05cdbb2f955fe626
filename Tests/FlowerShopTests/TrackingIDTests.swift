import FlowerShop
import Foundation
import Testing

/// A deterministic generator for tests (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite struct TrackingIDTests {
  static let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")

  @Test func generatesTwelveURLSafeCharacters() {
    var generator = SeededGenerator(state: 42)
    var seen = Set<TrackingID>()
    for _ in 0..<1000 {
      let id = TrackingID.generate(using: &generator)
      #expect(id.rawValue.count == 12)
      #expect(id.rawValue.allSatisfy { Self.alphabet.contains($0) })
      #expect(TrackingID(validating: id.rawValue) == id)
      seen.insert(id)
    }
    #expect(seen.count == 1000)
  }

  @Test func sameSeedSameID() {
    var a = SeededGenerator(state: 7)
    var b = SeededGenerator(state: 7)
    #expect(TrackingID.generate(using: &a) == TrackingID.generate(using: &b))
  }

  @Test func usesTheWholeAlphabet() {
    var generator = SeededGenerator(state: 1)
    let used = Set((0..<200).flatMap { _ in TrackingID.generate(using: &generator).rawValue })
    #expect(used == Self.alphabet)
  }

  @Test(arguments: ["", "abc", "Ab3_-xY9zQ0", "Ab3_-xY9zQ0pp", "Ab3_-xY9zQ0+", "Ab3_-xY9zQ0ж", "Ab3 -xY9zQ0p"])
  func refusesInvalidText(text: String) {
    #expect(TrackingID(validating: text) == nil)
  }

  @Test func codableAsTheBareString() throws {
    let id = try #require(TrackingID(validating: "Ab3_-xY9zQ0p"))
    #expect(id.description == "Ab3_-xY9zQ0p")
    let data = try JSONEncoder().encode([id])
    #expect(String(decoding: data, as: UTF8.self) == #"["Ab3_-xY9zQ0p"]"#)
    #expect(try JSONDecoder().decode([TrackingID].self, from: data) == [id])
    #expect(throws: DecodingError.self) { try JSONDecoder().decode([TrackingID].self, from: Data(#"["short"]"#.utf8)) }
  }
}
