/// A parsed transcript: the steps to replay, each with the bot output it expects, and the
/// source lines (kept for re-recording).
public struct Transcript: Sendable, Equatable {
  /// The file's lines, without line terminators.
  public var lines: [String]
  public var steps: [TranscriptStep]

  public init(lines: [String], steps: [TranscriptStep]) {
    self.lines = lines
    self.steps = steps
  }
}

/// One user line or directive and what the bot should send right after it.
public struct TranscriptStep: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case directive(Directive)
    case action(user: String, UserAction)
  }

  /// 1-based line number of the user line or directive.
  public var line: Int
  /// The user line or directive as written.
  public var source: String
  public var kind: Kind
  /// The expected rendered lines (trailing whitespace removed).
  public var expected: [String]
  /// 1-based line numbers of the expected lines, in order.
  public var expectedLineNumbers: [Int]

  public init(line: Int, source: String, kind: Kind, expected: [String] = [], expectedLineNumbers: [Int] = []) {
    self.line = line
    self.source = source
    self.kind = kind
    self.expected = expected
    self.expectedLineNumbers = expectedLineNumbers
  }
}

/// Why a transcript file could not be read; `description` names the line.
public enum TranscriptError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Bot output before the first user line or directive.
  case outputBeforeFirstStep(line: Int)
  /// An indented line that does not follow a `bot → ` header.
  case strayIndentedLine(line: Int)
  /// A line that is none of comment, directive, user line or bot output.
  case unrecognizedLine(line: Int, String)
  /// A user line or directive with a console-syntax error.
  case syntax(line: Int, ConsoleError)

  public var description: String {
    switch self {
    case .outputBeforeFirstStep(let line): "line \(line): bot output before any user line"
    case .strayIndentedLine(let line): "line \(line): indented line outside a bot block"
    case .unrecognizedLine(let line, let text):
      "line \(line): expected a comment, @directive, NAME> action or bot output, got: \(text)"
    case .syntax(let line, let error): "line \(line): \(error.description)"
    }
  }
}
