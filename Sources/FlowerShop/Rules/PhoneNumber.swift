import Foundation

/// Why a typed phone number was refused.
public enum PhoneNumberError: Error, Equatable, Sendable {
  case empty
  /// Letters or other characters that cannot be in a phone number.
  case notANumber
  case wrongLength
  /// A Russian mobile (+7 9…), which the shop cannot call.
  case russianMobile
  /// Any other +7 number (landline) or a foreign country code.
  case notKazakhMobile
}

/// A Kazakh mobile number, held in E.164 form ("+77015211545"). Codable as that string.
public struct PhoneNumber: Hashable, Codable, Sendable, CustomStringConvertible {
  public let e164: String

  /// Validates an E.164 string such as "+77015211545".
  public init?(e164: String) {
    guard e164.hasPrefix("+7"), case .success(let phone) = Self.parse(e164), phone.e164 == e164 else {
      return nil
    }
    self = phone
  }

  private init(national: String) { e164 = "+7" + national }

  /// Parses what people type: `+7 701 521 15 45`, `8 (701) 521-15-45`, `87015211545`,
  /// `7015211545`, `77015211545`. Spaces, dashes, parentheses and dots are ignored.
  public static func parse(_ text: String) -> Result<PhoneNumber, PhoneNumberError> {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty { return .failure(.empty) }
    var body = Substring(trimmed)
    let plus = body.first == "+"
    if plus { body = body.dropFirst() }
    var digits = ""
    for character in body {
      if let ascii = character.asciiValue, (48...57).contains(ascii) {
        digits.append(character)
      } else if !" -().\u{00A0}\t".contains(character) {
        return .failure(.notANumber)
      }
    }
    if digits.isEmpty { return .failure(.notANumber) }
    return national(digits: digits, plus: plus).flatMap(classify)
  }

  /// The ten digits after +7, or why there are none.
  private static func national(digits: String, plus: Bool) -> Result<String, PhoneNumberError> {
    if plus {
      guard digits.first == "7" else { return .failure(.notKazakhMobile) }
      return digits.count == 11 ? .success(String(digits.dropFirst())) : .failure(.wrongLength)
    }
    switch digits.count {
    case 10: return .success(digits)
    case 11 where digits.first == "7" || digits.first == "8": return .success(String(digits.dropFirst()))
    case 11: return .failure(.notKazakhMobile)
    default: return .failure(.wrongLength)
    }
  }

  private static func classify(_ national: String) -> Result<PhoneNumber, PhoneNumberError> {
    let d = Array(national.utf8).map { Int($0) - 48 }
    if d[0] == 9 { return .failure(.russianMobile) }
    guard d[0] == 7 else { return .failure(.notKazakhMobile) }
    let mobile: Bool
    switch d[1] {
    case 0: mobile = [0, 1, 2, 5, 6, 7, 8].contains(d[2])
    case 4: mobile = d[2] == 7
    case 6: mobile = (0...4).contains(d[2])
    case 7: mobile = [1, 5, 6, 7, 8].contains(d[2])
    case 8: mobile = d[2] == 5
    default: mobile = false
    }
    return mobile ? .success(PhoneNumber(national: national)) : .failure(.notKazakhMobile)
  }

  /// "+7 701 521 15 45"
  public var formatted: String {
    let n = Array(e164.dropFirst(2))
    return "+7 \(String(n[0..<3])) \(String(n[3..<6])) \(String(n[6..<8])) \(String(n[8..<10]))"
  }
  public var description: String { e164 }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let phone = PhoneNumber(e164: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a KZ mobile: \(text)"))
    }
    self = phone
  }
  public func encode(to encoder: any Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(e164) }
}
