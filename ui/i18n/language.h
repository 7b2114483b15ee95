#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace kinescope {

// The languages Kinescope ships (besides English, the source language), as locale names.
QStringList availableLanguages(); // {"de", "es", "ja"}
// The language's own name for a menu ("Deutsch", "Español", "日本語", "English").
QString languageDisplayName(const QString& language);

// Installs Kinescope's and Qt's translators on the application. `language` is a locale name
// ("de", "ja_JP") or empty to follow the system. Returns the language actually loaded, or
// empty when the UI stays in English.
QString installTranslations(QCoreApplication* app, const QString& language);

// The QSettings key of the override chosen in Preferences (empty = follow the system).
inline constexpr const char* kLanguageSettingsKey = "ui/language";

} // namespace kinescope
