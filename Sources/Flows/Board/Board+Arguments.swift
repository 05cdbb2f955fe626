import FlowerShop
import Foundation

/// The arguments of the staff commands.
extension Board {
  /// `""`/`today`, `tomorrow`, or a date such as `05.12`.
  static func day(_ arguments: String, _ c: OrderingContext) -> LocalDate? {
    let today = c.policy.today(at: c.now)
    switch arguments.trimmingCharacters(in: .whitespaces).lowercased() {
    case "", "today": return today
    case "tomorrow": return today.adding(days: 1)
    case let text: return LocalDate.parse(dayMonth: text, today: today)
    }
  }

  /// `12`, `#12` or `№12`.
  static func orderNumber(_ arguments: String) -> OrderNumber? {
    var text = Substring(arguments.trimmingCharacters(in: .whitespaces))
    if text.first == "#" || text.first == "№" { text = text.dropFirst() }
    guard let value = Int(text), value > 0 else { return nil }
    return OrderNumber(value)
  }
}
