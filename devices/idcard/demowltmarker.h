#ifndef REGPOINT_DEMOWLTMARKER_H
#define REGPOINT_DEMOWLTMARKER_H

/* The first bytes of every photo the ID card simulator serves: the demo decoder plug-in draws a
   picture only for photo bytes that start with them, so it can never pass for a decoder of a real
   card's WLT photo. Plain C: the plug-in is C. */
#define REGPOINT_DEMO_WLT_MARKER "RegPoint simulator photo: not a WLT image"

#endif
