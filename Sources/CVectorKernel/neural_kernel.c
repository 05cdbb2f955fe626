// The two loops that take most of the neural network's time, for CPUs with AVX2 and FMA
// (picked at run time by the Swift side through fb_neural_avx2): 1×1 convolutions as matrix
// products tiled 4 pixels × 16 outputs in eight 8-wide registers, and depthwise convolutions
// whose channel loops the compiler vectorizes. The portable versions are in Swift
// (Sources/VisualSearch/Neural/NeuralKernels*.swift).
#include "vector_kernel.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>
#define FB_AVX __attribute__((target("avx2,fma")))

int fb_neural_avx2(void) {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

FB_AVX static inline void fb_finish(__m256 v, float *out, const float *residual, int relu) {
  if (residual) v = _mm256_add_ps(v, _mm256_loadu_ps(residual));
  if (relu) v = _mm256_min_ps(_mm256_max_ps(v, _mm256_setzero_ps()), _mm256_set1_ps(6.0f));
  _mm256_storeu_ps(out, v);
}

#define FB_AT(p, off) ((p) * n + o + (off))
#define FB_RES(p, off) (residual ? residual + FB_AT(p, off) : NULL)

FB_AVX static void fb_tile16(const float *w, const float *bias, size_t k, size_t n, size_t o, const float *input,
                             size_t begin, size_t end, float *output, int relu, const float *residual) {
  const __m256 b0 = _mm256_loadu_ps(bias + o), b1 = _mm256_loadu_ps(bias + o + 8);
  size_t p = begin;
  for (; p + 4 <= end; p += 4) {
    const float *x0 = input + p * k, *x1 = x0 + k, *x2 = x1 + k, *x3 = x2 + k;
    __m256 a00 = b0, a01 = b1, a10 = b0, a11 = b1, a20 = b0, a21 = b1, a30 = b0, a31 = b1;
    for (size_t i = 0; i < k; i++) {
      __m256 w0 = _mm256_loadu_ps(w + i * 16), w1 = _mm256_loadu_ps(w + i * 16 + 8);
      __m256 v = _mm256_broadcast_ss(x0 + i);
      a00 = _mm256_fmadd_ps(w0, v, a00);
      a01 = _mm256_fmadd_ps(w1, v, a01);
      v = _mm256_broadcast_ss(x1 + i);
      a10 = _mm256_fmadd_ps(w0, v, a10);
      a11 = _mm256_fmadd_ps(w1, v, a11);
      v = _mm256_broadcast_ss(x2 + i);
      a20 = _mm256_fmadd_ps(w0, v, a20);
      a21 = _mm256_fmadd_ps(w1, v, a21);
      v = _mm256_broadcast_ss(x3 + i);
      a30 = _mm256_fmadd_ps(w0, v, a30);
      a31 = _mm256_fmadd_ps(w1, v, a31);
    }
    fb_finish(a00, output + FB_AT(p, 0), FB_RES(p, 0), relu);
    fb_finish(a01, output + FB_AT(p, 8), FB_RES(p, 8), relu);
    fb_finish(a10, output + FB_AT(p + 1, 0), FB_RES(p + 1, 0), relu);
    fb_finish(a11, output + FB_AT(p + 1, 8), FB_RES(p + 1, 8), relu);
    fb_finish(a20, output + FB_AT(p + 2, 0), FB_RES(p + 2, 0), relu);
    fb_finish(a21, output + FB_AT(p + 2, 8), FB_RES(p + 2, 8), relu);
    fb_finish(a30, output + FB_AT(p + 3, 0), FB_RES(p + 3, 0), relu);
    fb_finish(a31, output + FB_AT(p + 3, 8), FB_RES(p + 3, 8), relu);
  }
  for (; p < end; p++) {
    const float *x0 = input + p * k;
    __m256 a0 = b0, a1 = b1;
    for (size_t i = 0; i < k; i++) {
      __m256 v = _mm256_broadcast_ss(x0 + i);
      a0 = _mm256_fmadd_ps(_mm256_loadu_ps(w + i * 16), v, a0);
      a1 = _mm256_fmadd_ps(_mm256_loadu_ps(w + i * 16 + 8), v, a1);
    }
    fb_finish(a0, output + FB_AT(p, 0), FB_RES(p, 0), relu);
    fb_finish(a1, output + FB_AT(p, 8), FB_RES(p, 8), relu);
  }
}

FB_AVX static void fb_tile8(const float *w, const float *bias, size_t k, size_t n, size_t o, const float *input,
                            size_t begin, size_t end, float *output, int relu, const float *residual) {
  const __m256 b = _mm256_loadu_ps(bias + o);
  for (size_t p = begin; p < end; p++) {
    const float *x0 = input + p * k;
    __m256 a = b;
    for (size_t i = 0; i < k; i++) a = _mm256_fmadd_ps(_mm256_loadu_ps(w + i * 8), _mm256_broadcast_ss(x0 + i), a);
    fb_finish(a, output + FB_AT(p, 0), FB_RES(p, 0), relu);
  }
}

FB_AVX void fb_pointwise_avx2(const float *packed, const float *bias, size_t k, size_t n, const float *input,
                              size_t pixels, float *output, int relu, const float *residual) {
  for (size_t chunk = 0; chunk < pixels; chunk += 64) {
    size_t end = chunk + 64 < pixels ? chunk + 64 : pixels;
    for (size_t o = 0; o < n;) {
      size_t width = o + 16 <= n ? 16 : 8;
      if (width == 16) {
        fb_tile16(packed + o * k, bias, k, n, o, input, chunk, end, output, relu, residual);
      } else {
        fb_tile8(packed + o * k, bias, k, n, o, input, chunk, end, output, relu, residual);
      }
      o += width;
    }
  }
}

FB_AVX void fb_depthwise_avx2(const float *weights, const float *bias, size_t channels, size_t kernel, size_t stride,
                              size_t pad, const float *input, size_t side, size_t out, float *output) {
  const long s = (long)side, k = (long)kernel, c = (long)channels;
  for (long oy = 0; oy < (long)out; oy++) {
    long y0 = oy * (long)stride - (long)pad;
    long ky0 = y0 < 0 ? -y0 : 0, ky1 = s - y0 < k ? s - y0 : k;
    for (long ox = 0; ox < (long)out; ox++) {
      long x0 = ox * (long)stride - (long)pad;
      long kx0 = x0 < 0 ? -x0 : 0, kx1 = s - x0 < k ? s - x0 : k;
      float *restrict o = output + (oy * (long)out + ox) * c;
      for (long ch = 0; ch < c; ch++) o[ch] = bias[ch];
      for (long ky = ky0; ky < ky1; ky++) {
        for (long kx = kx0; kx < kx1; kx++) {
          const float *restrict in = input + ((y0 + ky) * s + x0 + kx) * c;
          const float *restrict w = weights + (ky * k + kx) * c;
          for (long ch = 0; ch < c; ch++) o[ch] += in[ch] * w[ch];
        }
      }
      for (long ch = 0; ch < c; ch++) o[ch] = o[ch] < 0 ? 0 : (o[ch] > 6 ? 6 : o[ch]);
    }
  }
}
#else
int fb_neural_avx2(void) { return 0; }
void fb_pointwise_avx2(const float *packed, const float *bias, size_t k, size_t n, const float *input, size_t pixels,
                       float *output, int relu, const float *residual) {}
void fb_depthwise_avx2(const float *weights, const float *bias, size_t channels, size_t kernel, size_t stride,
                       size_t pad, const float *input, size_t side, size_t out, float *output) {}
#endif
