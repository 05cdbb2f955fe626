/// A strict JSON scanner for the shapes the bot reads on its hot path (updates), about ten
/// times cheaper than `JSONDecoder`. It only answers when it is sure: on anything but plain,
/// well-formed JSON of the expected shape (escaped keys, duplicate fields, numbers with a
/// fraction where an integer is wanted, deep nesting, invalid UTF-8 …) it throws `Unsure`, and
/// the caller decodes the same bytes with `JSONDecoder` instead. So a value is returned only
/// where `JSONDecoder` returns the same value, and every error is `JSONDecoder`'s.
struct JSONReader {
  /// "Let `JSONDecoder` decide."
  struct Unsure: Error {}

  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// Deepest nesting skipped here; deeper documents go to `JSONDecoder` (which refuses them).
  static let maxDepth = 32

  var current: UInt8 { index < bytes.count ? bytes[index] : 0 }

  mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  mutating func expect(_ byte: UInt8) throws(Unsure) {
    skipSpace()
    guard current == byte else { throw Unsure() }
    index += 1
  }

  /// Only whitespace may follow the document.
  mutating func end() throws(Unsure) {
    skipSpace()
    guard index == bytes.count else { throw Unsure() }
  }

  /// Reads an object: `body` gets each key and must consume its value.
  mutating func object(_ body: (inout JSONReader, JSONKey) throws(Unsure) -> Void) throws(Unsure) {
    try expect(UInt8(ascii: "{"))
    skipSpace()
    if current == UInt8(ascii: "}") {
      index += 1
      return
    }
    while true {
      let key = try self.key()
      try expect(UInt8(ascii: ":"))
      skipSpace()
      try body(&self, key)
      skipSpace()
      switch current {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"):
        index += 1
        return
      default: throw Unsure()
      }
    }
  }

  /// Reads an array: `element` must consume each element.
  mutating func array(_ element: (inout JSONReader) throws(Unsure) -> Void) throws(Unsure) {
    try expect(UInt8(ascii: "["))
    skipSpace()
    if current == UInt8(ascii: "]") {
      index += 1
      return
    }
    while true {
      skipSpace()
      try element(&self)
      skipSpace()
      switch current {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"):
        index += 1
        return
      default: throw Unsure()
      }
    }
  }

  /// A key without escapes (Telegram's keys have none).
  mutating func key() throws(Unsure) -> JSONKey {
    skipSpace()
    guard current == UInt8(ascii: "\"") else { throw Unsure() }
    let start = index + 1
    var i = start
    while i < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: "\"") {
        index = i + 1
        return JSONKey(bytes: UnsafeBufferPointer(rebasing: bytes[start..<i]))
      }
      guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { throw Unsure() }
      i += 1
    }
    throw Unsure()
  }

  /// Consumes `null` if it comes next.
  mutating func null() -> Bool {
    guard literal("null") else { return false }
    return true
  }

  mutating func bool() throws(Unsure) -> Bool {
    if literal("true") { return true }
    if literal("false") { return false }
    throw Unsure()
  }

  mutating func literal(_ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
    index += count
    return true
  }

  /// An integer written as plain digits (no fraction, no exponent) that fits in 64 bits.
  mutating func int64() throws(Unsure) -> Int64 {
    let negative = current == UInt8(ascii: "-")
    if negative { index += 1 }
    let start = index
    var magnitude: UInt64 = 0
    while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
      let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times10.addingReportingOverflow(UInt64(bytes[index] &- UInt8(ascii: "0")))
      guard !o1, !o2 else { throw Unsure() }
      magnitude = sum
      index += 1
    }
    let digits = index - start
    guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0") else { throw Unsure() }
    switch current {
    case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): throw Unsure()
    default: break
    }
    if negative {
      guard magnitude <= UInt64(Int64.max) + 1 else { throw Unsure() }
      return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
    }
    guard magnitude <= UInt64(Int64.max) else { throw Unsure() }
    return Int64(magnitude)
  }

  mutating func int() throws(Unsure) -> Int { Int(try int64()) }

  /// A finite number in JSON's grammar.
  mutating func double() throws(Unsure) -> Double {
    let start = index
    try skipNumber()
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    guard let value = Double(text), value.isFinite else { throw Unsure() }
    return value
  }

  mutating func optionalString() throws(Unsure) -> String? { null() ? nil : try string() }
  mutating func optionalInt64() throws(Unsure) -> Int64? { null() ? nil : try int64() }
  mutating func optionalInt() throws(Unsure) -> Int? { null() ? nil : try int() }
}

/// A key of an object being read, compared with known keys without making a `String`.
struct JSONKey {
  let bytes: UnsafeBufferPointer<UInt8>

  static func == (key: JSONKey, name: StaticString) -> Bool {
    let count = name.utf8CodeUnitCount
    guard key.bytes.count == count else { return false }
    for offset in 0..<count where key.bytes[offset] != name.utf8Start[offset] { return false }
    return true
  }
}

/// The known fields of one object read so far: a duplicate makes the reader unsure (which of
/// two values `JSONDecoder` keeps is its business).
struct JSONFieldsSeen {
  private var bits: UInt32 = 0

  mutating func mark(_ field: UInt32) throws(JSONReader.Unsure) {
    let bit: UInt32 = 1 << field
    guard bits & bit == 0 else { throw JSONReader.Unsure() }
    bits |= bit
  }
}
