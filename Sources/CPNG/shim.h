// libpng 1.6 (Debian: libpng-dev); only its simplified API (png_image_*) is used.
#include <png.h>
