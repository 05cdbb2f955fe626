extension JSONReader {
  /// A string; escapes decoded, UTF-8 validated.
  mutating func string() throws(Unsure) -> String {
    guard current == UInt8(ascii: "\"") else { throw Unsure() }
    let start = index + 1
    var i = start
    var ascii = true
    while i < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: "\"") {
        index = i + 1
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<i])
        if ascii { return String(decoding: raw, as: UTF8.self) }
        guard let text = String(validating: raw, as: UTF8.self) else { throw Unsure() }
        return text
      }
      if byte == UInt8(ascii: "\\") {
        index = start
        return try escapedString()
      }
      guard byte >= 0x20 else { throw Unsure() }
      if byte >= 0x80 { ascii = false }
      i += 1
    }
    throw Unsure()
  }

  /// The slow way, for strings with escapes; `index` is just after the opening quote.
  private mutating func escapedString() throws(Unsure) -> String {
    var utf8: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\""):
        guard let text = String(validating: utf8, as: UTF8.self) else { throw Unsure() }
        return text
      case UInt8(ascii: "\\"):
        try appendEscape(to: &utf8)
      default:
        guard byte >= 0x20 else { throw Unsure() }
        utf8.append(byte)
      }
    }
    throw Unsure()
  }

  private mutating func appendEscape(to utf8: inout [UInt8]) throws(Unsure) {
    let byte = current
    index += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
    case UInt8(ascii: "b"): utf8.append(0x08)
    case UInt8(ascii: "f"): utf8.append(0x0C)
    case UInt8(ascii: "n"): utf8.append(0x0A)
    case UInt8(ascii: "r"): utf8.append(0x0D)
    case UInt8(ascii: "t"): utf8.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = UInt32(try hex4())
      if (0xD800..<0xDC00).contains(scalar) {
        // A high surrogate must be followed by an escaped low one.
        guard literal("\\u") else { throw Unsure() }
        let low = UInt32(try hex4())
        guard (0xDC00..<0xE000).contains(low) else { throw Unsure() }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      }
      guard let unicode = Unicode.Scalar(scalar) else { throw Unsure() }
      utf8.append(contentsOf: String(Character(unicode)).utf8)
    default: throw Unsure()
    }
  }

  private mutating func hex4() throws(Unsure) -> UInt16 {
    guard index + 4 <= bytes.count else { throw Unsure() }
    var value: UInt16 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw Unsure()
      }
      value = value << 4 | UInt16(digit)
      index += 1
    }
    return value
  }

  /// Skips any value, checking it is well-formed JSON.
  mutating func skipValue(depth: Int = 0) throws(Unsure) {
    guard depth < Self.maxDepth else { throw Unsure() }
    skipSpace()
    switch current {
    case UInt8(ascii: "{"):
      try object { (reader: inout JSONReader, _) throws(Unsure) in try reader.skipValue(depth: depth + 1) }
    case UInt8(ascii: "["):
      try array { (reader: inout JSONReader) throws(Unsure) in try reader.skipValue(depth: depth + 1) }
    case UInt8(ascii: "\""): _ = try string()
    case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
    case UInt8(ascii: "n"): guard null() else { throw Unsure() }
    default: try skipNumber()
    }
  }

  /// Skips a number in JSON's grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
  mutating func skipNumber() throws(Unsure) {
    if current == UInt8(ascii: "-") { index += 1 }
    if current == UInt8(ascii: "0") {
      index += 1
    } else {
      guard digits() > 0 else { throw Unsure() }
    }
    if current == UInt8(ascii: ".") {
      index += 1
      guard digits() > 0 else { throw Unsure() }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
      guard digits() > 0 else { throw Unsure() }
    }
  }

  private mutating func digits() -> Int {
    let start = index
    while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
    return index - start
  }
}
