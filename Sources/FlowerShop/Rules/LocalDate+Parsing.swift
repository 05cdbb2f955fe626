import Foundation

extension LocalDate {
  /// Parses a typed date: "30.11", "30.11.2026", "30.11.26", "30/11", "30 11", "30-11".
  /// Without a year it is the next such date on or after `today`.
  public static func parse(dayMonth text: String, today: LocalDate) -> LocalDate? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let parts = trimmed.split(whereSeparator: { ". /-".contains($0) })
    guard trimmed.first?.isNumber == true, trimmed.last?.isNumber == true, (2...3).contains(parts.count),
      parts.allSatisfy({ part in part.count <= 4 && part.allSatisfy { $0.isASCII && $0.isNumber } }),
      let day = Int(parts[0]), let month = Int(parts[1]), parts[0].count <= 2, parts[1].count <= 2
    else { return nil }
    if parts.count == 3 {
      guard let typed = Int(parts[2]), parts[2].count == 2 || parts[2].count == 4 else { return nil }
      return LocalDate(year: parts[2].count == 2 ? 2000 + typed : typed, month: month, day: day)
    }
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    // 29 February may be up to eight years away.
    for year in today.year...(today.year + 8) {
      if let date = LocalDate(year: year, month: month, day: day), date >= today { return date }
    }
    return nil
  }
}

extension LocalDate {
  /// Parses `description` ("2026-11-27").
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Codable as "2026-11-27".
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let date = LocalDate(iso: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "expected YYYY-MM-DD, got \(text)"))
    }
    self = date
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer(); try c.encode(description)
  }
}
