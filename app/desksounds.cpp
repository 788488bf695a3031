#include "desksounds.h"

#include <QSoundEffect>
#include <QUrl>

namespace RegPoint::App {

namespace {
std::unique_ptr<QSoundEffect> loadSound(const char *resource)
{
    auto sound = std::make_unique<QSoundEffect>();
    sound->setSource(QUrl(QString::fromLatin1(resource)));
    sound->setVolume(0.6f);
    return sound;
}
} // namespace

DeskSounds::DeskSounds()
    : m_cardRead(loadSound("qrc:/sounds/card-read.wav"))
    , m_problem(loadSound("qrc:/sounds/problem.wav"))
{ }

DeskSounds::~DeskSounds() = default;

void DeskSounds::cardRead()
{
    m_cardRead->play();
}

void DeskSounds::problem()
{
    m_problem->play();
}

} // namespace RegPoint::App
