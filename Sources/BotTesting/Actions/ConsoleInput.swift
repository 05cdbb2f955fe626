import Foundation

/// The `NAME> action` prefix shared by transcripts and the console.
public enum UserLine {
  /// Splits `customer> [Розы]` into («customer», «[Розы]»); nil without a `NAME>` prefix.
  public static func split(_ line: String) -> (name: String, action: String)? {
    guard let marker = line.firstIndex(of: ">") else { return nil }
    let name = String(line[..<marker])
    guard isName(name) else { return nil }
    return (name, String(line[line.index(after: marker)...]).trimmingCharacters(in: .whitespaces))
  }

  /// Names are made of letters, digits, `_` and `-`.
  public static func isName(_ name: String) -> Bool {
    !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
  }
}

/// One line typed into the console (or piped from a transcript).
public enum ConsoleInput: Sendable, Equatable {
  /// An action, by the named user (who becomes the current one) or the current user.
  case action(user: String?, UserAction)
  case directive(Directive)
  /// `:user NAME`
  case switchUser(String)
  /// `:help`
  case help
  /// Blank lines, `# comments` and a transcript's expected bot lines.
  case ignored

  public static func parse(_ line: String) throws(ConsoleError) -> ConsoleInput {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty || isTranscriptOutput(line) { return .ignored }
    if trimmed.hasPrefix("#"), Int(trimmed.dropFirst()) == nil { return .ignored }
    if trimmed.hasPrefix("@") { return .directive(try Directive.parse(trimmed)) }
    if trimmed == ":help" || trimmed == "?" { return .help }
    if trimmed == ":user" || trimmed.hasPrefix(":user ") {
      let name = trimmed.dropFirst(":user".count).trimmingCharacters(in: .whitespaces)
      guard UserLine.isName(name) else { throw .badSyntax(":user NAME, e.g. :user florist") }
      return .switchUser(name)
    }
    if let (name, action) = UserLine.split(trimmed) {
      return .action(user: name, try UserAction.parse(action))
    }
    return .action(user: nil, try UserAction.parse(trimmed))
  }

  /// `bot → …` and `bot ✎ …` headers and their indented lines, so a whole transcript can be piped in.
  static func isTranscriptOutput(_ line: String) -> Bool {
    if MessageRenderer.headerPrefixes.contains(where: { line.hasPrefix($0) }) { return true }
    guard line.hasPrefix("  ") else { return false }
    let body = line.drop { $0 == " " }
    return body.hasPrefix("|") || body.hasPrefix("[") || body.hasPrefix("⌨")
  }

  /// What `:help` prints.
  public static let helpText: [String] = [
    "text                 send a text message",
    "/cmd args            send a command",
    "[Label]              press a button by its label (inline, newest first; then the reply keyboard)",
    "#N                   press the N-th inline button of the newest inline keyboard",
    ":contact [PHONE] [from ID | nouser]   share a contact (own by default)",
    ":location LAT LON    share a location",
    ":photo PATH [caption]                 send a photo (relative to the demo shop folder)",
    ":album PATH PATH… [caption]           send 2–10 photos as one album (one media group)",
    ":reply PATH [caption]                 send a photo as a reply to the bot's newest message with buttons",
    ":document PATH [caption]              send a file as a document (an image without compression)",
    ":callback DATA       press a button with any callback data (a forged or outdated button)",
    "NAME> action         act as NAME (and stay NAME)",
    ":user NAME           switch the current user",
    "@clock YYYY-MM-DD HH:MM   set the clock (shop time, UTC+5)",
    "@advance 1h30m       move the clock on and fire due timers",
    "@user NAME id=… first=… lang=… phone=…   declare a user",
    "@block NAME / @unblock NAME   the user blocks / unblocks the bot",
    "@restart             restart the bot on the same database",
    "\\text               send text that starts with # [ : / @ literally",
  ]
}
