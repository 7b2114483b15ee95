#include "core/aws/aws_client.h"

#include "core/aws/error_parser.h"
#include "core/aws/quota_budget.h"
#include "core/aws/retry_policy.h"
#include "core/aws/sigv4_signer.h"
#include "core/util/time_format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileDevice>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace kinescope {

namespace {

constexpr qint64 kSkewThresholdSecs = 4 * 60;

qint64 monotonicMs() {
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

QByteArray encodedQuery(const QueryItems& query) {
    QByteArray out;
    for (const auto& [name, value] : query) {
        if (!out.isEmpty())
            out += '&';
        out += SigV4Signer::uriEncode(name.toUtf8(), true);
        out += '=';
        out += SigV4Signer::uriEncode(value.toUtf8(), true);
    }
    return out;
}

QByteArray hostHeader(const QUrl& url) {
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    const int port = url.port();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (port != -1 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

AwsError networkError(QNetworkReply* reply, bool aborted, bool* sent) {
    AwsError e;
    const auto code = reply->error();
    e.message = reply->errorString();
    e.type = QStringLiteral("NetworkError");
    *sent = true;
    switch (code) {
    case QNetworkReply::OperationCanceledError:
        if (aborted) {
            e.kind = AwsError::Kind::Canceled;
            e.type = QStringLiteral("Canceled");
        } else {
            e.kind = AwsError::Kind::Timeout; // transfer timeout (no progress)
            e.type = QStringLiteral("Timeout");
        }
        break;
    case QNetworkReply::TimeoutError:
        e.kind = AwsError::Kind::Timeout;
        e.type = QStringLiteral("Timeout");
        break;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
        e.kind = AwsError::Kind::Network;
        *sent = false;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = AwsError::Kind::Network;
        e.type = QStringLiteral("TlsError");
        e.message =
            QCoreApplication::translate("kinescope::AwsClient",
                                        "The server's TLS certificate could not be verified: %1")
                .arg(reply->errorString());
        *sent = false;
        return e; // never retried: a certificate will not fix itself
    default:
        e.kind = AwsError::Kind::Network;
        break;
    }
    e.retryable = e.kind == AwsError::Kind::Network || e.kind == AwsError::Kind::Timeout;
    return e;
}

QDateTime serverDate(const HeaderList& headers) {
    for (const auto& [k, v] : headers)
        if (k.compare("Date", Qt::CaseInsensitive) == 0)
            return parseHttpDate(v);
    return {};
}

HeaderList replyHeaders(const QNetworkReply* reply) {
    HeaderList headers;
    for (const auto& pair : reply->rawHeaderPairs())
        headers.append(pair);
    return headers;
}

} // namespace

AwsCall::AwsCall(AwsRequest request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request)) {
}

void AwsCall::abort() {
    if (m_finished)
        return;
    m_aborted = true;
    if (m_reply) {
        m_reply->abort(); // finishes through onReplyFinished with OperationCanceledError
        return;
    }
    // Waiting for credentials, a quota slot or a backoff: finish now.
    auto* client = qobject_cast<AwsClient*>(parent());
    if (client)
        QMetaObject::invokeMethod(
            client,
            [client, self = QPointer<AwsCall>(this)] {
                if (self && !self->m_finished) {
                    AwsError e = AwsError::make(AwsError::Kind::Canceled,
                                                QStringLiteral("Canceled"), QString());
                    self->m_result = e;
                    self->m_finished = true;
                    Q_EMIT self->finished();
                    self->deleteLater();
                }
            },
            Qt::QueuedConnection);
}

AwsClient::AwsClient(QNetworkAccessManager* network, CredentialProviderPtr credentials,
                     Config config, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(std::move(credentials))
    , m_config(std::move(config))
    , m_quotas(std::make_unique<QuotaBudget>())
    , m_retry(std::make_unique<RetryPolicy>(RetryPolicy::Settings{
          m_config.maxAttempts, m_config.baseBackoffMs, m_config.maxBackoffMs, 500})) {
    // Proxies come from the environment (http_proxy, https_proxy, no_proxy).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

AwsClient::~AwsClient() = default;

QDateTime AwsClient::now() const {
    return QDateTime::currentDateTimeUtc().addSecs(m_clockSkewSecs);
}

Result<QUrl> AwsClient::endpointFor(const AwsRequest& request) const {
    if (request.endpointOverride.isValid())
        return request.endpointOverride;
    return m_config.endpoints.resolve(request.serviceId, request.endpointPrefix, m_config.region);
}

AwsCall* AwsClient::send(AwsRequest request) {
    auto* call = new AwsCall(std::move(request), this);
    call->m_startedMs = monotonicMs();
    if (QObject* owner = call->m_request.owner)
        connect(owner, &QObject::destroyed, call, &AwsCall::abort);
    if (call->m_request.sink)
        call->m_sinkStartPos = call->m_request.sink->pos();
    QTimer::singleShot(0, call, [this, call] { startAttempt(call); });
    return call;
}

void AwsClient::abortCalls(const QObject* owner) {
    if (!owner)
        return;
    const auto calls = findChildren<AwsCall*>(QString(), Qt::FindDirectChildrenOnly);
    for (AwsCall* call : calls)
        if (call->m_request.owner == owner && !call->isFinished())
            call->abort();
}

void AwsClient::startAttempt(AwsCall* call) {
    if (call->m_finished)
        return;
    ++call->m_attempts;
    call->m_sent = false;

    qint64 waitMs = 0;
    if (m_config.clientQuotas && !call->m_request.quotaApi.isEmpty())
        waitMs = m_quotas->reserve(call->m_request.resourceKey, call->m_request.quotaApi);

    auto proceed = [this, call] {
        if (call->m_finished)
            return;
        if (call->m_request.anonymous) {
            sendSigned(call, Credentials{});
            return;
        }
        m_credentials->resolve(
            [this, self = QPointer<AwsCall>(call)](const Result<Credentials>& credentials) {
                if (!self || self->m_finished)
                    return;
                if (!credentials) {
                    finish(self, credentials.error());
                    return;
                }
                sendSigned(self, *credentials);
            });
    };
    if (waitMs > 0)
        QTimer::singleShot(int(waitMs), call, proceed);
    else
        proceed();
}

void AwsClient::sendSigned(AwsCall* call, const Credentials& credentials) {
    const AwsRequest& req = call->m_request;
    const Result<QUrl> base = endpointFor(req);
    if (!base) {
        finish(call, base.error());
        return;
    }

    QUrl url = *base;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const QString fullPath = basePath + req.path;
    url.setPath(QString::fromLatin1(SigV4Signer::encodedPath(fullPath)), QUrl::TolerantMode);
    const QByteArray query = encodedQuery(req.query);
    url.setQuery(query.isEmpty() ? QString() : QString::fromLatin1(query), QUrl::TolerantMode);

    SigV4Signer::Message message;
    message.method = req.method;
    message.path = fullPath;
    message.query = req.query;
    message.headers = req.headers;
    message.headers.prepend({QByteArrayLiteral("Host"), hostHeader(url)});
    message.payloadHash = req.unsignedPayload ? QByteArrayLiteral("UNSIGNED-PAYLOAD")
                                              : SigV4Signer::sha256Hex(req.body);
    if (!req.anonymous) {
        SigV4Signer::Options options;
        options.addContentSha256Header = req.unsignedPayload;
        SigV4Signer::signHeaders(message, credentials, {m_config.region, req.signingName, now()},
                                 options);
    }

    QNetworkRequest nreq(url);
    nreq.setTransferTimeout(req.timeoutMs);
    nreq.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    nreq.setHeader(QNetworkRequest::UserAgentHeader,
                   QStringLiteral("kinescope/" KINESCOPE_VERSION));
    for (const auto& [name, value] : message.headers) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0)
            continue; // Qt writes the same Host header from the URL
        nreq.setRawHeader(name, value);
    }

    call->m_partial = AwsResponse{};
    call->m_sinkError.clear();
    QNetworkReply* reply = m_network->sendCustomRequest(nreq, req.method, req.body);
    call->m_reply = reply;
    call->m_sent = true;
    connect(reply, &QNetworkReply::readyRead, call,
            [this, call, reply] { onReadyRead(call, reply); });
    connect(reply, &QNetworkReply::downloadProgress, call, &AwsCall::downloadProgress);
    connect(reply, &QNetworkReply::finished, call,
            [this, call, reply] { onReplyFinished(call, reply); });
}

void AwsClient::onReadyRead(AwsCall* call, QNetworkReply* reply) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = reply->readAll();
    call->m_partial.bodyBytes += chunk.size();
    QIODevice* sink = call->m_request.sink;
    if (sink && status >= 200 && status < 300) {
        if (!call->m_sinkError.isEmpty())
            return;
        if (sink->write(chunk) != chunk.size()) {
            call->m_sinkError = sink->errorString();
            reply->abort();
            return;
        }
        call->m_sinkWritten += chunk.size();
    } else {
        // Error bodies are small; successful bodies without a sink are the caller's choice.
        call->m_partial.body += chunk;
    }
}

bool AwsClient::resetSink(AwsCall* call) {
    if (call->m_sinkWritten == 0)
        return true;
    auto* file = qobject_cast<QFileDevice*>(call->m_request.sink);
    if (!file || !file->resize(call->m_sinkStartPos) || !file->seek(call->m_sinkStartPos))
        return false;
    call->m_sinkWritten = 0;
    return true;
}

bool AwsClient::retryAfter(AwsCall* call, const AwsError& error,
                           std::optional<qint64> serverClockSkewSecs) {
    if (call->m_aborted)
        return false;

    // Clock skew: adopt the offset the server's Date showed and retry once right away.
    if (serverClockSkewSecs && !call->m_skewRetried) {
        m_clockSkewSecs = *serverClockSkewSecs;
        call->m_skewRetried = true;
        log(QStringLiteral("clock skew of %1 s detected; corrected").arg(m_clockSkewSecs));
        if (!resetSink(call))
            return false;
        --call->m_attempts; // the correction does not count as an attempt
        QTimer::singleShot(0, call, [this, call] { startAttempt(call); });
        return true;
    }

    // Expired session credentials: fetch new ones once.
    if (error.kind == AwsError::Kind::Service && !call->m_credentialsRetried &&
        (error.type == QLatin1String("ExpiredToken") ||
         error.type == QLatin1String("ExpiredTokenException"))) {
        call->m_credentialsRetried = true;
        m_credentials->invalidate();
        if (!resetSink(call))
            return false;
        QTimer::singleShot(0, call, [this, call] { startAttempt(call); });
        return true;
    }

    if (!m_retry->shouldRetry(error, call->m_attempts, call->m_request.idempotent, call->m_sent))
        return false;
    if (!m_retry->acquireRetryToken(error))
        return false;
    if (!resetSink(call))
        return false;
    const int delay = m_retry->backoffMs(call->m_attempts);
    log(QStringLiteral("%1 retry %2 in %3 ms after %4")
            .arg(call->m_request.operation)
            .arg(call->m_attempts)
            .arg(delay)
            .arg(error.type));
    QTimer::singleShot(delay, call, [this, call] { startAttempt(call); });
    return true;
}

void AwsClient::onReplyFinished(AwsCall* call, QNetworkReply* reply) {
    reply->deleteLater();
    call->m_reply = nullptr;
    if (reply->bytesAvailable() > 0)
        onReadyRead(call, reply);

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const HeaderList headers = replyHeaders(reply);
    const qint64 elapsed = monotonicMs() - call->m_startedMs;
    const AwsRequest& req = call->m_request;

    if (!call->m_sinkError.isEmpty()) {
        AwsError e =
            AwsError::make(AwsError::Kind::Io, QStringLiteral("WriteError"),
                           QCoreApplication::translate("kinescope::AwsClient",
                                                       "Could not write the downloaded data: %1")
                               .arg(call->m_sinkError));
        finish(call, e);
        return;
    }

    const bool haveStatus = statusAttr.isValid();
    const int status = statusAttr.toInt();
    const bool transportError = reply->error() != QNetworkReply::NoError &&
                                (!haveStatus || (status >= 200 && status < 300) ||
                                 reply->error() == QNetworkReply::OperationCanceledError);
    if (transportError) {
        bool sent = true;
        AwsError e = networkError(reply, call->m_aborted, &sent);
        if (haveStatus)
            e.httpStatus = status;
        e.requestId = requestIdFromHeaders(headers);
        call->m_sent = sent;
        log(QStringLiteral("%1 %2 %3: %4 (%5 ms, attempt %6)")
                .arg(QString::fromLatin1(req.method), reply->url().host(), req.operation, e.type)
                .arg(elapsed)
                .arg(call->m_attempts));
        if (retryAfter(call, e, std::nullopt))
            return;
        finish(call, e);
        return;
    }

    call->m_partial.httpStatus = status;
    call->m_partial.headers = headers;
    call->m_partial.requestId = requestIdFromHeaders(headers);
    log(QStringLiteral("%1 %2%3 %4 → %5 (%6 ms, attempt %7, request id %8)")
            .arg(QString::fromLatin1(req.method), reply->url().host(), reply->url().path(),
                 req.operation)
            .arg(status)
            .arg(elapsed)
            .arg(call->m_attempts)
            .arg(call->m_partial.requestId));

    if (status >= 200 && status < 300) {
        m_retry->onSuccess(call->m_attempts > 1);
        finish(call, std::move(call->m_partial));
        return;
    }

    AwsError e = parseErrorResponse(status, headers, call->m_partial.body);
    std::optional<qint64> learnedSkew;
    if (e.clockSkew) {
        // Only call it skew when the server's clock really differs from ours.
        const QDateTime server = serverDate(headers);
        const qint64 skew =
            server.isValid() ? QDateTime::currentDateTimeUtc().secsTo(server) : m_clockSkewSecs;
        e.clockSkew = qAbs(skew - m_clockSkewSecs) > kSkewThresholdSecs;
        if (e.clockSkew) {
            e.retryable = true;
            learnedSkew = skew;
        }
    }
    if (retryAfter(call, e, learnedSkew))
        return;
    finish(call, e);
}

void AwsClient::finish(AwsCall* call, Result<AwsResponse> result) {
    if (call->m_finished)
        return;
    if (!result.ok() && call->m_aborted && result.error().kind != AwsError::Kind::Canceled)
        result = AwsError::make(AwsError::Kind::Canceled, QStringLiteral("Canceled"), QString());
    call->m_result = std::move(result);
    call->m_finished = true;
    Q_EMIT call->finished();
    if (call->parent() == this)
        call->deleteLater();
}

void AwsClient::log(const QString& line) {
    if (m_logger)
        m_logger(line);
    Q_EMIT requestLogged(line);
}

} // namespace kinescope
