import Foundation

/// A bot token (`123456:ABC…`). Printing it prints a placeholder; `redact` removes it from any
/// text, so URLs and error messages can be logged safely.
public struct BotToken: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
  let value: String

  /// Accepts `digits:secret`, the shape BotFather hands out; nil for anything else.
  public init?(_ value: String) {
    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    let parts = trimmed.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isASCII), parts[0].allSatisfy(\.isNumber),
      !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
    else { return nil }
    self.value = trimmed
  }

  /// The bot's user id, the part before the colon (not secret).
  public var botID: Int64? { value.split(separator: ":").first.flatMap { Int64($0) } }

  public var description: String { Self.placeholder }
  public var debugDescription: String { Self.placeholder }

  /// What replaces the token in logs and errors.
  public static let placeholder = "<token>"

  /// `text` with every occurrence of the token replaced by a placeholder.
  public func redact(_ text: String) -> String {
    text.contains(value) ? text.replacingOccurrences(of: value, with: Self.placeholder) : text
  }
}
