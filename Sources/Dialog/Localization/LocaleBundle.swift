/// One language's messages parsed from a Fluent-subset file.
///
/// The supported subset of [Fluent](https://projectfluent.org/fluent/guide/):
///
/// - Comments: lines starting with `#` (also `##`, `###`) at column 0; blank lines.
/// - Messages: `key = value` with `key` matching `[a-z][a-z0-9-]*`. A value continues on the
///   following lines that are indented by at least one space; they are joined with "\n" and
///   their common indentation is removed. A value may also start on the line after `key =`.
///   Blank lines inside a value are kept; trailing spaces and line breaks are dropped.
///   Only U+0020 counts as indentation, so no-break spaces and emoji stay verbatim.
/// - Placeables: `{ $name }` (spaces optional) prints an argument, numbers without grouping;
///   a missing argument prints `{$name}`. `{ "text" }` prints a string literal (escapes `\"`,
///   `\\`, `\u0041`), so `{ "{" }` is a literal brace. `{ 42 }` prints a number.
/// - Select expressions, inline or over several lines, with text around them:
///   ```
///   order-items = { $count ->
///       [one] { $count } букет
///       [few] { $count } букета
///      *[many] { $count } букетов
///   }
///   ```
///   For a number the variant `[n]` with exactly that number wins, then the variant named
///   after its plural category in this bundle's language (`PluralRules`); for a string, the
///   variant with that identifier (`{ $method -> [kaspi] Kaspi *[other] … }`); otherwise the
///   single default variant marked `*`. Variant values may contain placeables and selects.
///   Inside a variant value, `[word]` starts the next variant.
/// - Not supported: terms (`-brand`), message references, attributes, functions.
///
/// Errors carry a line number: bad key name, missing `=`, duplicate key, empty value,
/// unterminated placeable or string, select without (or with two) default variants, a stray
/// `}`. Parsing never traps, whatever the input.
public struct LocaleBundle: Sendable {
  /// The language of the messages, e.g. "ru"; it decides plural categories.
  public let language: String
  private let messages: [String: FluentPattern]

  /// Parses `source`; throws the first mistake found.
  public init(language: String, source: String) throws(LocaleParseError) {
    var parser = FluentParser(source: source)
    self.messages = try parser.parseMessages()
    self.language = language
  }

  /// The keys of all messages.
  public var keys: Set<String> { Set(messages.keys) }

  /// The message `key` rendered with `arguments`; nil when the key is missing.
  public func format(_ key: String, _ arguments: [String: LocaleArgument] = [:]) -> String? {
    guard let pattern = messages[key] else { return nil }
    return FluentRenderer(arguments: arguments, language: language).render(pattern)
  }
}
