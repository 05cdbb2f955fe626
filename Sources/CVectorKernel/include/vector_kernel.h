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

#endif
