#pragma once

class QApplication;
class QString;

namespace RegPoint::App {

// The kiosk's font and style sheet. Returns the font family actually resolved, so callers
// (and tests) can tell when the CJK font is missing and Chinese would render as boxes.
QString applyKioskLook(QApplication &app);

} // namespace RegPoint::App
