#pragma once

#include "formstore.h"

#include <QDateTime>

namespace RegPoint::Intake {

// Freezes the candidates' forms once registration has closed (the window of the config bundle):
// `serve` runs a pass every few seconds, so the forms are frozen at the close and a form imported
// later for a record that had none at the next pass.
class FormFreezer
{
public:
    FormFreezer(FormStore &forms, QDateTime closes);
    // How many forms it froze now (0 before the close). Throws StorageError.
    qint64 pass(const QDateTime &now);

private:
    FormStore &m_forms;
    QDateTime m_closes;
};

} // namespace RegPoint::Intake
