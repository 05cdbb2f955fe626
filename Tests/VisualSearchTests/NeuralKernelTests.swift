import Foundation
import Testing

@testable import VisualSearch

/// The AVX2 + FMA kernels (C) compute what the portable Swift kernels compute.
@Suite(.enabled(if: NeuralKernels.avx2, "this CPU has no AVX2 + FMA: only the portable kernels run"))
struct NeuralKernelTests {
  final class Buffer {
    let pointer: UnsafeMutablePointer<Float>
    let count: Int
    init(_ count: Int, seed: UInt64) {
      self.count = count
      pointer = .allocate(capacity: count)
      var s = seed
      for i in 0..<count {
        s = s &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        pointer[i] = Float(s >> 40) / Float(1 << 24) * 4 - 2
      }
    }
    deinit { pointer.deallocate() }
    var values: [Float] { Array(UnsafeBufferPointer(start: pointer, count: count)) }
  }

  func largestDifference(_ a: Buffer, _ b: Buffer) -> Float { zip(a.values, b.values).map { abs($0 - $1) }.max() ?? 0 }

  @Test(arguments: [(24, 40, 7, true, false), (40, 120, 9, false, true), (96, 24, 64, false, false)])
  func pointwiseMatchesThePortableKernel(inputs: Int, outputs: Int, pixels: Int, relu: Bool, residual: Bool) {
    let weights = Buffer(inputs * outputs, seed: 1).values.map { $0 / Float(inputs) }
    let layer = PointwiseLayer(inputs: inputs, outputs: outputs, packed: weights, bias: Buffer(outputs, seed: 2).values)
    let input = Buffer(pixels * inputs, seed: 3)
    let extra = Buffer(pixels * outputs, seed: 4)
    let fast = Buffer(pixels * outputs, seed: 5)
    let slow = Buffer(pixels * outputs, seed: 6)
    for (out, portable) in [(fast, false), (slow, true)] {
      NeuralKernels.pointwise(
        layer, input: input.pointer, pixels: pixels, output: out.pointer, relu: relu,
        residual: residual ? UnsafePointer(extra.pointer) : nil, portable: portable)
    }
    #expect(largestDifference(fast, slow) < 1e-4)
  }

  @Test(arguments: [(3, 1, 9), (3, 2, 10), (5, 1, 7), (5, 2, 9)])
  func depthwiseMatchesThePortableKernel(kernel: Int, stride: Int, side: Int) {
    let channels = 24
    let layer = DepthwiseLayer(
      channels: channels, kernel: kernel, stride: stride, weights: Buffer(kernel * kernel * channels, seed: 7).values,
      bias: Buffer(channels, seed: 8).values)
    let input = Buffer(side * side * channels, seed: 9)
    let fast = Buffer(side * side * channels, seed: 10)
    let slow = Buffer(side * side * channels, seed: 11)
    let a = NeuralKernels.depthwise(layer, input: input.pointer, side: side, output: fast.pointer)
    let b = NeuralKernels.depthwise(layer, input: input.pointer, side: side, output: slow.pointer, portable: true)
    #expect(a == b)
    let written = a * a * channels
    #expect(zip(fast.values.prefix(written), slow.values.prefix(written)).map { abs($0 - $1) }.max()! < 1e-4)
  }
}
