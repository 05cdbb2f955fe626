import Foundation

/// Where time comes from. Production uses `SystemClock`; tests a manual clock.
public protocol WallClock: Sendable {
  func now() -> Date
}

public struct SystemClock: WallClock {
  public init() {}
  public func now() -> Date { Date() }
}

/// Where randomness comes from (tracking ids). Tests use a seeded source.
public protocol RandomSource: Sendable {
  func next() -> UInt64
}

public struct SystemRandomSource: RandomSource {
  public init() {}
  public func next() -> UInt64 {
    var generator = SystemRandomNumberGenerator()
    return generator.next()
  }
}

/// Adapts a `RandomSource` to Swift's generator protocol.
public struct RandomSourceGenerator: RandomNumberGenerator {
  let source: any RandomSource
  public init(_ source: any RandomSource) { self.source = source }
  public mutating func next() -> UInt64 { source.next() }
}
