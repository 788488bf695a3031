/* The demo "photo decoder" for `regpoint --simulate`: the card review shows a picture in the
   photo box, and the picture says DEMO. It decodes nothing: it draws a grey silhouette under a
   red DEMO band, and only for the simulator's photo bytes (REGPOINT_DEMO_WLT_MARKER); real WLT
   bytes make it fail, so a real card's photo is never faked. Same interface as a vendor plug-in
   (devices/idcard/wltphotodecoder.h). */

#include "../demowltmarker.h"

#include <string.h>

enum { kWidth = 102, kHeight = 126, kBandTop = 98, kScale = 3 };

/* 5x7 letters, one row per byte, the leftmost pixel in bit 4. */
static const unsigned char kLetters[4][7] = {
    { 0x1E, 0x11, 0x11, 0x11, 0x11, 0x11, 0x1E }, /* D */
    { 0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x1F }, /* E */
    { 0x11, 0x1B, 0x15, 0x15, 0x11, 0x11, 0x11 }, /* M */
    { 0x0E, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E }, /* O */
};

static void put(unsigned char *bgr, int x, int y, unsigned char b, unsigned char g, unsigned char r)
{
    unsigned char *p = bgr + (y * kWidth + x) * 3;
    p[0] = b;
    p[1] = g;
    p[2] = r;
}

static int inside(int x, int y, int cx, int cy, int rx, int ry)
{
    const long dx = x - cx, dy = y - cy;
    return dx * dx * ry * ry + dy * dy * rx * rx <= (long)rx * rx * ry * ry;
}

int regpoint_wlt_decode(const unsigned char *wlt, int wlt_size, unsigned char *bgr, int bgr_size)
{
    const size_t marker = sizeof(REGPOINT_DEMO_WLT_MARKER) - 1;
    if (!wlt || !bgr || wlt_size != 1024 || bgr_size != kWidth * kHeight * 3)
        return 1;
    if (memcmp(wlt, REGPOINT_DEMO_WLT_MARKER, marker) != 0)
        return 2; /* not the simulator's: a real card photo is not ours to draw */

    /* Each simulated card gets its own shade, from the bytes after the marker. */
    const unsigned char shade = (unsigned char)(70 + wlt[marker] % 70);
    for (int y = 0; y < kHeight; ++y) {
        for (int x = 0; x < kWidth; ++x) {
            if (y >= kBandTop)
                put(bgr, x, y, 0x28, 0x28, 0xC6);
            else if (inside(x, y, 51, 44, 21, 27) || inside(x, y, 51, 122, 44, 34))
                put(bgr, x, y, shade, shade, shade);
            else
                put(bgr, x, y, 0xEF, 0xE7, 0xDF);
        }
    }
    /* DEMO in white, centred in the band. */
    const int letterWidth = 5 * kScale, gap = kScale;
    const int left = (kWidth - (4 * letterWidth + 3 * gap)) / 2;
    const int top = kBandTop + (kHeight - kBandTop - 7 * kScale) / 2;
    for (int letter = 0; letter < 4; ++letter) {
        for (int row = 0; row < 7; ++row) {
            for (int column = 0; column < 5; ++column) {
                if (!(kLetters[letter][row] & (0x10 >> column)))
                    continue;
                for (int dy = 0; dy < kScale; ++dy)
                    for (int dx = 0; dx < kScale; ++dx)
                        put(bgr, left + letter * (letterWidth + gap) + column * kScale + dx, top + row * kScale + dy,
                            0xFF, 0xFF, 0xFF);
            }
        }
    }
    return 0;
}
