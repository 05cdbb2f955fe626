// The inner loop of photo search: integer dot products of byte vectors. On x86-64 the widest
// version the CPU has is picked at run time: AVX-512 VNNI (64 multiply-adds an instruction, up
// to eight query vectors per pass over a stored vector), else AVX2 (32, up to four); elsewhere
// plain loops, which compilers vectorize as they can.
#include "vector_kernel.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#define FB_X86 1
#include <immintrin.h>
#endif

static inline int32_t fb_dot(const int8_t *restrict a, const int8_t *restrict b, size_t n) {
  int32_t sum = 0;
  for (size_t i = 0; i < n; i++) sum += (int32_t)a[i] * (int32_t)b[i];
  return sum;
}

/// The best scaled score of one stored vector against every query, portable version.
static float fb_best_plain(const int8_t *vector, size_t dimension, const int8_t *queries, const float *query_scales,
                           size_t query_count) {
  float top = -1e30f;
  for (size_t q = 0; q < query_count; q++) {
    float score = (float)fb_dot(vector, queries + q * dimension, dimension) * query_scales[q];
    if (score > top) top = score;
  }
  return top;
}

#ifdef FB_X86
__attribute__((target("avx2"))) static inline int32_t fb_sum8(__m256i v) {
  __m128i s = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
  s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0x4e));
  s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0xb1));
  return _mm_cvtsi128_si32(s);
}

/// Dot products of `vector` with `n` (1…4, a constant after inlining) queries, 32 bytes a step:
/// |a| × (b signed by a) keeps every pair product within int16 (components are within ±127).
__attribute__((target("avx2"), always_inline)) static inline void fb_dots4(const int8_t *vector, size_t dimension,
                                                                         const int8_t *queries, const size_t n,
                                                                         int32_t *out) {
  const __m256i ones = _mm256_set1_epi16(1);
  __m256i acc[4] = {_mm256_setzero_si256(), _mm256_setzero_si256(), _mm256_setzero_si256(), _mm256_setzero_si256()};
  size_t wide = dimension & ~(size_t)31;
  for (size_t k = 0; k < wide; k += 32) {
    __m256i a = _mm256_loadu_si256((const __m256i *)(vector + k));
    __m256i abs_a = _mm256_sign_epi8(a, a);
    for (size_t j = 0; j < n; j++) {
      __m256i b = _mm256_loadu_si256((const __m256i *)(queries + j * dimension + k));
      __m256i pairs = _mm256_maddubs_epi16(abs_a, _mm256_sign_epi8(b, a));
      acc[j] = _mm256_add_epi32(acc[j], _mm256_madd_epi16(pairs, ones));
    }
  }
  for (size_t j = 0; j < n; j++) {
    out[j] = fb_sum8(acc[j]) + fb_dot(vector + wide, queries + j * dimension + wide, dimension - wide);
  }
}

__attribute__((target("avx2"))) static float fb_best_avx2(const int8_t *vector, size_t dimension,
                                                          const int8_t *queries, const float *query_scales,
                                                          size_t query_count) {
  float top = -1e30f;
  int32_t dots[4];
  for (size_t q = 0; q < query_count; q += 4) {
    size_t n = query_count - q < 4 ? query_count - q : 4;
    const int8_t *group = queries + q * dimension;
    switch (n) {
    case 4: fb_dots4(vector, dimension, group, 4, dots); break;
    case 3: fb_dots4(vector, dimension, group, 3, dots); break;
    case 2: fb_dots4(vector, dimension, group, 2, dots); break;
    default: fb_dots4(vector, dimension, group, 1, dots); break;
    }
    for (size_t j = 0; j < n; j++) {
      float score = (float)dots[j] * query_scales[q + j];
      if (score > top) top = score;
    }
  }
  return top;
}

#define FB_VNNI __attribute__((target("avx512f,avx512bw,avx512vnni")))

/// The same with AVX-512 VNNI, 64 bytes a step and up to eight queries at once: the stored byte
/// with its sign bit flipped is the unsigned a + 128, so one `vpdpbusd` a query adds
/// Σ (a + 128)·b, and 128·Σ b (`query_sums`) is taken off at the end.
FB_VNNI __attribute__((always_inline)) static inline void fb_dots8_vnni(const int8_t *vector, size_t dimension,
                                                                        const int8_t *queries, const size_t n,
                                                                        int32_t *out) {
  const __m512i flip = _mm512_set1_epi8((char)0x80);
  __m512i acc[8];
  for (size_t j = 0; j < 8; j++) acc[j] = _mm512_setzero_si512();
  size_t wide = dimension & ~(size_t)63;
  for (size_t k = 0; k < wide; k += 64) {
    __m512i u = _mm512_xor_si512(_mm512_loadu_si512((const void *)(vector + k)), flip);
    for (size_t j = 0; j < n; j++) {
      acc[j] = _mm512_dpbusd_epi32(acc[j], u, _mm512_loadu_si512((const void *)(queries + j * dimension + k)));
    }
  }
  for (size_t j = 0; j < n; j++) {
    out[j] = _mm512_reduce_add_epi32(acc[j]) + fb_dot(vector + wide, queries + j * dimension + wide, dimension - wide);
  }
}

