#pragma once

#include <QString>

namespace RegPoint::App {

class LanguageSwitcher;

// `regpoint --screenshots DIR`: drives a kiosk over a scratch data directory through every
// screen, in Chinese and in English, at 1366x768 and 1920x1080, and writes
// DIR/<lang>/<size>/NN-<screen>.png. Returns the exit code: 1 if a screen failed or its layout
// broke (clipped, overlapping or off-screen widgets).
int renderScreenshots(const QString &outputDir, LanguageSwitcher &language);

} // namespace RegPoint::App
