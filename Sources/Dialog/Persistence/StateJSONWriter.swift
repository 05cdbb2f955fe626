import TelegramBotAPI

/// A dialog state that writes its own JSON: byte for byte what `StreamingJSONEncoder` writes for
/// it (keys in declaration order, nil optionals left out), without `Codable`'s generic
/// containers. `DialogStateStore.encode` uses it for the states saved on every update.
public protocol StateJSONWritable: Encodable {
  /// Writes this value at the position the writer is at.
  func writeStateJSON(to writer: inout StateJSONWriter) throws
}

/// Writes JSON as `StreamingJSONEncoder` writes it: strings escaped by `FastJSON.appendString`,
/// numbers as `String(value)`. Objects are opened and closed by the caller; a key after an open
/// brace gets no comma, any other key does.
public struct StateJSONWriter {
  /// The JSON written so far (UTF-8).
  public private(set) var bytes: [UInt8] = []

  /// An empty writer with room for a typical state.
  public init() { bytes.reserveCapacity(512) }

  /// Opens an object.
  public mutating func beginObject() { bytes.append(UInt8(ascii: "{")) }

  /// Closes the object opened last.
  public mutating func endObject() { bytes.append(UInt8(ascii: "}")) }

  /// An empty object, as synthesized `Codable` writes a case without associated values.
  public mutating func emptyObject() { bytes.append(contentsOf: "{}".utf8) }

  /// Starts a field of the open object: the comma unless it is the first, the quoted key. Keys
  /// are Swift identifiers: nothing to escape.
  public mutating func key(_ name: StaticString) {
    if bytes.last != UInt8(ascii: "{") { bytes.append(UInt8(ascii: ",")) }
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(contentsOf: "\":".utf8)
  }

  /// `{"name":{"_0":` — an enum case with one unlabelled associated value; close it with
  /// `endCase()`.
  public mutating func beginCase(_ name: StaticString) {
    beginObject()
    key(name)
    beginObject()
    key("_0")
  }

  /// Closes what `beginCase` opened.
  public mutating func endCase() { bytes.append(contentsOf: "}}".utf8) }

  /// `{"name":{}}` — an enum case without associated values.
  public mutating func emptyCase(_ name: StaticString) {
    beginObject()
    key(name)
    emptyObject()
    endObject()
  }

  /// A quoted string, escaped as `JSONEncoder` escapes it.
  public mutating func string(_ value: String) { FastJSON.appendString(value, to: &bytes) }

  /// `true` or `false`.
  public mutating func bool(_ value: Bool) { bytes.append(contentsOf: value ? "true".utf8 : "false".utf8) }

  /// An integer, as `String(value)`.
  public mutating func number(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

  /// An integer, as `String(value)`.
  public mutating func number(_ value: Int64) { bytes.append(contentsOf: String(value).utf8) }

  /// As `String(value)`; non-finite numbers throw `StreamingJSONEncoder.Unsupported`, as the
  /// streaming encoder does.
  public mutating func number(_ value: Double) throws {
    guard value.isFinite else { throw StreamingJSONEncoder.Unsupported() }
    bytes.append(contentsOf: String(value).utf8)
  }

  /// `String(value)` with zeros in front up to `width` characters (as FlowerShop pads dates).
  public mutating func zeroPadded(_ value: Int, width: Int) {
    let text = String(value)
    for _ in 0..<max(0, width - text.utf8.count) { bytes.append(UInt8(ascii: "0")) }
    bytes.append(contentsOf: text.utf8)
  }

  /// Appends a byte as it is (punctuation such as `-` or `:` inside a string being built).
  public mutating func raw(_ byte: UInt8) { bytes.append(byte) }

  /// Any other value, written by the streaming encoder (identical bytes, the generic cost).
  public mutating func encodable<T: Encodable>(_ value: T) throws {
    bytes.append(contentsOf: try StreamingJSONEncoder.encode(value))
  }
}

extension StateJSONWritable {
  /// This value's JSON, as `StreamingJSONEncoder.encode` writes it.
  public func stateJSON() throws -> [UInt8] {
    var writer = StateJSONWriter()
    try writeStateJSON(to: &writer)
    return writer.bytes
  }
}
