import Foundation

/// An `@` line of a transcript (also accepted by the console).
public enum Directive: Sendable, Equatable {
  /// `@user NAME id=1001 first=Aigerim lang=ru phone=+77015211545`
  case user(UserDeclaration)
  /// `@clock 2026-11-27 10:00`: local shop time (Asia/Almaty, UTC+5).
  case clock(Date)
  /// `@advance 1h30m`: moves the clock on, then fires due timers.
  case advance(seconds: TimeInterval)
  /// `@restart`: a new bot on the same database, clock and transport.
  case restart
  /// `@block NAME`: the user blocks the bot; deliveries to them fail with 403.
  case block(user: String)
  /// `@unblock NAME`
  case unblock(user: String)

  /// The shop's fixed offset from UTC (Asia/Almaty has been UTC+5 all year since 2024).
  public static let shopOffset = TimeZone(secondsFromGMT: 5 * 3600) ?? .gmt

  /// Parses a line starting with `@`.
  public static func parse(_ line: String) throws(ConsoleError) -> Directive {
    let body = line.trimmingCharacters(in: .whitespaces).dropFirst()
    let words = body.split(whereSeparator: \.isWhitespace).map(String.init)
    guard let name = words.first else { throw .badSyntax("a directive needs a name, e.g. @advance 1h") }
    let arguments = Array(words.dropFirst())
    switch name {
    case "user": return .user(try declaration(arguments))
    case "clock":
      guard let date = parseClock(arguments.joined(separator: " ")) else {
        throw .badSyntax("@clock YYYY-MM-DD HH:MM (shop time, UTC+5), e.g. @clock 2026-11-27 10:00")
      }
      return .clock(date)
    case "advance":
      guard arguments.count == 1, let seconds = parseDuration(arguments[0]) else {
        throw .badSyntax("@advance DURATION, e.g. @advance 1h30m, @advance 45m, @advance 2d")
      }
      return .advance(seconds: seconds)
    case "restart":
      guard arguments.isEmpty else { throw .badSyntax("@restart takes no arguments") }
      return .restart
    case "block", "unblock":
      guard arguments.count == 1 else { throw .badSyntax("@\(name) NAME") }
      return name == "block" ? .block(user: arguments[0]) : .unblock(user: arguments[0])
    default:
      throw .unknownDirective(name)
    }
  }

  static func declaration(_ arguments: [String]) throws(ConsoleError) -> UserDeclaration {
    let usage = "@user NAME [id=1001] [first=NAME] [lang=ru] [phone=+77015211545]"
    guard let name = arguments.first, UserLine.isName(name) else { throw .badSyntax(usage) }
    var declaration = UserDeclaration(name: name)
    for field in arguments.dropFirst() {
      let parts = field.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, !parts[1].isEmpty else { throw .badSyntax(usage) }
      switch parts[0] {
      case "id":
        guard let id = Int64(parts[1]) else { throw .badSyntax("@user: id must be a number") }
        declaration.userID = id
      case "first": declaration.firstName = parts[1]
      case "lang": declaration.languageCode = parts[1]
      case "phone": declaration.phone = parts[1]
      default: throw .badSyntax("@user: unknown field \(parts[0]) (id, first, lang, phone)")
      }
    }
    return declaration
  }

  /// "2026-11-27 10:00" in shop time.
  static func parseClock(_ text: String) -> Date? {
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
    guard parts.count == 2 else { return nil }
    let day = parts[0].split(separator: "-").compactMap { Int($0) }
    let time = parts[1].split(separator: ":").compactMap { Int($0) }
    guard day.count == 3, time.count == 2 || time.count == 3 else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = shopOffset
    let components = DateComponents(
      year: day[0], month: day[1], day: day[2], hour: time[0], minute: time[1], second: time.count == 3 ? time[2] : 0)
    guard components.isValidDate(in: calendar) else { return nil }
    return calendar.date(from: components)
  }

  /// "1h30m", "45m", "2d", "90s" → seconds.
  static func parseDuration(_ text: String) -> TimeInterval? {
    var total: TimeInterval = 0
    var digits = ""
    for character in text {
      if character.isASCII, character.isNumber {
        digits.append(character)
        continue
      }
      guard let amount = Double(digits) else { return nil }
      switch character {
      case "d": total += amount * 86_400
      case "h": total += amount * 3_600
      case "m": total += amount * 60
      case "s": total += amount
      default: return nil
      }
      digits = ""
    }
    return digits.isEmpty && total > 0 ? total : nil
  }
}
