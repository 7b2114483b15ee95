#pragma once

#include "core/aws/aws_error.h"
#include "core/aws/aws_request.h"
#include "core/aws/credential_provider.h"
#include "core/aws/endpoint_resolver.h"
#include "core/util/result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace kinescope {

class QuotaBudget;
class RetryPolicy;
class AwsClient;
class SigV4Signer;

// One call in flight through the pipeline. Owned by the AwsClient until finished(), then
// deleted later (deleteLater) unless the caller took it with setParent().
class AwsCall : public QObject {
    Q_OBJECT
public:
    const AwsRequest& request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    const Result<AwsResponse>& result() const { return m_result; }
    int attempts() const { return m_attempts; }

    // Cancel: the call finishes with an AwsError of kind Canceled.
    void abort();

    // Calls f(result) when finished, as long as `context` lives.
    template <typename F> void then(QObject* context, F&& f) {
        connect(this, &AwsCall::finished, context,
                [this, fn = std::forward<F>(f)]() mutable { fn(m_result); });
    }

Q_SIGNALS:
    void finished();
    void downloadProgress(qint64 received, qint64 total);

private:
    friend class AwsClient;
    explicit AwsCall(AwsRequest request, QObject* parent);

    AwsRequest m_request;
    Result<AwsResponse> m_result{AwsError::make(AwsError::Kind::Canceled, QString(), QString())};
    bool m_finished = false;
    bool m_aborted = false;
    int m_attempts = 0;
    bool m_skewRetried = false;
    bool m_credentialsRetried = false;
    bool m_sent = false;
    QPointer<QNetworkReply> m_reply;
    AwsResponse m_partial;
    qint64 m_sinkStartPos = 0;
    qint64 m_sinkWritten = 0;
    QString m_sinkError;
    qint64 m_startedMs = 0;
};

// The one request pipeline: credentials → endpoint → quota budget → SigV4 → transport →
// error parsing → retry. Every service client sends through this; nothing else signs.
class AwsClient : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString region;
        EndpointResolver endpoints;
        int maxAttempts = 3;     // AWS "standard" retry mode default
        int baseBackoffMs = 100; // full jitter base
        int maxBackoffMs = 20000;
        bool clientQuotas = true; // client-side token buckets per stream and API
    };

    AwsClient(QNetworkAccessManager* network, CredentialProviderPtr credentials, Config config,
              QObject* parent = nullptr);
    ~AwsClient() override;

    AwsCall* send(AwsRequest request);
    // Aborts every unfinished call whose request names `owner`.
    void abortCalls(const QObject* owner);

    const Config& config() const { return m_config; }
    QString region() const { return m_config.region; }
    CredentialProviderPtr credentials() const { return m_credentials; }
    QNetworkAccessManager* network() const { return m_network; }
    QuotaBudget& quotas() { return *m_quotas; }
    RetryPolicy& retryPolicy() { return *m_retry; }
    // Local time corrected by the learned clock skew; what requests are signed with.
    QDateTime now() const;

    // Seconds to add to the local clock (learned from the server Date after a skew error).
    qint64 clockSkewSeconds() const { return m_clockSkewSecs; }
    // Where requests are logged (method, URL without query secrets, status, request id,
    // duration). Secrets and tokens are never passed here.
    void setLogger(std::function<void(const QString&)> logger) { m_logger = std::move(logger); }
    // Builds the Authorization-free URL used for a call; exposed for presigned URLs.
    Result<QUrl> endpointFor(const AwsRequest& request) const;

Q_SIGNALS:
    void requestLogged(const QString& line);

private:
    void startAttempt(AwsCall* call);
    void sendSigned(AwsCall* call, const Credentials& credentials);
    void onReadyRead(AwsCall* call, QNetworkReply* reply);
    void onReplyFinished(AwsCall* call, QNetworkReply* reply);
    // serverClockSkewSecs: the offset the server's Date showed, when it proves our clock wrong.
    bool retryAfter(AwsCall* call, const AwsError& error,
                    std::optional<qint64> serverClockSkewSecs);
    bool resetSink(AwsCall* call);
    void finish(AwsCall* call, Result<AwsResponse> result);
    void log(const QString& line);

    QNetworkAccessManager* m_network;
    CredentialProviderPtr m_credentials;
    Config m_config;
    std::unique_ptr<QuotaBudget> m_quotas;
    std::unique_ptr<RetryPolicy> m_retry;
    qint64 m_clockSkewSecs = 0;
    std::function<void(const QString&)> m_logger;
};

} // namespace kinescope
