#include "formfreezer.h"

namespace RegPoint::Intake {

FormFreezer::FormFreezer(FormStore &forms, QDateTime closes)
    : m_forms(forms)
    , m_closes(std::move(closes))
{ }

qint64 FormFreezer::pass(const QDateTime &now)
{
    if (now < m_closes || m_forms.unfrozenCount() == 0)
        return 0;
    return m_forms.freeze(now);
}

} // namespace RegPoint::Intake
