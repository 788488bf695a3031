#pragma once

#include <QString>

namespace RegPoint::App {

class LanguageSwitcher;

// `regpoint --screenshots DIR`: drives a kiosk over a scratch data directory through every
// screen, in Chinese and in English, and writes DIR/<lang>/NN-<screen>.png. Returns the exit code.
int renderScreenshots(const QString &outputDir, LanguageSwitcher &language);

} // namespace RegPoint::App
