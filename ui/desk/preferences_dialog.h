#pragma once

#include <QDialog>

class QComboBox;

namespace kinescope {

// Preferences: the user interface language (follow the system, or English, Deutsch, Español,
// 日本語), stored in QSettings under "ui/language" and applied on the next start.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    // Writes the choice to QSettings.
    void apply();

private:
    QComboBox* m_language = nullptr;
};

} // namespace kinescope
