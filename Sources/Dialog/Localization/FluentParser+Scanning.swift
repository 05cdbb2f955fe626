/// Low-level, bounds-checked reading helpers of `FluentParser`.
extension FluentParser {
  func peek(_ offset: Int = 0) -> Character? {
    character(at: position + offset)
  }

  func character(at index: Int) -> Character? {
    index >= 0 && index < characters.count ? characters[index] : nil
  }

  mutating func skipInlineBlank() {
    while peek() == " " { position += 1 }
  }

  /// Skips spaces and line breaks (allowed anywhere inside a placeable).
  mutating func skipBlank() {
    while peek() == " " || peek() == "\n" { position += 1 }
  }

  mutating func skipLine() {
    while let character = peek(), character != "\n" { position += 1 }
  }

  func lineIsBlank() -> Bool {
    var index = position
    while character(at: index) == " " { index += 1 }
    return character(at: index) == nil || character(at: index) == "\n"
  }

  static func isNameCharacter(_ character: Character) -> Bool {
    character.isASCII
      && (character.isLetter || character.isNumber || character == "-" || character == "_")
  }

  /// Reads `[A-Za-z0-9_-]*`; callers check the first character.
  mutating func readName() -> String {
    var name = ""
    while let character = peek(), Self.isNameCharacter(character) {
      name.append(character)
      position += 1
    }
    return name
  }

  mutating func readNumberLiteral() throws(LocaleParseError) -> String {
    let start = position
    if peek() == "-" { position += 1 }
    let digitsStart = position
    while let character = peek(), character.isASCII, character.isNumber { position += 1 }
    guard position > digitsStart else { throw error("bad number literal", at: start) }
    if peek() == ".", let next = peek(1), next.isASCII, next.isNumber {
      position += 1
      while let character = peek(), character.isASCII, character.isNumber { position += 1 }
    }
    return String(characters[start..<position])
  }

  /// Reads `"…"` with the escapes `\"`, `\\`, `\uXXXX` and `\UXXXXXX`; one line only.
  mutating func readStringLiteral() throws(LocaleParseError) -> String {
    let open = position
    position += 1
    var value = ""
    while let character = peek(), character != "\n" {
      position += 1
      switch character {
      case "\"":
        return value
      case "\\":
        value.append(try readEscape())
      default:
        value.append(character)
      }
    }
    throw error("unterminated string literal", at: open)
  }

  private mutating func readEscape() throws(LocaleParseError) -> Character {
    let start = position - 1
    switch peek() {
    case "\"", "\\":
      defer { position += 1 }
      return peek() ?? "\\"
    case "u", "U":
      let length = peek() == "u" ? 4 : 6
      let digits = (1...length).compactMap { peek($0) }
      position += 1 + digits.count
      guard digits.count == length, digits.allSatisfy(\.isHexDigit),
        let code = UInt32(String(digits), radix: 16),
        let scalar = Unicode.Scalar(code)
      else { throw error("bad unicode escape", at: start) }
      return Character(scalar)
    default:
      throw error("unknown escape in string literal", at: start)
    }
  }

  /// An error at `index` (default: the current position), with its 1-based line.
  func error(_ message: String, at index: Int? = nil) -> LocaleParseError {
    let end = min(max(index ?? position, 0), characters.count)
    let line = 1 + characters[0..<end].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
    return LocaleParseError(line: line, message: message)
  }
}
