// The inner loop of photo search: integer dot products of byte vectors, which compilers turn
// into wide multiply-adds. Built twice on x86-64 Linux (AVX2 and baseline) and picked at load
// time, so the binary still runs on CPUs without AVX2.
#include "vector_kernel.h"

#if defined(__x86_64__) && defined(__linux__) && defined(__clang__)
#define FB_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define FB_CLONES
#endif

static inline int32_t fb_dot(const int8_t *restrict a, const int8_t *restrict b, size_t n) {
  int32_t sum = 0;
  for (size_t i = 0; i < n; i++) sum += (int32_t)a[i] * (int32_t)b[i];
  return sum;
}

FB_CLONES
void fb_best_dots(const int8_t *vectors, const float *scales, size_t count, size_t dimension,
                  const int8_t *queries, const float *query_scales, size_t query_count, float *best) {
  for (size_t i = 0; i < count; i++) {
    const int8_t *vector = vectors + i * dimension;
    float top = -1e30f;
    for (size_t q = 0; q < query_count; q++) {
      float score = (float)fb_dot(vector, queries + q * dimension, dimension) * query_scales[q];
      if (score > top) top = score;
    }
    best[i] = top * scales[i];
  }
}

FB_CLONES
void fb_best_dots_rows(const int8_t *vectors, const float *scales, const int64_t *rows, size_t row_count,
                       size_t dimension, const int8_t *queries, const float *query_scales, size_t query_count,
                       float *best) {
  for (size_t r = 0; r < row_count; r++) {
    size_t i = (size_t)rows[r];
    const int8_t *vector = vectors + i * dimension;
    float top = -1e30f;
    for (size_t q = 0; q < query_count; q++) {
      float score = (float)fb_dot(vector, queries + q * dimension, dimension) * query_scales[q];
      if (score > top) top = score;
    }
    best[r] = top * scales[i];
  }
}
