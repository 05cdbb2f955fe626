extension TranscriptRunner {
  /// The final line: `N passed, M failed`.
  public static func summary(_ results: [TranscriptResult]) -> String {
    let passed = results.filter(\.passed).count
    return "\(passed) passed, \(results.count - passed) failed"
  }

  /// Every failure (file, error, diff), each re-recorded file, then the summary line.
  public static func report(_ results: [TranscriptResult]) -> String {
    var lines: [String] = []
    for result in results {
      if result.recorded { lines.append("recorded \(result.file.path)") }
      guard !result.passed else { continue }
      lines.append("FAIL \(result.file.path)")
      if let error = result.error { lines.append("  \(error)") }
      if let diff = result.diff { lines.append(diff) }
    }
    lines.append(summary(results))
    return lines.joined(separator: "\n")
  }
}
