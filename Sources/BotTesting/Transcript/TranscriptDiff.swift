/// Unified-style diffs of expected against actual bot output.
public enum TranscriptDiff {
  enum Line: Equatable {
    case same(String)
    case removed(String)
    case added(String)

    var rendered: String {
      switch self {
      case .same(let text): " " + text
      case .removed(let text): "-" + text
      case .added(let text): "+" + text
      }
    }
    var isChange: Bool { if case .same = self { false } else { true } }
  }

  /// The hunk for one step whose output differs, headed by the step's line number and source;
  /// nil when they match. Unchanged lines farther than `context` from a change are elided.
  public static func diff(step: TranscriptStep, actual: [String], context: Int = 3) -> String? {
    guard step.expected != actual else { return nil }
    let lines = compare(step.expected, actual)
    let changes = lines.indices.filter { lines[$0].isChange }
    var out = ["@@ line \(step.line): \(step.source) @@"]
    var lastShown: Int?
    for index in lines.indices where changes.contains(where: { abs($0 - index) <= context }) {
      if let lastShown, index > lastShown + 1 { out.append(" …") }
      out.append(lines[index].rendered)
      lastShown = index
    }
    if step.expected.isEmpty { out.insert("-(no output expected)", at: 1) }
    if actual.isEmpty { out.append("+(no output)") }
    return out.joined(separator: "\n")
  }

  /// A longest-common-subsequence line diff.
  static func compare(_ expected: [String], _ actual: [String]) -> [Line] {
    let n = expected.count
    let m = actual.count
    var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        table[i][j] = expected[i] == actual[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var lines: [Line] = []
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n, j < m, expected[i] == actual[j] {
        lines.append(.same(expected[i]))
        i += 1
        j += 1
      } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
        lines.append(.removed(expected[i]))
        i += 1
      } else {
        lines.append(.added(actual[j]))
        j += 1
      }
    }
    return lines
  }
}