/// 128 · (sum of the first `wide` bytes of each query): what the flipped sign bit adds.
static void fb_query_sums(const int8_t *queries, size_t dimension, size_t query_count, int32_t *sums) {
  size_t wide = dimension & ~(size_t)63;
  for (size_t q = 0; q < query_count; q++) {
    int32_t sum = 0;
    for (size_t i = 0; i < wide; i++) sum += queries[q * dimension + i];
    sums[q] = 128 * sum;
  }
}

FB_VNNI static float fb_best_vnni(const int8_t *vector, size_t dimension, const int8_t *queries,
                                  const float *query_scales, const int32_t *query_sums, size_t query_count) {
  float top = -1e30f;
  int32_t dots[8];
  for (size_t q = 0; q < query_count; q += 8) {
    size_t n = query_count - q < 8 ? query_count - q : 8;
    const int8_t *group = queries + q * dimension;
    switch (n) {
    case 8: fb_dots8_vnni(vector, dimension, group, 8, dots); break;
    case 7: fb_dots8_vnni(vector, dimension, group, 7, dots); break;
    case 6: fb_dots8_vnni(vector, dimension, group, 6, dots); break;
    case 5: fb_dots8_vnni(vector, dimension, group, 5, dots); break;
    case 4: fb_dots8_vnni(vector, dimension, group, 4, dots); break;
    case 3: fb_dots8_vnni(vector, dimension, group, 3, dots); break;
    case 2: fb_dots8_vnni(vector, dimension, group, 2, dots); break;
    default: fb_dots8_vnni(vector, dimension, group, 1, dots); break;
    }
    for (size_t j = 0; j < n; j++) {
      float score = (float)(dots[j] - query_sums[q + j]) * query_scales[q + j];
      if (score > top) top = score;
    }
  }
  return top;
}

static int fb_has_vnni(void) {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
         __builtin_cpu_supports("avx512vnni");
}

static int fb_has_avx2(void) {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2");
}
#endif

typedef float (*fb_best_fn)(const int8_t *, size_t, const int8_t *, const float *, size_t);

static fb_best_fn fb_pick(void) {
#ifdef FB_X86
  if (fb_has_avx2()) return fb_best_avx2;
#endif
  return fb_best_plain;
}

/// Scores of stored vector `i` (row `r`) for every row in 0..<row_count.
static void fb_score(const int8_t *vectors, const float *scales, const int64_t *rows, size_t row_count,
                     size_t dimension, const int8_t *queries, const float *query_scales, size_t query_count,
                     float *best) {
#ifdef FB_X86
  if (query_count <= 64 && fb_has_vnni()) {
    int32_t sums[64];
    fb_query_sums(queries, dimension, query_count, sums);
    for (size_t r = 0; r < row_count; r++) {
      size_t i = rows ? (size_t)rows[r] : r;
      best[r] = fb_best_vnni(vectors + i * dimension, dimension, queries, query_scales, sums, query_count) * scales[i];
    }
    return;
  }
#endif
  fb_best_fn best_of = fb_pick();
  for (size_t r = 0; r < row_count; r++) {
    size_t i = rows ? (size_t)rows[r] : r;
    best[r] = best_of(vectors + i * dimension, dimension, queries, query_scales, query_count) * scales[i];
  }
}

void fb_best_dots(const int8_t *vectors, const float *scales, size_t count, size_t dimension,
                  const int8_t *queries, const float *query_scales, size_t query_count, float *best) {
  fb_score(vectors, scales, NULL, count, dimension, queries, query_scales, query_count, best);
}

void fb_best_dots_rows(const int8_t *vectors, const float *scales, const int64_t *rows, size_t row_count,
                       size_t dimension, const int8_t *queries, const float *query_scales, size_t query_count,
                       float *best) {
  fb_score(vectors, scales, rows, row_count, dimension, queries, query_scales, query_count, best);
}

int fb_uses_avx2(void) {
#ifdef FB_X86
  return fb_has_vnni() ? 2 : fb_has_avx2();
#else
  return 0;
#endif
}
