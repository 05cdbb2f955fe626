import BotTesting
import Foundation
import Testing

@testable import Dialog

/// Shapes that synthesized and hand-written conformances produce.
private enum Mode: Codable, Equatable {
  case idle
  case named(String, count: Int)
  case nested(Inner?)
  case list([Inner])
}

private struct Inner: Codable, Equatable {
  var title: String
  var price: Int64?
  var ratio: Double
  var small: Int8
  var flags: [Bool]
  var grid: [[UInt16]]
  var note: String?
}

/// Encodes through `superEncoder` and a second `container` request, as some hand-written code does.
private struct Unusual: Codable, Equatable {
  var a: Int
  var b: [String]
  enum CodingKeys: String, CodingKey { case a, b }
  init(a: Int, b: [String]) {
    self.a = a
    self.b = b
  }
  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    a = try container.decode(Int.self, forKey: .a)
    b = try container.decode([String].self, forKey: .b)
  }
  func encode(to encoder: any Encoder) throws {
    var first = encoder.container(keyedBy: CodingKeys.self)
    try first.encode(a, forKey: .a)
    var second = encoder.container(keyedBy: CodingKeys.self)
    var list = second.nestedUnkeyedContainer(forKey: .b)
    for item in b { try list.encode(item) }
  }
}

private struct Empty: Codable, Equatable {}

@Suite struct StreamingJSONEncoderTests {
  static let texts = ["", "Букет «Нежность»", "a/b \\ \"q\"", "line\nbreak\t\u{1}", "🌹"]

  private func inner(_ random: SeededRandom) -> Inner {
    Inner(
      title: Self.texts[Int(random.next() % 5)], price: random.next() % 2 == 0 ? Int64(bitPattern: random.next()) : nil,
      ratio: Double(Int64(bitPattern: random.next() >> 12)) / 1024, small: Int8(truncatingIfNeeded: random.next()),
      flags: (0..<Int(random.next() % 3)).map { _ in random.next() % 2 == 0 },
      grid: (0..<Int(random.next() % 3)).map { _ in (0..<Int(random.next() % 3)).map { _ in UInt16(random.next() % 9) }
      },
      note: random.next() % 3 == 0 ? "x" : nil)
  }

  private func mode(_ random: SeededRandom) -> Mode {
    switch random.next() % 4 {
    case 0: .idle
    case 1: .named(Self.texts[Int(random.next() % 5)], count: Int(random.next() % 1000) - 500)
    case 2: .nested(random.next() % 2 == 0 ? inner(random) : nil)
    default: .list((0..<Int(random.next() % 4)).map { _ in inner(random) })
    }
  }

  /// Same value as `JSONEncoder` writes (compared as parsed JSON) and decodes back.
  private func check<T: Codable & Equatable>(_ value: T) throws {
    let streamed = Data(try StreamingJSONEncoder.encode(value))
    #expect(try JSONDecoder().decode(T.self, from: streamed) == value)
    let reference = try JSONEncoder().encode(value)
    let a = try JSONSerialization.jsonObject(with: streamed, options: [.fragmentsAllowed]) as? NSObject
    let b = try JSONSerialization.jsonObject(with: reference, options: [.fragmentsAllowed]) as? NSObject
    #expect(a == b, "\(String(decoding: streamed, as: UTF8.self))")
  }

  @Test func matchesJSONEncoderOnRandomValues() throws {
    let random = SeededRandom(seed: 3)
    for _ in 0..<1_000 {
      try check(mode(random))
      try check([mode(random), mode(random)])
    }
    try check(Unusual(a: 1, b: ["x", "y"]))
    try check(Empty())
    try check(Optional<Int>.none)
    try check("top-level text")
  }

  @Test func equalValuesGiveEqualText() throws {
    let random = SeededRandom(seed: 5)
    for _ in 0..<100 {
      let value = mode(random)
      #expect(try StreamingJSONEncoder.encode(value) == StreamingJSONEncoder.encode(value))
    }
  }

  @Test func leavesSpecialTypesToJSONEncoder() throws {
    #expect(throws: StreamingJSONEncoder.Unsupported.self) { try StreamingJSONEncoder.encode([Date()]) }
    #expect(throws: StreamingJSONEncoder.Unsupported.self) { try StreamingJSONEncoder.encode([Double.nan]) }
    // The store falls back, so a state holding a date is still saved.
    #expect(try DialogStateStore.encode(["at": Date(timeIntervalSinceReferenceDate: 1)]) == #"{"at":1}"#)
  }
}
