#pragma once

#include <QString>

namespace RegPoint::Kiosk {

// Why a new password is too easy to guess, by libpwquality with RegPoint's own settings (not the
// system's pwquality.conf, so every desk applies the same rule): at least two kinds of character
// (lowercase, capitals, digits, others; a space is an "other"), no character more than three times
// in a row, no run of more than four in order ("12345", "abcde"), not the user name, not a
// palindrome, and not a dictionary word where the cracklib dictionary is installed
// (cracklib-runtime). The length limits are OperatorService's.
enum class PasswordWeakness
{
    None,
    TooShort,
    FewKinds,
    Repeats,
    Sequence,
    ContainsUserName,
    Palindrome,
    Guessable, // a dictionary word or a simple pattern (cracklib)
    LikeOldPassword,
    Unchecked, // libpwquality could not run: refuse rather than accept unchecked
};

// `oldPassword` empty when there is none (creation, reset).
PasswordWeakness passwordWeakness(const QString &username, const QString &password, const QString &oldPassword = {});

} // namespace RegPoint::Kiosk
