// libjpeg's default error handler prints and calls exit(): one corrupt photo would stop the
// bot. Here errors longjmp back to the caller, and warnings are recorded instead of printed.
#include "jpeg_shim.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jerror.h>
#include <jpeglib.h>

typedef struct {
  struct jpeg_error_mgr base;
  jmp_buf jump;
  int saw_premature_end;
} fb_error_mgr;

static void fb_error_exit(j_common_ptr cinfo) {
  fb_error_mgr *err = (fb_error_mgr *)cinfo->err;
  longjmp(err->jump, 1);
}

static void fb_emit_message(j_common_ptr cinfo, int level) {
  fb_error_mgr *err = (fb_error_mgr *)cinfo->err;
  if (level < 0) {
    err->base.num_warnings++;
    if (err->base.msg_code == JWRN_JPEG_EOF) err->saw_premature_end = 1;
  }
}

static void fb_output_message(j_common_ptr cinfo) { (void)cinfo; }

static void fb_install(fb_error_mgr *err, j_common_ptr cinfo) {
  cinfo->err = jpeg_std_error(&err->base);
  err->base.error_exit = fb_error_exit;
  err->base.emit_message = fb_emit_message;
  err->base.output_message = fb_output_message;
  err->saw_premature_end = 0;
}

static void fb_copy_message(j_common_ptr cinfo, char *message) {
  char text[JMSG_LENGTH_MAX];
  (*cinfo->err->format_message)(cinfo, text);
  strncpy(message, text, 199);
  message[199] = 0;
}

static unsigned int fb_scale_denominator(unsigned int width, unsigned int height, int min_side) {
  unsigned int smaller = width < height ? width : height;
  if (min_side <= 0) return 1;
  for (unsigned int d = 8; d > 1; d /= 2) {
    if ((smaller + d - 1) / d >= (unsigned int)min_side) return d;
  }
  return 1;
}

// Adobe writes CMYK inverted; libjpeg-turbo cannot convert CMYK to RGB itself.
static void fb_cmyk_to_rgb(unsigned char *row, unsigned char *rgb, JDIMENSION width, int inverted) {
  for (JDIMENSION x = 0; x < width; x++) {
    unsigned int c = row[4 * x], m = row[4 * x + 1], y = row[4 * x + 2], k = row[4 * x + 3];
    if (!inverted) { c = 255 - c; m = 255 - m; y = 255 - y; k = 255 - k; }
    rgb[3 * x] = (unsigned char)(c * k / 255);
    rgb[3 * x + 1] = (unsigned char)(m * k / 255);
    rgb[3 * x + 2] = (unsigned char)(y * k / 255);
  }
}

static fb_jpeg_status fb_read_pixels(struct jpeg_decompress_struct *cinfo, fb_jpeg_result *result,
                                     unsigned char *cmyk_row) {
  size_t stride = (size_t)cinfo->output_width * 3;
  while (cinfo->output_scanline < cinfo->output_height) {
    unsigned char *target = result->pixels + (size_t)cinfo->output_scanline * stride;
    JSAMPROW row = cmyk_row ? cmyk_row : target;
    if (jpeg_read_scanlines(cinfo, &row, 1) != 1) return FB_JPEG_TRUNCATED;
    if (cmyk_row) fb_cmyk_to_rgb(cmyk_row, target, cinfo->output_width, cinfo->saw_Adobe_marker);
  }
  return FB_JPEG_OK;
}

