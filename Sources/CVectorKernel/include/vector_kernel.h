#ifndef FLOWERBOT_VECTOR_KERNEL_H
#define FLOWERBOT_VECTOR_KERNEL_H

#include <stddef.h>
#include <stdint.h>

/// For each of `count` stored vectors (signed bytes, `dimension` each, one after another, the
/// real vector being bytes × scales[i]), the largest dot product with any of `query_count`
/// queries (also signed bytes × query_scales[q]), written to best[i].
void fb_best_dots(const int8_t *vectors, const float *scales, size_t count, size_t dimension,
                  const int8_t *queries, const float *query_scales, size_t query_count, float *best);

/// The same for the stored vectors listed in `rows` (indices), written to best[0..<row_count].
void fb_best_dots_rows(const int8_t *vectors, const float *scales, const int64_t *rows, size_t row_count,
                       size_t dimension, const int8_t *queries, const float *query_scales, size_t query_count,
                       float *best);

/// 2 when the AVX-512 VNNI kernel is in use, 1 for the AVX2 one (x86-64 CPUs that have them), else 0.
int fb_uses_avx2(void);

/// 1 when the CPU has AVX2 and FMA, so that the neural network's kernels below may be called.
int fb_neural_avx2(void);

/// A 1×1 convolution (AVX2 + FMA; call only when `fb_neural_avx2()`): for `pixels` pixels of
/// `k` channels (`input`, channels last), output[p][o] = bias[o] + Σᵢ input[p][i]·w[i][o] for the
/// `n` outputs, weights packed in blocks of 16 outputs (the last one 8 wide when n is not a
/// multiple of 16), each `[input][output in block]`; then the residual added (when not NULL) or
/// ReLU6 (when relu ≠ 0).
void fb_pointwise_avx2(const float *packed, const float *bias, size_t k, size_t n, const float *input, size_t pixels,
                       float *output, int relu, const float *residual);

/// A depthwise k×k convolution with TensorFlow SAME padding `pad`, `stride`, ReLU6 (AVX2 + FMA):
/// input `[side][side][channels]`, weights `[ky][kx][channel]`, output `[out][out][channels]`.
void fb_depthwise_avx2(const float *weights, const float *bias, size_t channels, size_t kernel, size_t stride,
                       size_t pad, const float *input, size_t side, size_t out, float *output);

#endif
