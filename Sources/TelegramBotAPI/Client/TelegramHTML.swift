/// Telegram's HTML parse mode: escaping, parsing into what the reader sees, and splitting a long
/// text into parts that each stay within a limit without breaking a character, an entity or a tag.
///
/// Supported as Telegram documents it: the tags `b strong i em u ins s strike del a code pre
/// blockquote tg-spoiler tg-emoji span` (span only with `class="tg-spoiler"`), the named entities
/// `&lt; &gt; &amp; &quot;` and numeric entities.
public enum TelegramHTML {
  /// The tags Telegram accepts.
  public static let supportedTags: Set<String> = [
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler",
    "tg-emoji", "span",
  ]

  /// Escapes `&`, `<` and `>` so Telegram shows `text` exactly as written.
  public static func escape(_ text: String) -> String {
    guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count + 16)
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      default: escaped.append(character)
      }
    }
    return escaped
  }

  /// The text a reader sees: tags dropped, entities decoded. Throws where Telegram would answer
  /// "can't parse entities".
  public static func plainText(_ html: String) throws(HTMLError) -> String {
    var text = ""
    for atom in try atoms(html) {
      if case .character(let character, _) = atom { text.append(character) }
    }
    return text
  }

  /// How long the visible text is, counted the way the Bot API limits count it (UTF-16 units,
  /// which is never less than the number of characters).
  public static func visibleLength(_ html: String) throws(HTMLError) -> Int {
    if let length = quickVisibleLength(html) { return length }
    return try plainText(html).utf16.count
  }

  /// Splits `html` into parts whose visible text is at most `limit` UTF-16 units. Cuts at a line
  /// break where possible (the break itself is dropped), else after a space, else between two
  /// characters; tags open at a cut are closed at the end of the part and reopened at the start
  /// of the next. Text that is not valid HTML is split as if it were escaped plain text.
  public static func split(_ html: String, limit: Int) -> [String] {
    precondition(limit > 0, "limit must be positive")
    if !html.isEmpty, let length = quickVisibleLength(html), length <= limit { return [html] }
    guard let atoms = try? atoms(html) else { return split(escape(html), limit: limit) }
    return HTMLSplitter(atoms: atoms, limit: limit).parts()
  }
}

/// Why a text is not valid Telegram HTML.
public enum HTMLError: Error, Equatable, Sendable {
  /// A tag Telegram does not support, e.g. `<script>` or `<br>`.
  case unsupportedTag(String)
  /// A closing tag without its opening tag, or tags closed in the wrong order.
  case unexpectedClosingTag(String)
  /// A tag still open at the end of the text.
  case unclosedTag(String)
  /// A `<` that does not start a well-formed tag.
  case malformedTag(at: Int)
}
