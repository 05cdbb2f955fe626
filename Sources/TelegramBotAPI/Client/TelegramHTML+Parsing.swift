/// One piece of a parsed HTML text: a visible character (with the source that writes it) or a tag.
enum HTMLAtom: Equatable {
  case character(Character, source: String)
  case open(name: String, source: String)
  case close(name: String)

  var source: String {
    switch self {
    case .character(_, let source), .open(_, let source): source
    case .close(let name): "</\(name)>"
    }
  }
}

extension TelegramHTML {
  static let namedEntities: [String: Character] = ["lt": "<", "gt": ">", "amp": "&", "quot": "\""]

  /// Parses `html` into characters and tags, checking tags the way Telegram does.
  static func atoms(_ html: String) throws(HTMLError) -> [HTMLAtom] {
    let characters = Array(html)
    var atoms: [HTMLAtom] = []
    var open: [String] = []
    var index = 0
    while index < characters.count {
      let character = characters[index]
      switch character {
      case "<":
        let (atom, next) = try tag(characters, at: index)
        switch atom {
        case .open(let name, _): open.append(name)
        case .close(let name):
          guard open.last == name else { throw .unexpectedClosingTag(name) }
          open.removeLast()
        case .character: break
        }
        atoms.append(atom)
        index = next
      case "&":
        if let (decoded, next) = entity(characters, at: index) {
          atoms.append(.character(decoded, source: String(characters[index..<next])))
          index = next
        } else {
          atoms.append(.character("&", source: "&amp;"))
          index += 1
        }
      case ">":
        atoms.append(.character(">", source: "&gt;"))
        index += 1
      default:
        atoms.append(.character(character, source: String(character)))
        index += 1
      }
    }
    if let unclosed = open.last { throw .unclosedTag(unclosed) }
    return atoms
  }

  /// The tag starting at `start` (a `<`) and the index after its `>`.
  static func tag(_ characters: [Character], at start: Int) throws(HTMLError) -> (HTMLAtom, Int) {
    var index = start + 1
    var quote: Character?
    while index < characters.count {
      let character = characters[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == ">" {
        break
      }
      index += 1
    }
    guard index < characters.count else { throw .malformedTag(at: start) }
    let body = String(characters[(start + 1)..<index])
    let next = index + 1
    if body.hasPrefix("/") {
      let name = body.dropFirst().trimmingWhitespace().lowercased()
      guard supportedTags.contains(name) else { throw .unsupportedTag(name) }
      return (.close(name: name), next)
    }
    let name = String(body.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
    guard !name.isEmpty else { throw .malformedTag(at: start) }
    guard supportedTags.contains(name) else { throw .unsupportedTag(name) }
    return (.open(name: name, source: String(characters[start..<next])), next)
  }

  /// A named or numeric entity starting at `start` (a `&`), or nil when there is none.
  static func entity(_ characters: [Character], at start: Int) -> (Character, Int)? {
    var end = start + 1
    while end < characters.count, end - start <= 10, characters[end] != ";" { end += 1 }
    guard end < characters.count, characters[end] == ";" else { return nil }
    let name = String(characters[(start + 1)..<end])
    if let named = namedEntities[name] { return (named, end + 1) }
    guard name.hasPrefix("#") else { return nil }
    let digits = name.dropFirst()
    let value: UInt32? =
      digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
    guard let value, let scalar = Unicode.Scalar(value) else { return nil }
    return (Character(scalar), end + 1)
  }
}

extension Substring {
  func trimmingWhitespace() -> String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
