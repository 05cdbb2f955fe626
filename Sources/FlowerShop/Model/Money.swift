/// An amount in tenge, held as an integer number of tiyn (1 ₸ = 100 tiyn).
public struct Money: Hashable, Codable, Sendable, Comparable {
  public var tiyn: Int64
  public init(tiyn: Int64) { self.tiyn = tiyn }
  public static func tenge(_ amount: Int64) -> Money { Money(tiyn: amount * 100) }
  public static let zero = Money(tiyn: 0)

  /// Whole tenge, rounded half up.
  public var wholeTenge: Int64 { (tiyn + (tiyn >= 0 ? 50 : -50)) / 100 }

  public static func + (a: Money, b: Money) -> Money { Money(tiyn: a.tiyn + b.tiyn) }
  public static func * (a: Money, n: Int) -> Money { Money(tiyn: a.tiyn * Int64(n)) }
  public static func < (a: Money, b: Money) -> Bool { a.tiyn < b.tiyn }

  public init(from decoder: any Decoder) throws { tiyn = try decoder.singleValueContainer().decode(Int64.self) }
  public func encode(to encoder: any Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(tiyn) }
}
