/// Cuts parsed HTML into parts of at most `limit` visible UTF-16 units.
struct HTMLSplitter {
  let atoms: [HTMLAtom]
  let limit: Int

  /// Where a part ends: atoms before `end` belong to it, the next part resumes at `resume`, and
  /// `open` are the tags open at the cut.
  struct Cut {
    var end: Int
    var resume: Int
    var open: [HTMLAtom]
  }

  func parts() -> [String] {
    var parts: [String] = []
    var start = 0
    var carried: [HTMLAtom] = []
    while true {
      guard let cut = cut(from: start, carried: carried) else {
        let last = render(carried, start..<atoms.count, closing: [])
        if parts.isEmpty || hasVisibleText(start..<atoms.count) { parts.append(last) }
        return parts
      }
      parts.append(render(carried, start..<cut.end, closing: cut.open))
      carried = cut.open
      start = cut.resume
    }
  }

  /// The cut of the part starting at `start`, or nil when the rest fits.
  func cut(from start: Int, carried: [HTMLAtom]) -> Cut? {
    var open = carried
    var length = 0
    var lastNewline: Cut?
    var lastSpace: Cut?
    for index in start..<atoms.count {
      switch atoms[index] {
      case .character(let character, _):
        let units = String(character).utf16.count
        if length + units > limit {
          if let lastNewline { return lastNewline }
          if let lastSpace { return lastSpace }
          // A single character wider than the limit still has to go somewhere.
          let end = length == 0 ? index + 1 : index
          return Cut(end: end, resume: end, open: open)
        }
        if length > 0, character == "\n" {
          lastNewline = Cut(end: index, resume: index + 1, open: open)
        } else if length > 0, character.isWhitespace {
          lastSpace = Cut(end: index, resume: index + 1, open: open)
        }
        length += units
      case .open:
        open.append(atoms[index])
      case .close:
        open.removeLast()
      }
    }
    return nil
  }

  func render(_ reopened: [HTMLAtom], _ range: Range<Int>, closing open: [HTMLAtom]) -> String {
    var html = reopened.map(\.source).joined()
    for atom in atoms[range] { html += atom.source }
    for atom in open.reversed() {
      if case .open(let name, _) = atom { html += "</\(name)>" }
    }
    return html
  }

  func hasVisibleText(_ range: Range<Int>) -> Bool {
    atoms[range].contains { if case .character = $0 { true } else { false } }
  }
}
