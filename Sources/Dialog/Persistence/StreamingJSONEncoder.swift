import Foundation
import TelegramBotAPI

/// Encodes a value to JSON in one pass straight into bytes, without the intermediate tree and
/// per-value type checks of `JSONEncoder`: dialog states are encoded on every update, inside the
/// write transaction. Keys come in the order the type encodes them (its declaration order for
/// synthesized conformances), so equal values give equal text. Types `JSONEncoder` treats
/// specially (`Date`, `Data`, `URL`, `Decimal`) and non-finite numbers make it throw
/// `StreamingJSONEncoder.Unsupported`; the caller then uses `JSONEncoder`.
public enum StreamingJSONEncoder {
  public struct Unsupported: Error {}

  public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let sink = JSONSink()
    try sink.value(value, depth: 0)
    sink.close(to: 0)
    return sink.bytes
  }
}

/// The output and the containers still open, innermost last. A container at depth d that gets
/// a new element first closes every container deeper than d: synthesized code finishes a nested
/// container before it goes on with its parent.
final class JSONSink {
  var bytes: [UInt8] = []
  /// For each open container: whether it is an object, and whether it has an element yet.
  var open: [(object: Bool, filled: Bool)] = []

  init() { bytes.reserveCapacity(512) }

  func close(to depth: Int) {
    while open.count > depth { bytes.append(open.removeLast().object ? UInt8(ascii: "}") : UInt8(ascii: "]")) }
  }

  /// Opens a container at `depth` (the current end of the stack).
  func begin(object: Bool, depth: Int) {
    close(to: depth)
    bytes.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
    open.append((object, false))
  }

  /// Starts the next element of the container at `depth`: closes deeper ones, writes the comma.
  func element(of depth: Int) {
    close(to: depth + 1)
    if open[depth].filled { bytes.append(UInt8(ascii: ",")) }
    open[depth].filled = true
  }

  func key(_ key: some CodingKey, of depth: Int) {
    element(of: depth)
    FastJSON.appendString(key.stringValue, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
  }

  /// Writes any value at the position just prepared (a container of its own opens at `depth`).
  func value<T: Encodable>(_ value: T, depth: Int) throws {
    // Metatype comparisons, not `as?` casts: a dynamic cast costs a runtime lookup, and this
    // runs for every value of every state saved.
    if T.self == String.self {
      FastJSON.appendString(unsafeBitCast(value, to: String.self), to: &bytes)
    } else if T.self == Bool.self {
      bytes.append(contentsOf: unsafeBitCast(value, to: Bool.self) ? "true".utf8 : "false".utf8)
    } else if T.self == Int.self {
      number(unsafeBitCast(value, to: Int.self))
    } else if T.self == Int64.self {
      number(unsafeBitCast(value, to: Int64.self))
    } else if T.self == Double.self {
      try number(unsafeBitCast(value, to: Double.self))
    } else if T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
      throw StreamingJSONEncoder.Unsupported()
    } else {
      // The encoder is a two-word struct: passed as `any Encoder` without an allocation.
      let before = bytes.count
      try value.encode(to: StreamEncoder(sink: self, depth: depth))
      if bytes.count == before {
        bytes.append(contentsOf: "{}".utf8)
      } else {
        close(to: depth)
      }
    }
  }

  func number<I: BinaryInteger>(_ value: I) { bytes.append(contentsOf: String(value).utf8) }

  func number<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) throws {
    guard value.isFinite else { throw StreamingJSONEncoder.Unsupported() }
    bytes.append(contentsOf: String(value).utf8)
  }

  func null() { bytes.append(contentsOf: "null".utf8) }
}

/// The `Encoder` handed to one value: its container opens at `depth`, once (asking again
/// continues the same container).
struct StreamEncoder: Encoder {
  let sink: JSONSink
  let depth: Int
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(sink: JSONSink, depth: Int) {
    self.sink = sink
    self.depth = depth
  }

  /// Opens this value's container, once: a second request (an encoding that asks twice) reuses
  /// it. When a value starts, its parent has closed everything deeper, so nothing is open at
  /// this depth unless this value opened it.
  func opening(object: Bool) {
    guard sink.open.count == depth else { return }
    sink.begin(object: object, depth: depth)
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    opening(object: true)
    return KeyedEncodingContainer(KeyedSink<Key>(sink: sink, depth: depth))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    opening(object: false)
    return UnkeyedSink(sink: sink, depth: depth)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleSink(sink: sink, depth: depth)
  }
}
