/// Pattern (message and variant value) parsing, with Fluent's indentation rules.
extension FluentParser {
  private enum RawElement {
    case text(String)
    /// A line break into an indented continuation line; `newlines` counts kept blank lines.
    case indent(newlines: Int, spaces: Int)
    case placeable(FluentExpression)
  }

  /// Parses a value after `=` or after a variant key. In a variant the value also ends at
  /// the next variant (`[key]`, `*[key]`) or at the `}` closing the select.
  mutating func parsePattern(inVariant: Bool) throws(LocaleParseError) -> FluentPattern {
    var elements: [RawElement] = []
    var commonIndent = Int.max
    skipInlineBlank()
    if peek() == "\n" {
      // A value starting on the next line: its leading line break is not part of it.
      guard let next = continuation(inVariant: inVariant) else { return [] }
      position = next.content
      elements.append(.indent(newlines: 0, spaces: next.spaces))
      commonIndent = next.spaces
    }
    scanning: while let character = peek() {
      switch character {
      case "{":
        elements.append(.placeable(try parsePlaceable()))
      case "}":
        guard inVariant else { throw error("unexpected '}' (write { \"}\" } for a literal brace)") }
        break scanning
      case "\n":
        guard let next = continuation(inVariant: inVariant) else { break scanning }
        position = next.content
        elements.append(.indent(newlines: next.newlines, spaces: next.spaces))
        commonIndent = min(commonIndent, next.spaces)
      default:
        if inVariant && isVariantStart(at: position) { break scanning }
        elements.append(.text(readText(inVariant: inVariant)))
      }
    }
    return Self.dedented(elements, commonIndent: commonIndent)
  }

  /// From a line break, finds the next non-blank line if it is indented and continues the
  /// pattern; blank lines in between are kept as line breaks.
  private func continuation(inVariant: Bool) -> (newlines: Int, spaces: Int, content: Int)? {
    var index = position
    var newlines = 0
    while index < characters.count, characters[index] == "\n" {
      newlines += 1
      index += 1
      var spaces = 0
      while index < characters.count, characters[index] == " " {
        spaces += 1
        index += 1
      }
      guard index < characters.count else { return nil }
      if characters[index] == "\n" { continue }
      guard spaces > 0 else { return nil }
      if inVariant && (characters[index] == "}" || isVariantStart(at: index)) { return nil }
      return (newlines, spaces, index)
    }
    return nil
  }

  private mutating func readText(inVariant: Bool) -> String {
    var text = ""
    while let character = peek(), character != "{", character != "}", character != "\n" {
      if inVariant && !text.isEmpty && isVariantStart(at: position) { break }
      text.append(character)
      position += 1
    }
    return text
  }

  /// Whether `[key]` or `*[key]` starts at `index` (spaces allowed inside the brackets).
  func isVariantStart(at index: Int) -> Bool {
    var index = index
    if character(at: index) == "*" { index += 1 }
    guard character(at: index) == "[" else { return false }
    index += 1
    while character(at: index) == " " { index += 1 }
    let keyStart = index
    while let character = character(at: index), Self.isNameCharacter(character) { index += 1 }
    guard index > keyStart else { return false }
    while character(at: index) == " " { index += 1 }
    return character(at: index) == "]"
  }

  /// Removes the indentation common to all continuation lines and trailing blanks,
  /// as Fluent does.
  private static func dedented(_ elements: [RawElement], commonIndent: Int) -> FluentPattern {
    var pattern: FluentPattern = []
    func append(_ text: String) {
      if case .text(let previous)? = pattern.last {
        pattern[pattern.count - 1] = .text(previous + text)
      } else if !text.isEmpty {
        pattern.append(.text(text))
      }
    }
    for element in elements {
      switch element {
      case .text(let text):
        append(text)
      case .indent(let newlines, let spaces):
        let extra = max(0, spaces - commonIndent)
        append(String(repeating: "\n", count: newlines) + String(repeating: " ", count: extra))
      case .placeable(let expression):
        pattern.append(.placeable(expression))
      }
    }
    if case .text(var last)? = pattern.last {
      // Only ASCII spaces and line breaks: a trailing no-break space is deliberate copy.
      while last.last == " " || last.last == "\n" { last.removeLast() }
      pattern.removeLast()
      if !last.isEmpty { pattern.append(.text(last)) }
    }
    return pattern
  }
}
