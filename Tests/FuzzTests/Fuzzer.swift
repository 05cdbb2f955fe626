import BotTesting
import Foundation

/// The budget of every fuzz test: inputs per target in `swift test` (seeded, so a failure
/// reproduces). `FLOWERBOT_FUZZ_ITERATIONS=1000000 swift test --filter FuzzTests` runs longer.
let fuzzIterations: Int = ProcessInfo.processInfo.environment["FLOWERBOT_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 5_000

let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A seeded generator (SplitMix64) and the mutations a fuzzer applies to valid inputs.
struct Fuzzer: RandomNumberGenerator {
  private var numbers: SplitMix64

  init(seed: UInt64) { numbers = SplitMix64(seed: seed) }

  mutating func next() -> UInt64 { numbers.next() }

  mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &self) }

  /// Random bytes, up to `maxLength`.
  mutating func bytes(maxLength: Int) -> [UInt8] {
    (0..<int(0..<(maxLength + 1))).map { _ in UInt8.random(in: 0...255, using: &self) }
  }

  /// A string of characters drawn from `alphabet`.
  mutating func string(from alphabet: [Character], maxLength: Int) -> String {
    String((0..<int(0..<(maxLength + 1))).map { _ in alphabet[int(0..<alphabet.count)] })
  }

  /// One to four mutations of `input`: bit flips, byte changes, insertions, deletions,
  /// duplicated or swapped chunks, truncation, and tokens from `dictionary`.
  mutating func mutate(_ input: [UInt8], dictionary: [[UInt8]] = []) -> [UInt8] {
    var data = input
    for _ in 0..<int(1..<5) {
      let position = data.isEmpty ? 0 : int(0..<data.count)
      switch int(0..<8) {
      case 0 where !data.isEmpty: data[position] ^= UInt8(1) << UInt8(int(0..<8))
      case 1 where !data.isEmpty: data[position] = UInt8.random(in: 0...255, using: &self)
      case 2: data.insert(UInt8.random(in: 0...255, using: &self), at: position)
      case 3 where !data.isEmpty: data.removeSubrange(position..<min(data.count, position + int(1..<16)))
      case 4 where !data.isEmpty:
        let end = min(data.count, position + int(1..<64))
        data.insert(contentsOf: data[position..<end], at: int(0..<(data.count + 1)))
      case 5: data = Array(data.prefix(position))
      case 6 where !dictionary.isEmpty: data.insert(contentsOf: dictionary[int(0..<dictionary.count)], at: position)
      default:
        let interesting: [UInt8] = [0, 0xFF, 0x7F, 0x80, 0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x3A, 0x2C]
        data.insert(interesting[int(0..<interesting.count)], at: position)
      }
    }
    return data
  }

  /// A mutated copy of `text`, as a string (invalid UTF-8 repaired the way Swift does).
  mutating func mutate(_ text: String, dictionary: [String] = []) -> String {
    String(decoding: mutate(Array(text.utf8), dictionary: dictionary.map { Array($0.utf8) }), as: UTF8.self)
  }
}
