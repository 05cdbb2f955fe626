/// The unguessable public id of an order: 12 characters of the URL-safe alphabet
/// `A-Za-z0-9_-` (72 random bits). Fits a Telegram deep link. Codable as the bare string.
public struct TrackingID: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
  public static let length = 12
  static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")

  public let rawValue: String

  /// Trusts `rawValue`; use `init?(validating:)` for input.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Nil unless `text` is exactly 12 characters of the alphabet.
  public init?(validating text: String) {
    guard text.count == Self.length, text.allSatisfy({ Self.alphabet.contains($0) }) else { return nil }
    rawValue = text
  }

  /// 72 random bits from `generator`, six per character.
  public static func generate<G: RandomNumberGenerator>(using generator: inout G) -> TrackingID {
    var text = ""
    var bits = generator.next() as UInt64
    var left = 64
    for _ in 0..<length {
      if left < 6 {
        bits = generator.next()
        left = 64
      }
      text.append(alphabet[Int(bits & 63)])
      bits >>= 6
      left -= 6
    }
    return TrackingID(rawValue: text)
  }

  public var description: String { rawValue }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let id = TrackingID(validating: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a tracking id: \(text)"))
    }
    self = id
  }
  public func encode(to encoder: any Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(rawValue) }
}
