#include "passwordstrength.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <pwquality.h>

#include <memory>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcOperators)

namespace RegPoint::Kiosk {

namespace {

// Where Debian's cracklib-runtime builds the dictionary libpwquality uses by default.
const QString kCracklibDictionary = QStringLiteral("/var/cache/cracklib/cracklib_dict.pwd");

struct SettingsDeleter
{
    void operator()(pwquality_settings_t *settings) const { pwquality_free_settings(settings); }
};
using Settings = std::unique_ptr<pwquality_settings_t, SettingsDeleter>;

Settings regpointSettings()
{
    Settings settings(pwquality_default_settings());
    if (!settings)
        return settings;
    static const bool dictionary = [] {
        const bool found = QFileInfo::exists(kCracklibDictionary);
        if (!found)
            qCWarning(lcOperators) << "no cracklib dictionary: passwords are not checked against dictionary words";
        return found;
    }();
    const std::pair<int, int> values[] = {
        { PWQ_SETTING_MIN_LENGTH, 8 }, // in bytes; OperatorService counts characters first
        { PWQ_SETTING_DIG_CREDIT, 0 },
        { PWQ_SETTING_UP_CREDIT, 0 },
        { PWQ_SETTING_LOW_CREDIT, 0 },
        { PWQ_SETTING_OTH_CREDIT, 0 },
        { PWQ_SETTING_MIN_CLASS, 2 },
        { PWQ_SETTING_MAX_REPEAT, 3 },
        { PWQ_SETTING_MAX_CLASS_REPEAT, 0 },
        { PWQ_SETTING_MAX_SEQUENCE, 4 },
        { PWQ_SETTING_GECOS_CHECK, 0 },
        { PWQ_SETTING_USER_CHECK, 1 },
        { PWQ_SETTING_DICT_CHECK, dictionary ? 1 : 0 },
        { PWQ_SETTING_ENFORCING, 1 },
    };
    for (const auto &[setting, value] : values) {
        if (pwquality_set_int_value(settings.get(), setting, value) != 0)
            return nullptr;
    }
    return settings;
}

} // namespace

PasswordWeakness passwordWeakness(const QString &username, const QString &password, const QString &oldPassword)
{
    const Settings settings = regpointSettings();
    if (!settings)
        return PasswordWeakness::Unchecked;
    const QByteArray user = username.toUtf8();
    const QByteArray pass = password.toUtf8();
    const QByteArray old = oldPassword.toUtf8();
    // No auxiliary error: its text is English, and the codes below carry the reason.
    const int score = pwquality_check(settings.get(), pass.constData(), old.isEmpty() ? nullptr : old.constData(),
        user.isEmpty() ? nullptr : user.constData(), nullptr);
    if (score >= 0)
        return PasswordWeakness::None;
    switch (score) {
    case PWQ_ERROR_EMPTY_PASSWORD:
    case PWQ_ERROR_MIN_LENGTH:
        return PasswordWeakness::TooShort;
    case PWQ_ERROR_MIN_CLASSES:
    case PWQ_ERROR_MIN_DIGITS:
    case PWQ_ERROR_MIN_UPPERS:
    case PWQ_ERROR_MIN_LOWERS:
    case PWQ_ERROR_MIN_OTHERS:
        return PasswordWeakness::FewKinds;
    case PWQ_ERROR_MAX_CONSECUTIVE:
    case PWQ_ERROR_MAX_CLASS_REPEAT:
        return PasswordWeakness::Repeats;
    case PWQ_ERROR_MAX_SEQUENCE:
        return PasswordWeakness::Sequence;
    case PWQ_ERROR_USER_CHECK:
    case PWQ_ERROR_GECOS_CHECK:
        return PasswordWeakness::ContainsUserName;
    case PWQ_ERROR_PALINDROME:
        return PasswordWeakness::Palindrome;
    case PWQ_ERROR_CRACKLIB_CHECK:
    case PWQ_ERROR_BAD_WORDS:
        return PasswordWeakness::Guessable;
    case PWQ_ERROR_SAME_PASSWORD:
    case PWQ_ERROR_TOO_SIMILAR:
    case PWQ_ERROR_CASE_CHANGES_ONLY:
    case PWQ_ERROR_ROTATED:
        return PasswordWeakness::LikeOldPassword;
    default:
        qCWarning(lcOperators) << "password quality check failed:" << score;
        return PasswordWeakness::Unchecked;
    }
}

} // namespace RegPoint::Kiosk
