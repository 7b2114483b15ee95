#pragma once

#include "core/aws/aws_client.h"
#include "core/aws/credentials.h"
#include "emulator/emulator.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace kinescope::test {

// The AWS emulator running in-process on 127.0.0.1 (port 0: a free port), with the default
// scenario unless options say otherwise. Needs the test's event loop to answer requests:
// wait with QSignalSpy::wait / QTRY_*, never with blocking waitFor* calls.
//
//   EmulatorFixture emu;
//   QVERIFY2(emu.ok(), qPrintable(emu.error()));
//   AwsClient* client = emu.makeClient();
class EmulatorFixture {
public:
    explicit EmulatorFixture(emu::EmulatorOptions options = emu::EmulatorOptions());
    ~EmulatorFixture();
    EmulatorFixture(const EmulatorFixture&) = delete;
    EmulatorFixture& operator=(const EmulatorFixture&) = delete;

    bool ok() const { return m_started; }
    QString error() const { return m_error; }

    emu::Emulator& emulator() { return *m_emulator; }
    QUrl url() const { return m_emulator->url(); }
    quint16 port() const { return m_emulator->port(); }
    QString region() const { return m_emulator->scenario().region; }

    // The scenario's first long-term key (default: AKIDKINESCOPEEMULATOR).
    Credentials credentials() const;
    // A pipeline configured for the emulator: its URL as the explicit endpoint, the
    // scenario's region, quick backoff. Owned by `parent`, or by the fixture when null.
    AwsClient* makeClient(const Credentials& credentials, QObject* parent = nullptr);
    AwsClient* makeClient() { return makeClient(credentials()); }
    AwsClient::Config clientConfig() const;
    QNetworkAccessManager* network() { return &m_network; }

private:
    QObject m_owner; // parent of clients made without one; declared first, destroyed last
    QNetworkAccessManager m_network;
    std::unique_ptr<emu::Emulator> m_emulator;
    bool m_started = false;
    QString m_error;
};

} // namespace kinescope::test
