#include "photoheap.h"

#include <malloc.h>

namespace RegPoint::Kiosk {

void keepImageBuffersInHeap()
{
    // glibc's own ceiling for the mmap threshold on 64-bit; a 1280x720 frame is far below it.
    constexpr int kMmapThreshold = 32 << 20;
    // Free memory at the heap's top is returned to the system only past this much.
    constexpr int kTrimThreshold = 128 << 20;
    mallopt(M_MMAP_THRESHOLD, kMmapThreshold);
    mallopt(M_TRIM_THRESHOLD, kTrimThreshold);
}

} // namespace RegPoint::Kiosk
