#ifndef FLOWERBOT_JPEG_SHIM_H
#define FLOWERBOT_JPEG_SHIM_H

#include <stddef.h>

/// What a decode or encode call ended with.
typedef enum {
  FB_JPEG_OK = 0,
  /// libjpeg refused the data (the message says why).
  FB_JPEG_CORRUPT = 1,
  /// The data ended before the image did.
  FB_JPEG_TRUNCATED = 2,
  /// The header declares more pixels than the budget allows; nothing was decoded.
  FB_JPEG_TOO_LARGE = 3,
  /// Out of memory for the pixels.
  FB_JPEG_NO_MEMORY = 4,
} fb_jpeg_status;

/// The result of fb_jpeg_decode. `pixels` (RGB, 3 bytes a pixel, rows top-down, no padding)
/// belongs to the caller once the call returned FB_JPEG_OK: release it with fb_jpeg_free.
typedef struct {
  int width;
  int height;
  int output_width;
  int output_height;
  unsigned char *pixels;
  char message[200];
} fb_jpeg_result;

/// Decodes a JPEG held in memory into RGB without ever calling exit(): libjpeg's errors come
/// back as a status. Refuses, from the header alone, images of more than `max_pixels` pixels.
/// When `min_side` > 0, libjpeg scales the image down by 1/2, 1/4 or 1/8 as long as its smaller
/// side stays at least `min_side`.
fb_jpeg_status fb_jpeg_decode(const unsigned char *data, size_t size, unsigned long max_pixels, int min_side,
                              fb_jpeg_result *result);

/// Releases the pixels of a result (safe to call twice).
void fb_jpeg_free(fb_jpeg_result *result);

/// Encodes RGB pixels as a baseline JPEG of the given quality (1–100). On FB_JPEG_OK, `*out`
/// holds `*out_size` bytes that the caller releases with fb_jpeg_free_buffer.
fb_jpeg_status fb_jpeg_encode(const unsigned char *rgb, int width, int height, int quality, unsigned char **out,
                              unsigned long *out_size, char message[200]);

/// Releases a buffer returned by fb_jpeg_encode.
void fb_jpeg_free_buffer(unsigned char *buffer);

#endif
