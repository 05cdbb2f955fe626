/// A parsed message value: text and placeables in order.
typealias FluentPattern = [FluentElement]

enum FluentElement: Sendable, Equatable {
  case text(String)
  case placeable(FluentExpression)
}

indirect enum FluentExpression: Sendable, Equatable {
  /// `{ $name }`
  case variable(String)
  /// `{ "text" }` or `{ 42 }`, rendered verbatim.
  case literal(String)
  /// `{ $selector -> [key] value *[other] value }`
  case select(FluentSelect)
}

struct FluentSelect: Sendable, Equatable {
  var selector: FluentExpression
  /// Every variant including the default, in source order.
  var variants: [FluentVariant]
  var defaultValue: FluentPattern
}

struct FluentVariant: Sendable, Equatable {
  var key: FluentVariantKey
  var value: FluentPattern
}

enum FluentVariantKey: Sendable, Equatable {
  /// `[0]`: matches exactly this number and wins over plural categories.
  case number(Int)
  /// `[few]` or `[kaspi]`: a plural category for numbers, the value itself for strings.
  case identifier(String)
}

/// Turns patterns into text; never fails, so a bad call site shows up as visible text.
struct FluentRenderer {
  let arguments: [String: LocaleArgument]
  let language: String

  func render(_ pattern: FluentPattern) -> String {
    var output = ""
    for element in pattern {
      switch element {
      case .text(let text): output += text
      case .placeable(let expression): output += render(expression)
      }
    }
    return output
  }

  private func render(_ expression: FluentExpression) -> String {
    switch expression {
    case .variable(let name): arguments[name]?.rendered ?? "{$\(name)}"
    case .literal(let text): text
    case .select(let select): render(variant(of: select))
    }
  }

  private func variant(of select: FluentSelect) -> FluentPattern {
    switch value(of: select.selector) {
    case .number(let number)?:
      if let exact = select.variants.first(where: { $0.key == .number(number) }) {
        return exact.value
      }
      let category = PluralRules.category(for: number, language: language).rawValue
      if let plural = select.variants.first(where: { $0.key == .identifier(category) }) {
        return plural.value
      }
    case .string(let string)?:
      if let named = select.variants.first(where: { $0.key == .identifier(string) }) {
        return named.value
      }
    case nil:
      break
    }
    return select.defaultValue
  }

  private func value(of selector: FluentExpression) -> LocaleArgument? {
    switch selector {
    case .variable(let name): arguments[name]
    case .literal(let text): Int(text).map(LocaleArgument.number) ?? .string(text)
    case .select: nil  // the parser rejects selects as selectors
    }
  }
}
