extension TelegramHTML {
  /// Tags the fast scan understands: a bare name, no attributes.
  static let plainTags: Set<[UInt8]> = Set(
    ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "blockquote", "tg-spoiler"].map {
      Array($0.utf8)
    })

  /// The visible length (UTF-16 units) of the common kind of text, found in one pass over its
  /// bytes without allocating: attribute-free tags from `plainTags`, the four named entities,
  /// no bare `&` or `>`. Nil for anything else (the full parser decides then), so whenever it
  /// answers it agrees with `visibleLength`.
  static func quickVisibleLength(_ html: String) -> Int? {
    var html = html
    return html.withUTF8 { bytes -> Int? in
      var length = 0
      var open: [ArraySlice<UInt8>] = []
      var index = 0
      let count = bytes.count
      // A markup byte followed by a combining mark would be one Character to the full parser.
      func plainNext(_ i: Int) -> Bool {
        guard i + 1 < count, bytes[i + 1] >= 0x80 else { return true }
        let next = UnsafeBufferPointer(rebasing: bytes[(i + 1)..<min(count, i + 5)])
        guard let scalar = String(decoding: next, as: UTF8.self).unicodeScalars.first else { return false }
        return
          !(scalar.properties.isGraphemeExtend || scalar.value == 0x200D
          || scalar.properties.generalCategory == .spacingMark)
      }
      while index < count {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "<"):
          guard let end = (index + 1..<count).first(where: { bytes[$0] == UInt8(ascii: ">") }), plainNext(end)
          else { return nil }
          let closing = bytes[index + 1] == UInt8(ascii: "/")
          let name = Array(bytes[(closing ? index + 2 : index + 1)..<end])
          guard plainTags.contains(name) else { return nil }
          if closing {
            guard open.last.map(Array.init) == name else { return nil }
            open.removeLast()
          } else {
            open.append(name[...])
          }
          index = end + 1
        case UInt8(ascii: "&"):
          guard let entity = namedEntityLength(bytes, at: index), plainNext(index + entity - 1) else { return nil }
          length += 1
          index += entity
        case UInt8(ascii: ">"):
          return nil
        case 0x80..<0xC0:
          index += 1  // a continuation byte: counted with its lead
        case 0xF0...:
          length += 2  // outside the Basic Multilingual Plane: a surrogate pair
          index += 1
        default:
          length += 1
          index += 1
        }
      }
      return open.isEmpty ? length : nil
    }
  }

  /// The byte length of `&lt;`, `&gt;`, `&amp;` or `&quot;` at `index`, or nil.
  static func namedEntityLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    for entity in ["&lt;", "&gt;", "&amp;", "&quot;"] {
      let utf8 = entity.utf8
      if index + utf8.count <= bytes.count, zip(utf8, bytes[index...]).allSatisfy({ $0 == $1 }) {
        return utf8.count
      }
    }
    return nil
  }
}
