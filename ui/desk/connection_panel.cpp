#include "ui/desk/connection_panel.h"

#include "core/aws/aws_settings.h"
#include "core/aws/profile_config.h"
#include "core/aws/qt_keychain_store.h"
#include "core/review/workspace.h"
#include "ui/desk/profile_dialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace kinescope {

namespace {
enum ProfileKind { DefaultProfile, FileProfile, AppProfileKind, SessionProfileKind };
constexpr int kKindRole = Qt::UserRole + 1;
} // namespace

ConnectionPanel::ConnectionPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    m_profile = new QComboBox(this);
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profile->setMinimumContentsLength(16);
    m_profiles = new QPushButton(tr("Profiles…"), this);
    m_profiles->setToolTip(tr("Add, edit or remove profiles kept by Kinescope (secret keys "
                              "in the OS keychain)"));
    m_region = new QLineEdit(this);
    m_region->setPlaceholderText(tr("from the profile or AWS_REGION"));
    m_region->setClearButtonEnabled(true);
    m_endpoint = new QLineEdit(this);
    m_endpoint->setPlaceholderText(tr("AWS (default)"));
    m_endpoint->setClearButtonEnabled(true);
    m_connect = new QPushButton(tr("Connect"), this);
    m_connect->setDefault(true);
    m_disconnect = new QPushButton(tr("Disconnect"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_profiles);
    auto* form = new QFormLayout;
    auto* profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    form->addRow(profileLabel, profileRow);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Endpoint URL:"), m_endpoint);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_disconnect);
    buttons->addWidget(m_connect);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_connect, &QPushButton::clicked, this, [this] { connectToSelection(); });
    connect(m_disconnect, &QPushButton::clicked, this, &ConnectionPanel::disconnectFromAws);
    connect(m_profiles, &QPushButton::clicked, this, &ConnectionPanel::editProfiles);
    connect(workspace, &Workspace::connectionChanged, this, &ConnectionPanel::updateStatus);
    reloadProfiles();
    updateStatus();
}

void ConnectionPanel::setEnvironment(const QProcessEnvironment& environment) {
    m_environment = environment;
    reloadProfiles();
}

void ConnectionPanel::addSessionProfile(const AppProfile& profile, SecretStorePtr store) {
    m_sessionProfiles.append({profile, std::move(store)});
    reloadProfiles();
}

SecretStorePtr ConnectionPanel::keychain() {
    if (!m_keychain)
        m_keychain = std::make_shared<QtKeychainStore>();
    return m_keychain;
}

void ConnectionPanel::reloadProfiles() {
    const QString current = selectedProfile();
    m_profile->clear();
    m_profile->addItem(tr("Default (AWS_PROFILE or \"default\")"), QString());
    m_profile->setItemData(0, DefaultProfile, kKindRole);
    for (const SessionProfile& s : m_sessionProfiles) {
        m_profile->addItem(s.profile.name, s.profile.name);
        m_profile->setItemData(m_profile->count() - 1, SessionProfileKind, kKindRole);
    }
    const auto config = ProfileConfig::load(ProfileConfig::pathsFromEnvironment(m_environment));
    QStringList fileNames;
    if (config) {
        fileNames = config->profileNames();
        for (const QString& name : fileNames) {
            m_profile->addItem(name, name);
            m_profile->setItemData(m_profile->count() - 1, FileProfile, kKindRole);
        }
    } else {
        m_workspace->reportError(tr("Reading the AWS configuration files"), config.error());
    }
    QSettings settings;
    for (const AppProfile& p : loadAppProfiles(settings)) {
        if (fileNames.contains(p.name))
            continue; // the AWS files win on a name clash, as in resolveAwsSettings
        m_profile->addItem(tr("%1 (Kinescope profile)").arg(p.name), p.name);
        m_profile->setItemData(m_profile->count() - 1, AppProfileKind, kKindRole);
    }
    const int row = m_profile->findData(current);
    m_profile->setCurrentIndex(row < 0 ? 0 : row);
}

QString ConnectionPanel::selectedProfile() const {
    return m_profile->currentData().toString();
}

Status ConnectionPanel::connectToSelection() {
    AwsSettingsInput input;
    input.profile = selectedProfile();
    input.region = m_region->text().trimmed();
    input.endpointUrl = m_endpoint->text().trimmed();
    input.environment = m_environment;
    QSettings settings;
    input.appProfiles = loadAppProfiles(settings);
    const int kind = m_profile->currentData(kKindRole).toInt();
    input.secretStore = nullptr;
    for (const SessionProfile& s : m_sessionProfiles) {
        if (kind == SessionProfileKind && s.profile.name == input.profile) {
            input.appProfiles.prepend(s.profile);
            input.secretStore = s.store;
        }
    }
    if (kind == AppProfileKind)
        input.secretStore = keychain();
    else if (!input.secretStore && !input.appProfiles.isEmpty())
        input.secretStore = keychain(); // only read if an app profile is actually used
    const Status status = m_workspace->connectTo(input);
    if (!status)
        m_workspace->reportError(tr("Connecting"), status.error());
    updateStatus();
    return status;
}

Status ConnectionPanel::connectWith(const QString& profile, const QString& region,
                                    const QString& endpointUrl) {
    int row = m_profile->findData(profile);
    if (row < 0) {
        // Not listed (e.g. a profile the files do not define): resolution reports it.
        m_profile->addItem(profile, profile);
        row = m_profile->count() - 1;
        m_profile->setItemData(row, FileProfile, kKindRole);
    }
    m_profile->setCurrentIndex(row);
    m_region->setText(region);
    m_endpoint->setText(endpointUrl);
    return connectToSelection();
}

void ConnectionPanel::disconnectFromAws() {
    m_workspace->disconnectFromAws();
    updateStatus();
}

QString ConnectionPanel::statusText() const {
    return m_status->text();
}

void ConnectionPanel::updateStatus() {
    const bool connected = m_workspace->isConnected();
    m_disconnect->setEnabled(connected);
    if (!connected) {
        m_status->setText(tr("Not connected."));
        return;
    }
    const AwsSetup& setup = *m_workspace->setup();
    QString text = tr("Connected with profile %1, region %2.")
                       .arg(setup.profile, setup.region.isEmpty() ? tr("(none)") : setup.region);
    if (!m_endpoint->text().trimmed().isEmpty())
        text += QLatin1Char(' ') + tr("Endpoint: %1.").arg(m_endpoint->text().trimmed());
    text += QLatin1Char(' ') + tr("Credentials: %1.").arg(setup.credentials->describe());
    m_status->setText(text);
}

void ConnectionPanel::editProfiles() {
    // Window-modal and asynchronous: no nested event loop while the keychain works.
    auto* dialog = new ProfileDialog(keychain(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &ConnectionPanel::reloadProfiles);
    dialog->open();
}

} // namespace kinescope