fb_jpeg_status fb_jpeg_decode(const unsigned char *data, size_t size, unsigned long max_pixels, int min_side,
                              fb_jpeg_result *result) {
  struct jpeg_decompress_struct cinfo;
  fb_error_mgr err;
  unsigned char *volatile cmyk_row = NULL;
  memset(result, 0, sizeof(*result));
  fb_install(&err, (j_common_ptr)&cinfo);
  if (setjmp(err.jump)) {
    fb_jpeg_status status = err.saw_premature_end ? FB_JPEG_TRUNCATED : FB_JPEG_CORRUPT;
    fb_copy_message((j_common_ptr)&cinfo, result->message);
    jpeg_destroy_decompress(&cinfo);
    free(cmyk_row);
    fb_jpeg_free(result);
    return status;
  }
  jpeg_create_decompress(&cinfo);
  jpeg_mem_src(&cinfo, data, (unsigned long)size);
  jpeg_read_header(&cinfo, TRUE);
  result->width = (int)cinfo.image_width;
  result->height = (int)cinfo.image_height;
  if ((unsigned long long)cinfo.image_width * cinfo.image_height > max_pixels) {
    jpeg_destroy_decompress(&cinfo);
    return FB_JPEG_TOO_LARGE;
  }
  int cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
  cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_RGB;
  cinfo.scale_num = 1;
  cinfo.scale_denom = fb_scale_denominator(cinfo.image_width, cinfo.image_height, min_side);
  cinfo.dct_method = JDCT_IFAST;
  jpeg_start_decompress(&cinfo);
  result->output_width = (int)cinfo.output_width;
  result->output_height = (int)cinfo.output_height;
  result->pixels = malloc((size_t)cinfo.output_width * cinfo.output_height * 3);
  if (cmyk) cmyk_row = malloc((size_t)cinfo.output_width * 4);
  if (!result->pixels || (cmyk && !cmyk_row)) {
    jpeg_destroy_decompress(&cinfo);
    free(cmyk_row);
    fb_jpeg_free(result);
    return FB_JPEG_NO_MEMORY;
  }
  fb_jpeg_status status = fb_read_pixels(&cinfo, result, cmyk_row);
  if (status == FB_JPEG_OK && err.saw_premature_end) status = FB_JPEG_TRUNCATED;
  if (status == FB_JPEG_OK) jpeg_finish_decompress(&cinfo);
  if (status != FB_JPEG_OK) {
    strcpy(result->message, "Premature end of JPEG file");
    fb_jpeg_free(result);
  }
  jpeg_destroy_decompress(&cinfo);
  free(cmyk_row);
  return status;
}

void fb_jpeg_free(fb_jpeg_result *result) {
  free(result->pixels);
  result->pixels = NULL;
}

fb_jpeg_status fb_jpeg_encode(const unsigned char *rgb, int width, int height, int quality, unsigned char **out,
                              unsigned long *out_size, char message[200]) {
  struct jpeg_compress_struct cinfo;
  fb_error_mgr err;
  *out = NULL;
  *out_size = 0;
  message[0] = 0;
  cinfo.err = NULL;
  fb_install(&err, (j_common_ptr)&cinfo);
  if (setjmp(err.jump)) {
    fb_copy_message((j_common_ptr)&cinfo, message);
    jpeg_destroy_compress(&cinfo);
    free(*out);
    *out = NULL;
    return FB_JPEG_CORRUPT;
  }
  jpeg_create_compress(&cinfo);
  jpeg_mem_dest(&cinfo, out, out_size);
  cinfo.image_width = (JDIMENSION)width;
  cinfo.image_height = (JDIMENSION)height;
  cinfo.input_components = 3;
  cinfo.in_color_space = JCS_RGB;
  jpeg_set_defaults(&cinfo);
  jpeg_set_quality(&cinfo, quality, TRUE);
  jpeg_start_compress(&cinfo, TRUE);
  size_t stride = (size_t)width * 3;
  while (cinfo.next_scanline < cinfo.image_height) {
    JSAMPROW row = (JSAMPROW)(rgb + (size_t)cinfo.next_scanline * stride);
    jpeg_write_scanlines(&cinfo, &row, 1);
  }
  jpeg_finish_compress(&cinfo);
  jpeg_destroy_compress(&cinfo);
  return FB_JPEG_OK;
}

void fb_jpeg_free_buffer(unsigned char *buffer) { free(buffer); }
