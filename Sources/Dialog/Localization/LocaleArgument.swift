/// A value passed into a message.
///
/// Numbers select plural variants and are printed plainly (`1000`, no grouping);
/// strings select variants whose key is the same identifier.
public enum LocaleArgument: Sendable, Equatable, ExpressibleByStringLiteral,
  ExpressibleByIntegerLiteral
{
  case string(String)
  case number(Int)

  public init(stringLiteral value: String) {
    self = .string(value)
  }

  public init(integerLiteral value: Int) {
    self = .number(value)
  }

  /// The text this argument renders as inside a message.
  public var rendered: String {
    switch self {
    case .string(let value): value
    case .number(let value): String(value)
    }
  }
}
