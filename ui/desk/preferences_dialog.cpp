#include "ui/desk/preferences_dialog.h"

#include "ui/i18n/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace kinescope {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(languageDisplayName(QStringLiteral("en")), QStringLiteral("en"));
    for (const QString& language : availableLanguages())
        m_language->addItem(languageDisplayName(language), language);
    QSettings settings;
    const int row = m_language->findData(settings.value(kLanguageSettingsKey).toString());
    m_language->setCurrentIndex(row < 0 ? 0 : row);

    auto* note = new QLabel(tr("The language changes the next time Kinescope starts."), this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::apply() {
    QSettings settings;
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        settings.remove(kLanguageSettingsKey);
    else
        settings.setValue(kLanguageSettingsKey, language);
}

} // namespace kinescope
