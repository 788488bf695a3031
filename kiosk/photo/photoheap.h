#pragma once

namespace RegPoint::Kiosk {

// The photo work allocates and frees image buffers of 0.3 to 4 MB many times a second (each
// live frame, each check and fix). glibc serves blocks that large with mmap and unmaps them on
// free, so every buffer costs fresh zeroed pages again; on the development VM that was a third
// of a fix's time (docs/photo.md). Called once at the start of a process that checks photos:
// such blocks then stay in the heap and are reused. The peak memory is the same.
void keepImageBuffersInHeap();

} // namespace RegPoint::Kiosk
