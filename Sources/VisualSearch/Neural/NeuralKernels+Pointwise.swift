import CVectorKernel

extension NeuralKernels {
  /// Whether the CPU has AVX2 and FMA: then the C kernels (CVectorKernel/neural_kernel.c, the
  /// same loops with 8-wide fused multiply-adds) run instead of these portable ones.
  static let avx2 = fb_neural_avx2() != 0

  /// A 1×1 convolution as a matrix product `output[p][o] = bias[o] + Σᵢ input[p][i]·w[i][o]`,
  /// then ReLU6 or the residual added. Pixels go in chunks of 64 (kept in cache while every block
  /// of 16 outputs passes over them), 4 pixels × 16 outputs at a time in registers.
  static func pointwise(
    _ layer: PointwiseLayer, input: UnsafePointer<Float>, pixels: Int, output: UnsafeMutablePointer<Float>,
    relu: Bool, residual: UnsafePointer<Float>? = nil, portable: Bool = false
  ) {
    let k = layer.inputs
    let n = layer.outputs
    layer.packed.withUnsafeBufferPointer { wb in
      layer.bias.withUnsafeBufferPointer { bb in
        if avx2 && !portable {
          fb_pointwise_avx2(wb.baseAddress!, bb.baseAddress!, k, n, input, pixels, output, relu ? 1 : 0, residual)
          return
        }
        for chunk in stride(from: 0, to: pixels, by: 64) {
          let end = min(chunk + 64, pixels)
          var o = 0
          while o < n {
            let (_, width) = PointwiseLayer.block(of: o, outputs: n)
            let w = wb.baseAddress! + o * k
            let epilogue = Epilogue(output: output, residual: residual, outputs: n, column: o, relu: relu)
            if width == 16 {
              tile16(w, k: k, input: input, pixels: chunk..<end, bias: bb.baseAddress! + o, epilogue)
            } else {
              tile8(w, k: k, input: input, pixels: chunk..<end, bias: load(bb.baseAddress! + o), epilogue)
            }
            o += width
          }
        }
      }
    }
  }

  /// Where results go: ReLU6 or the residual, then the store.
  struct Epilogue {
    let output: UnsafeMutablePointer<Float>
    let residual: UnsafePointer<Float>?
    let outputs: Int
    let column: Int
    let relu: Bool

    @inline(__always) func callAsFunction(_ acc: Vector, pixel: Int, offset: Int) {
      let at = pixel * outputs + column + offset
      var v = acc
      if let residual { v += load(residual + at) }
      store(relu ? relu6(v) : v, output + at)
    }
  }

  @inline(__always) static func tile16(
    _ w: UnsafePointer<Float>, k: Int, input: UnsafePointer<Float>, pixels: Range<Int>, bias: UnsafePointer<Float>,
    _ epilogue: Epilogue
  ) {
    let b0 = load(bias)
    let b1 = load(bias + 8)
    var p = pixels.lowerBound
    while p + 4 <= pixels.upperBound {
      let x0 = input + p * k, x1 = x0 + k, x2 = x1 + k, x3 = x2 + k
      var a00 = b0, a01 = b1, a10 = b0, a11 = b1, a20 = b0, a21 = b1, a30 = b0, a31 = b1
      for i in 0..<k {
        let w0 = load(w + i * 16)
        let w1 = load(w + i * 16 + 8)
        let v0 = Vector(repeating: x0[i]), v1 = Vector(repeating: x1[i])
        let v2 = Vector(repeating: x2[i]), v3 = Vector(repeating: x3[i])
        a00 += w0 * v0
        a01 += w1 * v0
        a10 += w0 * v1
        a11 += w1 * v1
        a20 += w0 * v2
        a21 += w1 * v2
        a30 += w0 * v3
        a31 += w1 * v3
      }
      epilogue(a00, pixel: p, offset: 0)
      epilogue(a01, pixel: p, offset: 8)
      epilogue(a10, pixel: p + 1, offset: 0)
      epilogue(a11, pixel: p + 1, offset: 8)
      epilogue(a20, pixel: p + 2, offset: 0)
      epilogue(a21, pixel: p + 2, offset: 8)
      epilogue(a30, pixel: p + 3, offset: 0)
      epilogue(a31, pixel: p + 3, offset: 8)
      p += 4
    }
    while p < pixels.upperBound {
      let x0 = input + p * k
      var a0 = b0, a1 = b1
      for i in 0..<k {
        let v = Vector(repeating: x0[i])
        a0 += load(w + i * 16) * v
        a1 += load(w + i * 16 + 8) * v
      }
      epilogue(a0, pixel: p, offset: 0)
      epilogue(a1, pixel: p, offset: 8)
      p += 1
    }
  }

  @inline(__always) static func tile8(
    _ w: UnsafePointer<Float>, k: Int, input: UnsafePointer<Float>, pixels: Range<Int>, bias: Vector,
    _ epilogue: Epilogue
  ) {
    var p = pixels.lowerBound
    while p + 4 <= pixels.upperBound {
      let x0 = input + p * k, x1 = x0 + k, x2 = x1 + k, x3 = x2 + k
      var a0 = bias, a1 = bias, a2 = bias, a3 = bias
      for i in 0..<k {
        let wi = load(w + i * 8)
        a0 += wi * Vector(repeating: x0[i])
        a1 += wi * Vector(repeating: x1[i])
        a2 += wi * Vector(repeating: x2[i])
        a3 += wi * Vector(repeating: x3[i])
      }
      epilogue(a0, pixel: p, offset: 0)
      epilogue(a1, pixel: p + 1, offset: 0)
      epilogue(a2, pixel: p + 2, offset: 0)
      epilogue(a3, pixel: p + 3, offset: 0)
      p += 4
    }
    while p < pixels.upperBound {
      let x0 = input + p * k
      var a0 = bias
      for i in 0..<k { a0 += load(w + i * 8) * Vector(repeating: x0[i]) }
      epilogue(a0, pixel: p, offset: 0)
      p += 1
    }
  }
}
