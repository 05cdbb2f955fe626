extension Money {
  /// Whole tenge (rounded half up) grouped by thousands, with U+00A0 between the groups
  /// and before the sign: `17 000 ₸`, `-1 500 ₸`.
  public var formatted: String {
    let amount = wholeTenge
    let digits = String(amount.magnitude)
    var groups: [Substring] = []
    var end = digits.endIndex
    while end > digits.startIndex {
      let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
      groups.insert(digits[start..<end], at: 0)
      end = start
    }
    let sign = amount < 0 ? "-" : ""
    return sign + groups.joined(separator: "\u{00A0}") + "\u{00A0}₸"
  }
}
