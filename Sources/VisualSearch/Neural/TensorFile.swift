import Foundation

/// Why a tensor file could not be used.
public enum TensorFileError: Error, Sendable, Equatable {
  /// The file is missing or unreadable.
  case unreadable(String)
  /// Not a `.fbt` file, or its header points outside the file.
  case malformed(String)
  /// A tensor the network needs is absent or has another shape.
  case missingTensor(String)
}

/// A memory-mapped `.fbt` file: named float32 tensors (format in
/// Benchmarks/weights/convert_efficientnet.py: magic `FBTENSR1`, uint32 count, then per tensor
/// uint16 name length, name, uint8 rank, uint32 dims, uint64 data offset; little-endian, C order,
/// data 64-byte aligned).
public final class TensorFile: @unchecked Sendable {
  /// Shape and position of one tensor.
  public struct Entry: Sendable {
    public var dims: [Int]
    var offset: Int
    public var count: Int { dims.reduce(1, *) }
  }

  public let entries: [String: Entry]
  private let data: Data

  public init(url: URL) throws(TensorFileError) {
    do {
      data = try Data(contentsOf: url, options: .alwaysMapped)
    } catch {
      throw .unreadable(url.path)
    }
    entries = try Self.parse(data)
  }

  private static func parse(_ data: Data) throws(TensorFileError) -> [String: Entry] {
    let bytes = [UInt8](data.prefix(1 << 20))
    var cursor = 0
    func read(_ n: Int) throws(TensorFileError) -> ArraySlice<UInt8> {
      guard cursor + n <= bytes.count else { throw .malformed("header cut short") }
      defer { cursor += n }
      return bytes[cursor..<cursor + n]
    }
    func integer(_ n: Int) throws(TensorFileError) -> Int {
      try read(n).reversed().reduce(0) { $0 << 8 | Int($1) }
    }
    guard Array(try read(8)) == Array("FBTENSR1".utf8) else { throw .malformed("bad magic") }
    var entries: [String: Entry] = [:]
    for _ in 0..<(try integer(4)) {
      let name = String(decoding: try read(try integer(2)), as: UTF8.self)
      var dims: [Int] = []
      for _ in 0..<(try integer(1)) { dims.append(try integer(4)) }
      let entry = Entry(dims: dims, offset: try integer(8))
      guard entry.offset % 4 == 0, entry.offset + entry.count * 4 <= data.count else {
        throw .malformed("tensor \(name) outside the file")
      }
      entries[name] = entry
    }
    return entries
  }

  /// A copy of the tensor's values, checked against the expected shape.
  public func floats(_ name: String, dims: [Int]) throws(TensorFileError) -> [Float] {
    guard let entry = entries[name], entry.dims == dims else { throw .missingTensor(name) }
    return data.withUnsafeBytes { raw in
      let base = raw.baseAddress!.advanced(by: entry.offset)
      return (0..<entry.count).map { base.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self) }
        .map { Float(bitPattern: UInt32(littleEndian: $0)) }
    }
  }
}
