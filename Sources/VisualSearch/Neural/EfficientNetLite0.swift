import Foundation

/// EfficientNet-Lite0 (ImageNet) on the CPU in plain Swift: stem 3×3/2, 16 inverted residual
/// blocks (no squeeze-and-excitation, ReLU6, TensorFlow SAME padding), head 1×1 to 1280, global
/// average pooling; the 1000-class classifier is kept for verification. Weights come from a `.fbt`
/// file (Benchmarks/weights/fetch.sh) with batch norm folded in at load. Thread-safe: each call
/// uses its own scratch memory.
public final class EfficientNetLite0: Sendable {
  public static let inputSide = 224
  public static let featureWidth = 1280
  /// Cells a side of the head's feature map: the input halved five times.
  public static let mapSide = inputSide / 32
  public static let classes = 1000
  /// Blocks that halve the resolution: the first of stages 2, 3, 4 and 6.
  static let downsamplingBlocks: Set<Int> = [1, 3, 5, 11]
  static let blockCount = 16

  let stem: StemLayer
  let blocks: [MBConvBlock]
  let head: PointwiseLayer
  let classifier: [Float]
  let classifierBias: [Float]
  /// Floats in the largest feature map (block 1's expansion at 112×112×96).
  let scratchSize: Int

  public init(weights url: URL) throws(TensorFileError) {
    let file = try TensorFile(url: url)
    stem = try file.stem()
    var blocks: [MBConvBlock] = []
    var channels = StemLayer.outputs
    var side = Self.inputSide / 2
    var largest = side * side * channels
    for b in 0..<Self.blockCount {
      let p = "_blocks.\(b)."
      let expand: PointwiseLayer?
      if let dims = file.entries[p + "_expand_conv.weight"]?.dims {
        expand = try file.pointwise(p + "_expand_conv", p + "_bn0", inputs: channels, outputs: dims[0])
      } else {
        expand = nil
      }
      let wide = expand?.outputs ?? channels
      largest = max(largest, side * side * wide)
      let stride = Self.downsamplingBlocks.contains(b) ? 2 : 1
      let depthwise = try file.depthwise(p + "_depthwise_conv", p + "_bn1", channels: wide, stride: stride)
      guard let out = file.entries[p + "_project_conv.weight"]?.dims.first else {
        throw .missingTensor(p + "_project_conv.weight")
      }
      let project = try file.pointwise(p + "_project_conv", p + "_bn2", inputs: wide, outputs: out)
      blocks.append(
        MBConvBlock(expand: expand, depthwise: depthwise, project: project, residual: stride == 1 && out == channels))
      channels = out
      side = (side + stride - 1) / stride
    }
    self.blocks = blocks
    head = try file.pointwise("_conv_head", "_bn1", inputs: channels, outputs: Self.featureWidth)
    classifier = try file.floats("_fc.weight", dims: [Self.classes, Self.featureWidth])
    classifierBias = try file.floats("_fc.bias", dims: [Self.classes])
    scratchSize = max(largest, side * side * Self.featureWidth)
  }

  /// The network's input for an image: resized to 224×224 (aspect not kept), `(x − 127) / 128`,
  /// channels last.
  public static func input(_ image: RGBImage) -> [Float] {
    let scaled =
      image.width == inputSide && image.height == inputSide
      ? image : image.resized(width: inputSide, height: inputSide)
    return scaled.pixels.map { (Float($0) - 127) / 128 }
  }

  /// The 1280 pooled features of an image (not normalized).
  public func features(_ image: RGBImage) -> [Float] { features(input: Self.input(image)) }

  /// The 1280 pooled features of a prepared input (`input(_:)`).
  public func features(input: [Float]) -> [Float] {
    let map = featureMap(input: input)
    let pixels = map.count / Self.featureWidth
    var pooled = [Float](repeating: 0, count: Self.featureWidth)
    for p in 0..<pixels {
      for c in 0..<Self.featureWidth { pooled[c] += map[p * Self.featureWidth + c] }
    }
    let scale = 1 / Float(pixels)
    return pooled.map { $0 * scale }
  }

  /// The head's output before pooling: `mapSide`×`mapSide` (7×7) cells of 1280 features (after
  /// ReLU6, so non-negative), channels last.
  public func featureMap(input: [Float]) -> [Float] {
    precondition(input.count == Self.inputSide * Self.inputSide * 3, "input must be 224×224×3")
    let buffers = (0..<4).map { _ in UnsafeMutablePointer<Float>.allocate(capacity: scratchSize) }
    defer { buffers.forEach { $0.deallocate() } }
    var (x, spare, wide, deep) = (buffers[0], buffers[1], buffers[2], buffers[3])
    var side = input.withUnsafeBufferPointer {
      NeuralKernels.stem(stem, input: $0.baseAddress!, side: Self.inputSide, output: x)
    }
    for block in blocks {
      var source = UnsafePointer(x)
      if let expand = block.expand {
        NeuralKernels.pointwise(expand, input: x, pixels: side * side, output: wide, relu: true)
        source = UnsafePointer(wide)
      }
      let out = NeuralKernels.depthwise(block.depthwise, input: source, side: side, output: deep)
      NeuralKernels.pointwise(
        block.project, input: deep, pixels: out * out, output: spare, relu: false,
        residual: block.residual ? UnsafePointer(x) : nil)
      swap(&x, &spare)
      side = out
    }
    NeuralKernels.pointwise(head, input: x, pixels: side * side, output: wide, relu: true)
    return Array(UnsafeBufferPointer(start: wide, count: side * side * Self.featureWidth))
  }

  /// The 1000 ImageNet logits of pooled features (for verification).
  public func logits(features: [Float]) -> [Float] {
    (0..<Self.classes).map { o in
      var sum = classifierBias[o]
      for i in 0..<Self.featureWidth { sum += classifier[o * Self.featureWidth + i] * features[i] }
      return sum
    }
  }
}
