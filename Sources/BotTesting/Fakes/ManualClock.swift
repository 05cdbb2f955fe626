import Dialog
import Foundation

/// A clock that moves only when told to; tests and the console set and advance it.
public final class ManualClock: WallClock, Sendable {
  private let current: Locked<Date>

  public init(_ start: Date) { current = Locked(start) }

  public func now() -> Date { current.withLock { $0 } }

  /// Moves the clock to `date` (backwards too).
  public func set(_ date: Date) { current.withLock { $0 = date } }

  /// Moves the clock forward by `seconds`.
  public func advance(by seconds: TimeInterval) { current.withLock { $0 += seconds } }
}

/// A reproducible random source (SplitMix64): the same seed gives the same tracking ids.
public final class SeededRandom: RandomSource, Sendable {
  private let state: Locked<SplitMix64>

  public init(seed: UInt64 = 42) { state = Locked(SplitMix64(seed: seed)) }

  public func next() -> UInt64 { state.withLock { $0.next() } }
}

/// A small deterministic generator (SplitMix64) for seeded tests and fuzzing: the same seed
/// gives the same numbers, so a failure reproduces.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
