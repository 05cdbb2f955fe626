/// A CLDR plural category.
public enum PluralCategory: String, Sendable, CaseIterable {
  case zero, one, two, few, many, other
}

/// CLDR cardinal plural rules for integers in the languages the bot speaks.
public enum PluralRules {
  /// The plural category of `n` in `language` ("ru", "kk", "en"; a region such as
  /// "ru-RU" is ignored). Unknown languages use the English rules.
  public static func category(for n: Int, language: String) -> PluralCategory {
    // CLDR rules are defined on the absolute value; `magnitude` cannot overflow on Int.min.
    let value = n.magnitude
    switch primarySubtag(of: language) {
    case "ru": return russian(value)
    default: return value == 1 ? .one : .other  // kk, en, and the English fallback
    }
  }

  /// The lowercased language part of a BCP 47 or POSIX tag: "en-US" and "en_US" → "en".
  static func primarySubtag(of tag: String) -> String {
    let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
    return primary.lowercased()
  }

  private static func russian(_ n: UInt) -> PluralCategory {
    let lastDigit = n % 10
    let lastTwo = n % 100
    if lastDigit == 1 && lastTwo != 11 { return .one }
    if (2...4).contains(lastDigit) && !(12...14).contains(lastTwo) { return .few }
    return .many
  }
}
