/// The layers of EfficientNet-Lite0 with batch norm folded in: `w' = w · γ/√(σ² + ε)`,
/// `b' = β − μ · γ/√(σ² + ε)`, laid out for the kernels in `NeuralKernels`.
struct PointwiseLayer: Sendable {
  let inputs: Int
  let outputs: Int
  /// Blocks of 16 outputs (the last one 8 wide when `outputs` is not a multiple of 16), each
  /// `[input][output in block]`, starting at `packed[blockStart · inputs]`.
  let packed: [Float]
  let bias: [Float]

  /// The first output and the width of the block holding output `o`.
  static func block(of o: Int, outputs: Int) -> (start: Int, width: Int) {
    let start = o / 16 * 16
    return (start, start + 16 <= outputs ? 16 : 8)
  }
}

/// A depthwise k×k convolution; weights `[ky][kx][channel]`.
struct DepthwiseLayer: Sendable {
  let channels: Int
  let kernel: Int
  let stride: Int
  let weights: [Float]
  let bias: [Float]
}

/// The 3×3 stride-2 stem from RGB to 32 channels; weights `[ky][kx][rgb][32]`.
struct StemLayer: Sendable {
  static let outputs = 32
  let weights: [Float]
  let bias: [Float]
}

/// An inverted residual block: expand 1×1 (absent in the first block), depthwise k×k, project 1×1;
/// ReLU6 after the first two; the input added back when shapes allow.
struct MBConvBlock: Sendable {
  let expand: PointwiseLayer?
  let depthwise: DepthwiseLayer
  let project: PointwiseLayer
  let residual: Bool
}

extension TensorFile {
  static let batchNormEpsilon: Float = 1e-3

  /// γ/√(σ² + ε) and β − μ · γ/√(σ² + ε) of a batch-norm layer.
  func foldedBatchNorm(_ prefix: String, _ channels: Int) throws(TensorFileError) -> (scale: [Float], shift: [Float]) {
    let gamma = try floats(prefix + ".weight", dims: [channels])
    let beta = try floats(prefix + ".bias", dims: [channels])
    let mean = try floats(prefix + ".running_mean", dims: [channels])
    let variance = try floats(prefix + ".running_var", dims: [channels])
    let scale = (0..<channels).map { gamma[$0] / (variance[$0] + Self.batchNormEpsilon).squareRoot() }
    return (scale, (0..<channels).map { beta[$0] - mean[$0] * scale[$0] })
  }

  func pointwise(_ conv: String, _ bn: String, inputs: Int, outputs: Int) throws(TensorFileError) -> PointwiseLayer {
    let w = try floats(conv + ".weight", dims: [outputs, inputs, 1, 1])
    let (scale, shift) = try foldedBatchNorm(bn, outputs)
    var packed = [Float](repeating: 0, count: inputs * outputs)
    for o in 0..<outputs {
      let (start, width) = PointwiseLayer.block(of: o, outputs: outputs)
      for i in 0..<inputs { packed[start * inputs + i * width + o - start] = w[o * inputs + i] * scale[o] }
    }
    return PointwiseLayer(inputs: inputs, outputs: outputs, packed: packed, bias: shift)
  }

  func depthwise(_ conv: String, _ bn: String, channels: Int, stride: Int) throws(TensorFileError) -> DepthwiseLayer {
    guard let k = entries[conv + ".weight"]?.dims.last else { throw .missingTensor(conv + ".weight") }
    let w = try floats(conv + ".weight", dims: [channels, 1, k, k])
    let (scale, shift) = try foldedBatchNorm(bn, channels)
    var weights = [Float](repeating: 0, count: channels * k * k)
    for c in 0..<channels {
      for tap in 0..<(k * k) { weights[tap * channels + c] = w[c * k * k + tap] * scale[c] }
    }
    return DepthwiseLayer(channels: channels, kernel: k, stride: stride, weights: weights, bias: shift)
  }

  func stem() throws(TensorFileError) -> StemLayer {
    let n = StemLayer.outputs
    let w = try floats("_conv_stem.weight", dims: [n, 3, 3, 3])
    let (scale, shift) = try foldedBatchNorm("_bn0", n)
    var weights = [Float](repeating: 0, count: 27 * n)
    for o in 0..<n {
      for c in 0..<3 {
        for tap in 0..<9 { weights[(tap * 3 + c) * n + o] = w[(o * 3 + c) * 9 + tap] * scale[o] }
      }
    }
    return StemLayer(weights: weights, bias: shift)
  }
}
