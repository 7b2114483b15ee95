#pragma once

#include "emulator/api_call.h"
#include "emulator/emulator_options.h"
#include "emulator/fragment_generator.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace kinescope::emu {

class EmulatorState;
class HttpServer;
class SigV4Verifier;

// The local AWS emulator: an HTTP server on 127.0.0.1 speaking the wire protocols of
// Kinesis Video Streams (control plane and archived media), STS and the SSO portal as the
// botocore models define them, verifying SigV4, serving the scenario's data, enforcing
// quotas and injecting faults. Runs on the thread that owns it, driven by its event loop.
class Emulator : public QObject {
    Q_OBJECT
public:
    explicit Emulator(EmulatorOptions options = {}, QObject* parent = nullptr);
    ~Emulator() override;

    bool start(QString* error = nullptr);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:PORT

    // Live settings: changes apply to the next request.
    Scenario& scenario();
    FaultOptions& faults();
    QuotaOptions& quotas();

    // The server's clock (real time plus the configured skew), epoch milliseconds.
    qint64 nowMs() const;
    // The computed archive of a scenario stream, to compare listings against.
    FragmentGenerator generator(const QString& streamName) const;
    // Requests answered so far (any status).
    quint64 requestCount() const { return m_requests; }

Q_SIGNALS:
    // After each API call has been answered (operation may be empty for unknown routes).
    void requestHandled(const QString& operation, int status);

private:
    void handle(HttpExchange* exchange);
    void dispatch(HttpExchange* exchange);
    void answerAuthFailure(ApiCall& call, int kind, const QString& message);
    bool injectFaults(ApiCall& call);

    std::unique_ptr<EmulatorState> m_state;
    std::unique_ptr<SigV4Verifier> m_verifier;
    Router m_router;
    HttpServer* m_server = nullptr;
    QHostAddress m_address;
    quint16 m_requestedPort = 0;
    quint64 m_requests = 0;
};

} // namespace kinescope::emu
