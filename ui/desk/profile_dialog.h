#pragma once

#include "core/aws/keychain_credentials.h"
#include "core/aws/secret_store.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kinescope {

// Adds, edits and removes the profiles Kinescope keeps itself. The name, access key id,
// region and endpoint go to QSettings ("awsProfiles"); the secret access key goes to the OS
// keychain (SecretStore) and nowhere else. Keychain calls are asynchronous: the dialog stays
// responsive, shows what it is doing, and explains it when the keychain is unavailable
// (nothing is saved then — never a plain-text fallback).
class ProfileDialog : public QDialog {
    Q_OBJECT

public:
    explicit ProfileDialog(SecretStorePtr store, QWidget* parent = nullptr);

    QList<AppProfile> profiles() const { return m_profiles; }
    bool isBusy() const { return m_busy; }
    QString messageText() const;

    // The parts, for tests.
    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* keyIdEdit() const { return m_keyId; }
    QLineEdit* secretEdit() const { return m_secret; }
    QLineEdit* regionEdit() const { return m_region; }
    QLineEdit* endpointEdit() const { return m_endpoint; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* removeButton() const { return m_remove; }

    // Saves the form (new profile or changes to the selected one); the secret first.
    void saveCurrent();
    void removeCurrent();

Q_SIGNALS:
    void profilesChanged();
    void operationFinished(bool ok);

private:
    void showProfile(int row);
    void newProfile();
    void setBusy(bool busy, const QString& message = {});
    void finishOperation(bool ok, const QString& message);
    void persist();
    void refreshList(const QString& select);

    SecretStorePtr m_store;
    QList<AppProfile> m_profiles;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_keyId = nullptr;
    QLineEdit* m_secret = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_endpoint = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace kinescope
