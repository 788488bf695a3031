#pragma once

#include <memory>

class QSoundEffect;

namespace RegPoint::App {

// What the desk says aloud, so a clerk looking at the candidate hears what happened: a chime when
// a card was read, a falling two-tone when something went wrong with it (a failed read, a card
// refused at this step). Both are short and quiet; a desk without sound output stays silent.
class DeskSounds
{
public:
    DeskSounds();
    ~DeskSounds();

    void cardRead();
    void problem();

private:
    std::unique_ptr<QSoundEffect> m_cardRead;
    std::unique_ptr<QSoundEffect> m_problem;
};

} // namespace RegPoint::App
