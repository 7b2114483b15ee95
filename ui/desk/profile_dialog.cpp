#include "ui/desk/profile_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace kinescope {

ProfileDialog::ProfileDialog(SecretStorePtr store, QWidget* parent)
    : QDialog(parent)
    , m_store(std::move(store)) {
    setWindowTitle(tr("Kinescope profiles"));
    m_list = new QListWidget(this);
    m_name = new QLineEdit(this);
    m_keyId = new QLineEdit(this);
    m_keyId->setPlaceholderText(QStringLiteral("AKIA…"));
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_region = new QLineEdit(this);
    m_region->setPlaceholderText(tr("optional, e.g. us-east-1"));
    m_endpoint = new QLineEdit(this);
    m_endpoint->setPlaceholderText(tr("optional, e.g. http://127.0.0.1:4566"));
    m_new = new QPushButton(tr("&New"), this);
    m_save = new QPushButton(tr("&Save"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Access &key id:"), m_keyId);
    form->addRow(tr("S&ecret access key:"), m_secret);
    form->addRow(tr("Re&gion:"), m_region);
    form->addRow(tr("E&ndpoint URL:"), m_endpoint);
    auto* note = new QLabel(tr("The secret access key is stored in the OS keychain, never in "
                               "Kinescope's settings."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addStretch();
    actions->addWidget(m_remove);
    actions->addWidget(m_save);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(actions);
    right->addWidget(m_message);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::showProfile);
    connect(m_new, &QPushButton::clicked, this, &ProfileDialog::newProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::saveCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ProfileDialog::removeCurrent);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QSettings settings;
    m_profiles = loadAppProfiles(settings);
    refreshList(QString());
    if (m_profiles.isEmpty())
        newProfile();
    resize(640, 360);
}

QString ProfileDialog::messageText() const {
    return m_message->text();
}

void ProfileDialog::refreshList(const QString& select) {
    m_list->clear();
    int row = m_profiles.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        m_list->addItem(m_profiles.at(i).name);
        if (m_profiles.at(i).name == select)
            row = i;
    }
    m_list->setCurrentRow(row);
}

void ProfileDialog::showProfile(int row) {
    const bool existing = row >= 0 && row < m_profiles.size();
    const AppProfile p = existing ? m_profiles.at(row) : AppProfile{};
    m_name->setText(p.name);
    m_name->setReadOnly(existing); // the keychain entry is named after the profile
    m_keyId->setText(p.accessKeyId);
    m_secret->clear();
    m_secret->setPlaceholderText(existing ? tr("unchanged") : QString());
    m_region->setText(p.region);
    m_endpoint->setText(p.endpointUrl);
    m_remove->setEnabled(existing && !m_busy);
}

void ProfileDialog::newProfile() {
    m_list->setCurrentRow(-1);
    showProfile(-1);
    m_name->setFocus();
}

void ProfileDialog::setBusy(bool busy, const QString& message) {
    m_busy = busy;
    for (QWidget* w : {static_cast<QWidget*>(m_list), static_cast<QWidget*>(m_new),
                       static_cast<QWidget*>(m_save), static_cast<QWidget*>(m_remove)})
        w->setEnabled(!busy);
    if (!busy)
        m_remove->setEnabled(m_list->currentRow() >= 0);
    if (!message.isEmpty())
        m_message->setText(message);
}

void ProfileDialog::finishOperation(bool ok, const QString& message) {
    setBusy(false, message);
    Q_EMIT operationFinished(ok);
}

void ProfileDialog::persist() {
    QSettings settings;
    saveAppProfiles(settings, m_profiles);
    Q_EMIT profilesChanged();
}

void ProfileDialog::saveCurrent() {
    if (m_busy)
        return;
    AppProfile p;
    p.name = m_name->text().trimmed();
    p.accessKeyId = m_keyId->text().trimmed();
    p.region = m_region->text().trimmed();
    p.endpointUrl = m_endpoint->text().trimmed();
    const QString secret = m_secret->text();
    const int existing = m_list->currentRow();
    const bool isNew = existing < 0;
    static const QRegularExpression badName(QStringLiteral("[\\[\\]/\\s]"));
    if (p.name.isEmpty() || p.name.contains(badName))
        return finishOperation(false, tr("Give the profile a name without spaces, slashes or "
                                         "brackets."));
    if (isNew) {
        for (const AppProfile& other : m_profiles) {
            if (other.name == p.name)
                return finishOperation(false, tr("A profile named %1 exists already; select it "
                                                 "to edit it.")
                                                  .arg(p.name));
        }
    }
    if (p.accessKeyId.isEmpty())
        return finishOperation(false, tr("Enter the access key id."));
    if (isNew && secret.isEmpty())
        return finishOperation(false, tr("Enter the secret access key."));
    if (!p.endpointUrl.isEmpty()) {
        const QUrl url(p.endpointUrl, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            return finishOperation(false, tr("The endpoint URL must look like "
                                             "https://host[:port]."));
    }

    auto commit = [this, p, isNew, existing] {
        if (isNew)
            m_profiles.append(p);
        else
            m_profiles[existing] = p;
        persist();
        refreshList(p.name);
        finishOperation(true, tr("Saved profile %1.").arg(p.name));
    };
    if (secret.isEmpty()) {
        commit();
        return;
    }
    setBusy(true, tr("Saving the secret key in the %1…").arg(m_store->describe()));
    QPointer<ProfileDialog> self(this);
    KeychainCredentialProvider::storeSecret(
        *m_store, p, secret, [self, commit, name = p.name](const Status& status) {
            if (!self)
                return;
            if (!status) {
                self->finishOperation(
                    false, tr("The profile %1 was not saved: %2 Kinescope keeps secret keys only "
                              "in the OS keychain; make a keychain available (for example GNOME "
                              "Keyring or KWallet) or use a profile in ~/.aws/credentials.")
                               .arg(name, status.error().userMessage()));
                return;
            }
            self->m_secret->clear();
            commit();
        });
}

void ProfileDialog::removeCurrent() {
    const int row = m_list->currentRow();
    if (m_busy || row < 0 || row >= m_profiles.size())
        return;
    const AppProfile p = m_profiles.at(row);
    setBusy(true, tr("Removing the secret key from the %1…").arg(m_store->describe()));
    QPointer<ProfileDialog> self(this);
    KeychainCredentialProvider::removeSecret(*m_store, p, [self, p](const Status& status) {
        if (!self)
            return;
        if (!status) {
            self->finishOperation(
                false,
                tr("The profile %1 was not removed: %2").arg(p.name, status.error().userMessage()));
            return;
        }
        self->m_profiles.removeIf([&p](const AppProfile& o) { return o.name == p.name; });
        self->persist();
        self->refreshList(QString());
        if (self->m_profiles.isEmpty())
            self->newProfile();
        self->finishOperation(true, tr("Removed profile %1.").arg(p.name));
    });
}

} // namespace kinescope
