import Foundation

extension UserAction {
  /// Parses one action in console syntax. A leading backslash sends the rest as plain text
  /// (`\#hashtag`, `\[not a button]`, `\:colon`).
  public static func parse(_ line: String) throws(ConsoleError) -> UserAction {
    let text = line.trimmingCharacters(in: .whitespaces)
    guard let first = text.first else { throw .empty }
    switch first {
    case "\\":
      let rest = String(text.dropFirst())
      guard !rest.isEmpty else { throw .empty }
      return .text(rest)
    case "/":
      return isCommand(text) ? .command(text) : .text(text)
    case "[" where text.hasSuffix("]") && text.count > 2:
      return .press(label: String(text.dropFirst().dropLast()))
    case "#":
      guard let number = Int(text.dropFirst()), number >= 1 else {
        throw .badSyntax("#N presses the N-th inline button (N from 1); write \\\(text) to send it as text")
      }
      return .pressNumber(number)
    case ":":
      return try special(text)
    default:
      return .text(text)
    }
  }

  static func isCommand(_ text: String) -> Bool {
    guard let next = text.dropFirst().first else { return false }
    return next.isLetter || next.isNumber || next == "_"
  }

  static func special(_ text: String) throws(ConsoleError) -> UserAction {
    let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    let arguments = Array(words.dropFirst())
    switch words[0] {
    case ":contact": return contact(arguments)
    case ":location": return try location(arguments)
    case ":photo": return try photo(arguments)
    case ":album": return try album(arguments)
    case ":reply":
      guard case .photo(let path, let caption) = try photo(arguments) else { throw .empty }
      return .replyPhoto(path: path, caption: caption)
    case ":document":
      guard let path = arguments.first else {
        throw .badSyntax(":document PATH [caption…], e.g. :document images/rose-red-15.jpg")
      }
      let caption = arguments.dropFirst().joined(separator: " ")
      return .document(path: path, caption: caption.isEmpty ? nil : caption)
    case ":callback":
      guard arguments.count == 1 else { throw .badSyntax(":callback DATA, e.g. :callback o1:ok") }
      return .callback(data: arguments[0])
    default:
      throw .badSyntax(
        "unknown \(words[0]) (use :contact, :location, :photo, :album, :reply, :document, :callback; \\\(words[0]) sends it as text)"
      )
    }
  }

  static func contact(_ arguments: [String]) -> UserAction {
    var words = arguments
    var owner = ContactOwner.sender
    if words.last == "nouser" {
      owner = .nobody
      words.removeLast()
    } else if words.count >= 2, words[words.count - 2] == "from", let id = Int64(words[words.count - 1]) {
      owner = .user(id)
      words.removeLast(2)
    }
    let phone = words.joined(separator: " ")
    return .contact(phone: phone.isEmpty ? nil : phone, owner: owner)
  }

  static func location(_ arguments: [String]) throws(ConsoleError) -> UserAction {
    guard arguments.count == 2, let latitude = Double(arguments[0]), let longitude = Double(arguments[1]),
      (-90...90).contains(latitude), (-180...180).contains(longitude)
    else { throw .badSyntax(":location LAT LON, e.g. :location 43.238949 76.889709") }
    return .location(latitude: latitude, longitude: longitude)
  }

  /// Paths are the words that name image files (by extension); the rest is the caption.
  static func album(_ arguments: [String]) throws(ConsoleError) -> UserAction {
    let imageSuffixes = [".jpg", ".jpeg", ".png", ".webp"]
    let paths = arguments.prefix { word in imageSuffixes.contains { word.lowercased().hasSuffix($0) } }
    guard (2...10).contains(paths.count) else {
      throw .badSyntax(":album PATH PATH… [caption…] (2 to 10 image files), e.g. :album images/a.jpg images/b.jpg")
    }
    let caption = arguments.dropFirst(paths.count).joined(separator: " ")
    return .album(paths: Array(paths), caption: caption.isEmpty ? nil : caption)
  }

  static func photo(_ arguments: [String]) throws(ConsoleError) -> UserAction {
    guard let path = arguments.first else {
      throw .badSyntax(":photo PATH [caption…], e.g. :photo images/rose-red-15.jpg")
    }
    let caption = arguments.dropFirst().joined(separator: " ")
    return .photo(path: path, caption: caption.isEmpty ? nil : caption)
  }
}
