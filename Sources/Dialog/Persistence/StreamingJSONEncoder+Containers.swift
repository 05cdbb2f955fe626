import TelegramBotAPI

/// A keyed container: an object at `depth`.
struct KeyedSink<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let sink: JSONSink
  let depth: Int
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil(forKey key: Key) throws {
    sink.key(key, of: depth)
    sink.null()
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    sink.key(key, of: depth)
    try sink.value(value, depth: depth + 1)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  )
    -> KeyedEncodingContainer<NestedKey>
  {
    sink.key(key, of: depth)
    sink.begin(object: true, depth: depth + 1)
    return KeyedEncodingContainer(KeyedSink<NestedKey>(sink: sink, depth: depth + 1))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    sink.key(key, of: depth)
    sink.begin(object: false, depth: depth + 1)
    return UnkeyedSink(sink: sink, depth: depth + 1)
  }

  mutating func superEncoder() -> any Encoder {
    sink.key(SuperKey.super, of: depth)
    return StreamEncoder(sink: sink, depth: depth + 1)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    sink.key(key, of: depth)
    return StreamEncoder(sink: sink, depth: depth + 1)
  }
}

enum SuperKey: String, CodingKey { case `super` }

/// An unkeyed container: an array at `depth`.
struct UnkeyedSink: UnkeyedEncodingContainer {
  let sink: JSONSink
  let depth: Int
  var count = 0
  var codingPath: [any CodingKey] { [] }

  init(sink: JSONSink, depth: Int) {
    self.sink = sink
    self.depth = depth
  }

  mutating func encodeNil() throws {
    sink.element(of: depth)
    sink.null()
    count += 1
  }

  mutating func encode<T: Encodable>(_ value: T) throws {
    sink.element(of: depth)
    try sink.value(value, depth: depth + 1)
    count += 1
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type
  )
    -> KeyedEncodingContainer<NestedKey>
  {
    sink.element(of: depth)
    sink.begin(object: true, depth: depth + 1)
    count += 1
    return KeyedEncodingContainer(KeyedSink<NestedKey>(sink: sink, depth: depth + 1))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    sink.element(of: depth)
    sink.begin(object: false, depth: depth + 1)
    count += 1
    return UnkeyedSink(sink: sink, depth: depth + 1)
  }

  mutating func superEncoder() -> any Encoder {
    sink.element(of: depth)
    count += 1
    return StreamEncoder(sink: sink, depth: depth + 1)
  }
}

/// A single value, written where its parent prepared the position.
struct SingleSink: SingleValueEncodingContainer {
  let sink: JSONSink
  let depth: Int
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { sink.null() }
  mutating func encode(_ value: Bool) throws { sink.bytes.append(contentsOf: value ? "true".utf8 : "false".utf8) }
  mutating func encode(_ value: String) throws { FastJSON.appendString(value, to: &sink.bytes) }
  mutating func encode(_ value: Double) throws { try sink.number(value) }
  mutating func encode(_ value: Float) throws { try sink.number(value) }
  mutating func encode(_ value: Int) throws { sink.number(value) }
  mutating func encode(_ value: Int8) throws { sink.number(value) }
  mutating func encode(_ value: Int16) throws { sink.number(value) }
  mutating func encode(_ value: Int32) throws { sink.number(value) }
  mutating func encode(_ value: Int64) throws { sink.number(value) }
  mutating func encode(_ value: UInt) throws { sink.number(value) }
  mutating func encode(_ value: UInt8) throws { sink.number(value) }
  mutating func encode(_ value: UInt16) throws { sink.number(value) }
  mutating func encode(_ value: UInt32) throws { sink.number(value) }
  mutating func encode(_ value: UInt64) throws { sink.number(value) }
  mutating func encode<T: Encodable>(_ value: T) throws { try sink.value(value, depth: depth) }
}
