/// Recursive-descent parser for the Fluent subset documented on `LocaleBundle`.
///
/// Works on `Character`s so emoji and non-breaking spaces pass through untouched; every
/// read is bounds-checked and nesting is capped, so no input can crash it.
struct FluentParser {
  /// Deep enough for any real message, shallow enough that garbage cannot exhaust the stack.
  static let maximumNesting = 16

  let characters: [Character]
  var position = 0
  var nesting = 0

  init(source: String) {
    // "\r\n" is a single Character in Swift; normalizing keeps every line check simple.
    characters = source.map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 }
  }

  /// Parses the whole source into messages by key.
  mutating func parseMessages() throws(LocaleParseError) -> [String: FluentPattern] {
    var messages: [String: FluentPattern] = [:]
    while let character = peek() {
      switch character {
      case "\n":
        position += 1
      case "#":
        skipLine()
      case " ":
        guard lineIsBlank() else { throw error("unexpected indented line outside a message") }
        skipLine()
      default:
        let start = position
        let (key, pattern) = try parseMessage()
        guard messages[key] == nil else { throw error("duplicate key '\(key)'", at: start) }
        messages[key] = pattern
      }
    }
    return messages
  }

  private mutating func parseMessage() throws(LocaleParseError) -> (String, FluentPattern) {
    let start = position
    while let character = peek(), character != " ", character != "=", character != "\n" {
      position += 1
    }
    let key = String(characters[start..<position])
    guard Self.isValidKey(key) else {
      throw error("bad key name '\(key)' (expected [a-z][a-z0-9-]*)", at: start)
    }
    skipInlineBlank()
    guard peek() == "=" else { throw error("missing '=' after key '\(key)'", at: start) }
    position += 1
    let pattern = try parsePattern(inVariant: false)
    guard !pattern.isEmpty else { throw error("key '\(key)' has no value", at: start) }
    if let character = peek(), character != "\n" {
      throw error("unexpected '\(character)'")
    }
    return (key, pattern)
  }

  /// Parses `{ … }` starting at its opening brace.
  mutating func parsePlaceable() throws(LocaleParseError) -> FluentExpression {
    let open = position
    position += 1
    nesting += 1
    defer { nesting -= 1 }
    guard nesting <= Self.maximumNesting else { throw error("placeables nested too deeply") }
    skipBlank()
    var expression = try parseInlineExpression(open: open)
    skipBlank()
    if peek() == "-" && peek(1) == ">" {
      if case .select = expression { throw error("a select expression cannot be a selector") }
      position += 2
      expression = .select(try parseSelect(selector: expression, open: open))
      skipBlank()
    }
    guard peek() == "}" else { throw unterminatedOrUnexpected(open: open) }
    position += 1
    return expression
  }

  private mutating func parseInlineExpression(
    open: Int
  ) throws(LocaleParseError) -> FluentExpression {
    switch peek() {
    case "$":
      position += 1
      let name = readName()
      guard name.first?.isLetter == true else { throw error("bad variable name after '$'") }
      return .variable(name)
    case "\"":
      return .literal(try readStringLiteral())
    case "{":
      return try parsePlaceable()
    case "}":
      throw error("empty placeable")
    case let character? where character.isASCII && (character.isNumber || character == "-"):
      return .literal(try readNumberLiteral())
    default:
      throw unterminatedOrUnexpected(open: open)
    }
  }

  private mutating func parseSelect(
    selector: FluentExpression, open: Int
  ) throws(LocaleParseError) -> FluentSelect {
    var variants: [FluentVariant] = []
    var defaultValue: FluentPattern?
    while true {
      skipBlank()
      if peek() == "}" { break }
      guard isVariantStart(at: position) else { throw unterminatedOrUnexpected(open: open) }
      let isDefault = peek() == "*"
      if isDefault {
        guard defaultValue == nil else { throw error("more than one default variant '*[…]'") }
        position += 1
      }
      position += 1  // "["
      skipInlineBlank()
      let keyStart = position
      let key = try variantKey(readName(), at: keyStart)
      skipInlineBlank()
      position += 1  // "]", guaranteed by isVariantStart
      let value = try parsePattern(inVariant: true)
      variants.append(FluentVariant(key: key, value: value))
      if isDefault { defaultValue = value }
    }
    guard let defaultValue else {
      throw error("select expression has no default variant '*[…]'", at: open)
    }
    return FluentSelect(selector: selector, variants: variants, defaultValue: defaultValue)
  }

  private func variantKey(
    _ text: String, at start: Int
  ) throws(LocaleParseError)
    -> FluentVariantKey
  {
    if let first = text.first, first.isLetter {
      return .identifier(text)
    }
    guard let number = Int(text) else { throw error("bad variant key '\(text)'", at: start) }
    return .number(number)
  }

  /// A brace left open reads best as "unterminated" at the line that opened it; anything
  /// else is reported where it stands.
  private func unterminatedOrUnexpected(open: Int) -> LocaleParseError {
    guard let character = peek() else { return error("unterminated placeable", at: open) }
    if position > 0 && characters[position - 1] == "\n" {
      return error("unterminated placeable", at: open)
    }
    return error("unexpected '\(character)' in placeable")
  }

  static func isValidKey(_ key: String) -> Bool {
    guard let first = key.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return key.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
  }
}
