import CVectorKernel

/// The loops of the forward pass. Feature maps are channels-last (`[y][x][channel]`, every
/// channel count a multiple of 8) so that the innermost loops run over 8 contiguous channels as
/// one `SIMD8<Float>`; 1×1 convolutions are matrix products tiled 4 pixels × 8 outputs.
enum NeuralKernels {
  typealias Vector = SIMD8<Float>

  @inline(__always) static func load(_ p: UnsafePointer<Float>) -> Vector {
    UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
  }

  @inline(__always) static func store(_ v: Vector, _ p: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self)
  }

  @inline(__always) static func relu6(_ v: Vector) -> Vector {
    v.replacing(with: 0, where: v .< 0).replacing(with: 6, where: v .> 6)
  }

  /// Output size and the padding before the first pixel under TensorFlow's SAME rule: the total
  /// padding is `max((⌈n/s⌉ − 1)·s + k − n, 0)`, the smaller half before.
  static func same(_ n: Int, kernel: Int, stride: Int) -> (size: Int, before: Int) {
    let size = (n + stride - 1) / stride
    return (size, max((size - 1) * stride + kernel - n, 0) / 2)
  }

  /// The stem: 3×3 stride-2 convolution of a normalized `[224][224][3]` input into 32 channels,
  /// ReLU6. Returns the output side.
  static func stem(
    _ layer: StemLayer, input: UnsafePointer<Float>, side: Int, output: UnsafeMutablePointer<Float>
  ) -> Int {
    let (out, pad) = same(side, kernel: 3, stride: 2)
    layer.weights.withUnsafeBufferPointer { wb in
      layer.bias.withUnsafeBufferPointer { bb in
        let w = wb.baseAddress!
        let b = bb.baseAddress!
        for oy in 0..<out {
          for ox in 0..<out {
            var a0 = load(b), a1 = load(b + 8), a2 = load(b + 16), a3 = load(b + 24)
            for ky in 0..<3 {
              let iy = oy * 2 + ky - pad
              guard iy >= 0 && iy < side else { continue }
              for kx in 0..<3 {
                let ix = ox * 2 + kx - pad
                guard ix >= 0 && ix < side else { continue }
                for c in 0..<3 {
                  let v = Vector(repeating: input[(iy * side + ix) * 3 + c])
                  let t = w + ((ky * 3 + kx) * 3 + c) * 32
                  a0 += load(t) * v
                  a1 += load(t + 8) * v
                  a2 += load(t + 16) * v
                  a3 += load(t + 24) * v
                }
              }
            }
            let o = output + (oy * out + ox) * 32
            store(relu6(a0), o)
            store(relu6(a1), o + 8)
            store(relu6(a2), o + 16)
            store(relu6(a3), o + 24)
          }
        }
      }
    }
    return out
  }

  /// Depthwise k×k convolution with SAME padding and ReLU6. Returns the output side.
  static func depthwise(
    _ layer: DepthwiseLayer, input: UnsafePointer<Float>, side: Int, output: UnsafeMutablePointer<Float>,
    portable: Bool = false
  ) -> Int {
    let (out, pad) = same(side, kernel: layer.kernel, stride: layer.stride)
    let c = layer.channels
    let k = layer.kernel
    layer.weights.withUnsafeBufferPointer { wb in
      layer.bias.withUnsafeBufferPointer { bb in
        if avx2 && !portable {
          fb_depthwise_avx2(wb.baseAddress!, bb.baseAddress!, c, k, layer.stride, pad, input, side, out, output)
          return
        }
        let w = wb.baseAddress!
        for oy in 0..<out {
          let y0 = oy * layer.stride - pad
          let kyRange = max(0, -y0)..<min(k, side - y0)
          for ox in 0..<out {
            let x0 = ox * layer.stride - pad
            let kxRange = max(0, -x0)..<min(k, side - x0)
            let o = output + (oy * out + ox) * c
            for g in stride(from: 0, to: c, by: 8) {
              var acc = load(bb.baseAddress! + g)
              for ky in kyRange {
                let row = input + ((y0 + ky) * side + x0) * c + g
                let wr = w + ky * k * c + g
                for kx in kxRange { acc += load(row + kx * c) * load(wr + kx * c) }
              }
              store(relu6(acc), o + g)
            }
          }
        }
      }
    }
    return out
  }
}
