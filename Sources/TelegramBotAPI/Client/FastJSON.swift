/// A small JSON writer for the calls the bot sends most (texts, edits, callback answers): it
/// produces byte for byte what `JSONEncoder` with `.sortedKeys` produces for them, without the
/// cost of `Codable`'s generic containers. Each type writes its keys in sorted order itself;
/// nil optionals are left out, as the synthesized `encodeIfPresent` leaves them out.
public struct FastJSON {
  public private(set) var bytes: [UInt8] = []
  private var first = true

  public init() { bytes.reserveCapacity(512) }

  /// Writes an object whose fields `body` writes.
  public mutating func object(_ body: (inout FastJSON) -> Void) {
    bytes.append(UInt8(ascii: "{"))
    let outer = first
    first = true
    body(&self)
    first = outer
    bytes.append(UInt8(ascii: "}"))
  }

  /// Writes an array of `elements`, each written by `element`.
  public mutating func array<T>(_ elements: [T], _ element: (inout FastJSON, T) -> Void) {
    bytes.append(UInt8(ascii: "["))
    for (index, value) in elements.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      element(&self, value)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Starts a field: the separator and the quoted key.
  public mutating func key(_ key: StaticString) {
    if !first { bytes.append(UInt8(ascii: ",")) }
    first = false
    bytes.append(UInt8(ascii: "\""))
    key.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
  }

  public mutating func field(_ name: StaticString, _ value: String?) {
    guard let value else { return }
    key(name)
    string(value)
  }

  public mutating func field(_ name: StaticString, _ value: Int64?) {
    guard let value else { return }
    key(name)
    bytes.append(contentsOf: String(value).utf8)
  }

  public mutating func field(_ name: StaticString, _ value: Bool?) {
    guard let value else { return }
    key(name)
    bytes.append(contentsOf: value ? "true".utf8 : "false".utf8)
  }

  /// A quoted string, escaped as `JSONEncoder` escapes (including `/`).
  public mutating func string(_ value: String) { Self.appendString(value, to: &bytes) }

  /// Appends `value` quoted and escaped as `JSONEncoder` escapes it (including `/`). Runs of
  /// bytes that need no escape (nearly all of a text) are copied at once, not byte by byte.
  public static func appendString(_ value: String, to bytes: inout [UInt8]) {
    var value = value
    value.withUTF8 { utf8 in
      bytes.append(UInt8(ascii: "\""))
      var plain = 0
      for index in utf8.indices {
        let byte = utf8[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/")
        else { continue }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<index]))
        appendEscaped(byte, to: &bytes)
        plain = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain...]))
      bytes.append(UInt8(ascii: "\""))
    }
  }

  private static func appendEscaped(_ byte: UInt8, to bytes: inout [UInt8]) {
    switch byte {
    case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
    case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
    case UInt8(ascii: "/"): bytes.append(contentsOf: #"\/"#.utf8)
    case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
    case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
    case UInt8(ascii: "\n"): bytes.append(contentsOf: #"\n"#.utf8)
    case UInt8(ascii: "\r"): bytes.append(contentsOf: #"\r"#.utf8)
    case UInt8(ascii: "\t"): bytes.append(contentsOf: #"\t"#.utf8)
    default:
      let hex = Array("0123456789abcdef".utf8)
      bytes.append(contentsOf: #"\u00"#.utf8)
      bytes.append(hex[Int(byte >> 4)])
      bytes.append(hex[Int(byte & 0xF)])
    }
  }
}

/// A value `FastJSON` can write.
public protocol FastJSONWritable {
  func write(to json: inout FastJSON)
}

extension FastJSONWritable {
  /// The JSON text of this value.
  public func fastJSON() -> [UInt8] {
    var json = FastJSON()
    write(to: &json)
    return json.bytes
  }
}
