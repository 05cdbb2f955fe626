/// Rewrites a transcript with new bot output: comments, blank lines, directives and user lines
/// stay; each step's bot block is replaced by its actual output, where the old block was (or
/// right after the step when it had none).
public enum TranscriptRecorder {
  public static func record(_ transcript: Transcript, actual: [[String]]) -> String {
    var blockStart: [Int: Int] = [:]
    var afterStep: [Int: Int] = [:]
    var skipped = Set<Int>()
    for (index, step) in transcript.steps.enumerated() where index < actual.count {
      if let first = step.expectedLineNumbers.first {
        blockStart[first] = index
      } else {
        afterStep[step.line] = index
      }
      skipped.formUnion(step.expectedLineNumbers)
    }
    var out: [String] = []
    for (index, line) in transcript.lines.enumerated() {
      let number = index + 1
      if let step = blockStart[number] { out += actual[step] }
      if !skipped.contains(number) { out.append(line) }
      if let step = afterStep[number] { out += actual[step] }
    }
    return out.joined(separator: "\n") + "\n"
  }
}
