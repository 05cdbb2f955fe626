import CVectorKernel

/// Byte vectors one after another, with one scale each.
struct ByteVectors: Sendable {
  private(set) var bytes: [Int8] = []
  private(set) var scales: [Float] = []

  var count: Int { scales.count }
  var memoryBytes: Int { bytes.capacity + scales.capacity * 4 }

  mutating func append(_ vector: [Int8], _ scale: Float) {
    bytes += vector
    scales.append(scale)
  }

  func quantized(_ i: Int, _ dimension: Int) -> ([Int8], Float) {
    (Array(bytes[(i * dimension)..<((i + 1) * dimension)]), scales[i])
  }

  mutating func compact() {
    bytes = exactCapacity(bytes)
    scales = exactCapacity(scales)
  }

  /// For each listed row (every row when `rows` is nil; `count` of them), its best score
  /// against the queries.
  func best(rows: [Int64]?, count: Int, _ dimension: Int, _ queries: QueryBytes) -> [Float] {
    var scores = [Float](repeating: 0, count: count)
    guard count > 0 else { return scores }
    if let rows {
      fb_best_dots_rows(bytes, scales, rows, count, dimension, queries.bytes, queries.scales, queries.count, &scores)
    } else {
      fb_best_dots(bytes, scales, count, dimension, queries.bytes, queries.scales, queries.count, &scores)
    }
    return scores
  }
}

/// Quantized query vectors, one after another.
struct QueryBytes {
  var bytes: [Int8] = []
  var scales: [Float] = []
  var count: Int { scales.count }
  init(_ quantized: [([Int8], Float)]) {
    for (vector, scale) in quantized {
      bytes += vector
      scales.append(scale)
    }
  }
}

/// A copy of `array` without spare capacity.
func exactCapacity<T>(_ array: [T]) -> [T] {
  [T](unsafeUninitializedCapacity: array.count) { buffer, count in
    _ = buffer.initialize(from: array)
    count = array.count
  }
}

extension VectorIndex {
  /// Signed bytes and the scale that multiplies them back (`vector.count` a multiple of 8). The
  /// scale is the one, from "largest component ↦ 127" up to twice as coarse, with the least
  /// squared error: centred embeddings have many equal components (features that are zero in
  /// most photos, minus the mean), and rounding them all the same way would shift every cosine
  /// by up to 0.014; a scale on which that common value falls near a whole number keeps cosines
  /// within ±0.005 (`QuantizationTests`).
  static func quantize(_ vector: [Float]) -> ([Int8], Float) {
    let largest = vector.reduce(0) { max($0, abs($1)) }
    guard largest > 0 else { return ([Int8](repeating: 0, count: vector.count), 1) }
    var bestScale = largest / 127
    var bestError = Float.infinity
    // Adding and subtracting 1.5·2²³ rounds to the nearest whole number in plain float
    // arithmetic (|x| ≤ 127 here), which vectorizes where `rounded()` would call libm.
    let magic = SIMD8<Float>(repeating: 12_582_912)
    for step in 0..<64 {
      let scale = largest / 127 * (1 + Float(step) / 64)
      let inverse = 1 / scale
      var sum = SIMD8<Float>()
      vector.withUnsafeBytes { raw in
        for offset in stride(from: 0, to: vector.count * 4 - 31, by: 32) {
          let x = raw.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
          let e = x - ((x * inverse + magic) - magic) * scale
          sum += e * e
        }
      }
      let error = sum.sum()
      if error < bestError {
        bestError = error
        bestScale = scale
      }
    }
    return (vector.map { Int8(($0 / bestScale).rounded()) }, bestScale)
  }
}
