#pragma once

#include "core/aws/keychain_credentials.h"
#include "core/aws/secret_store.h"
#include "core/util/result.h"

#include <QList>
#include <QProcessEnvironment>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kinescope {

class Workspace;

// The connection dock: which profile (the AWS files' profiles, the profiles added in the app
// whose secret keys live in the OS keychain, and profiles of this session such as the demo),
// region and optional endpoint URL; connect and disconnect through Workspace::connectTo, which
// resolves everything exactly as kinescope-cli does (AWS_* variables, ~/.aws files).
class ConnectionPanel : public QWidget {
    Q_OBJECT

public:
    explicit ConnectionPanel(Workspace* workspace, QWidget* parent = nullptr);

    // The environment settings are resolved from (tests pass their own).
    void setEnvironment(const QProcessEnvironment& environment);
    // Where app profiles keep their secret keys (default: the OS keychain, made on first use).
    void setSecretStore(SecretStorePtr store) { m_keychain = std::move(store); }
    // A profile for this session only (not saved, its secret in `store`), listed first.
    void addSessionProfile(const AppProfile& profile, SecretStorePtr store);

    // Chooses profile, region and endpoint (empty: as the environment and files say) and
    // connects. Errors are reported to the workspace and returned.
    Status connectWith(const QString& profile, const QString& region, const QString& endpointUrl);
    Status connectToSelection();
    void disconnectFromAws();

    QString selectedProfile() const; // empty = the AWS default resolution
    QComboBox* profileBox() const { return m_profile; }
    QLineEdit* regionEdit() const { return m_region; }
    QLineEdit* endpointEdit() const { return m_endpoint; }
    QPushButton* connectButton() const { return m_connect; }
    QString statusText() const;

    // Reloads the profile list (after the profile dialog saved).
    void reloadProfiles();

private:
    struct SessionProfile {
        AppProfile profile;
        SecretStorePtr store;
    };

    void editProfiles();
    void updateStatus();
    SecretStorePtr keychain();

    Workspace* m_workspace;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    SecretStorePtr m_keychain;
    QList<SessionProfile> m_sessionProfiles;
    QComboBox* m_profile = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_endpoint = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_disconnect = nullptr;
    QPushButton* m_profiles = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace kinescope
