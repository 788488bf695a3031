/* A stand-in photo decoder plug-in for tests: paints a gradient seeded by the first WLT byte.
 * Fails (returns 1) when that byte is 0xFF, to test the failure path. */
int regpoint_wlt_decode(const unsigned char *wlt, int wlt_size, unsigned char *bgr, int bgr_size)
{
    if (wlt_size != 1024 || bgr_size != 102 * 126 * 3 || wlt[0] == 0xFF)
        return 1;
    for (int y = 0; y < 126; ++y)
        for (int x = 0; x < 102; ++x) {
            unsigned char *p = bgr + (y * 102 + x) * 3;
            p[0] = (unsigned char)x;       /* blue */
            p[1] = (unsigned char)y;       /* green */
            p[2] = wlt[0];                 /* red */
        }
    return 0;
}
