import Foundation

/// Reads the transcript format described in conversations/README.md.
public enum TranscriptParser {
  public static func parse(_ text: String) throws(TranscriptError) -> Transcript {
    let lines = splitLines(text)
    var steps: [TranscriptStep] = []
    var inBlock = false
    for (index, raw) in lines.enumerated() {
      let number = index + 1
      let line = trimTrailing(raw)
      let isHeader = MessageRenderer.headerPrefixes.contains { line.hasPrefix($0) }
      if isHeader || (inBlock && line.hasPrefix("  ")) {
        guard !steps.isEmpty else { throw .outputBeforeFirstStep(line: number) }
        steps[steps.count - 1].expected.append(line)
        steps[steps.count - 1].expectedLineNumbers.append(number)
        inBlock = true
        continue
      }
      inBlock = false
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix(" ") { throw .strayIndentedLine(line: number) }
      steps.append(try step(line, number: number))
    }
    return Transcript(lines: lines, steps: steps)
  }

  static func step(_ line: String, number: Int) throws(TranscriptError) -> TranscriptStep {
    let kind: TranscriptStep.Kind?
    do {
      kind = try self.kind(of: line)
    } catch {
      throw .syntax(line: number, error)
    }
    guard let kind else { throw .unrecognizedLine(line: number, line) }
    return TranscriptStep(line: number, source: line, kind: kind)
  }

  static func kind(of line: String) throws(ConsoleError) -> TranscriptStep.Kind? {
    if line.hasPrefix("@") { return .directive(try Directive.parse(line)) }
    guard let (user, action) = UserLine.split(line) else { return nil }
    return .action(user: user, try UserAction.parse(action))
  }

  /// Lines without terminators; a final newline does not add an empty line.
  static func splitLines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
    }
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  static func trimTrailing(_ line: String) -> String {
    var line = Substring(line)
    while let last = line.last, last.isWhitespace { line.removeLast() }
    return String(line)
  }
}
