#pragma once

#include "emulator/emulator.h"
#include "tests/emulator/raw_http_client.h"

#include <QObject>

#include <memory>

// test_emulator runs these three suites against an in-process emulator.

class TestEmulatorHttp : public QObject {
    Q_OBJECT
    std::unique_ptr<kinescope::emu::Emulator> m_emulator;
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void responsesCarryRequestIdAndDate();
    void keepAliveAndPipelining();
    void chunkedRequestBody();
    void expectContinue();
    void limitsAndMalformedRequests_data();
    void limitsAndMalformedRequests();
    void requestBeforeBadOneIsStillAnswered();
    void unknownRouteIs404();
    void streamingResponses();
};

class TestEmulatorAuth : public QObject {
    Q_OBJECT
    std::unique_ptr<kinescope::emu::Emulator> m_emulator;
    kinescope::test::RawResponse call(const QByteArray& request);
    kinescope::Credentials assumeRole(const QString& roleArn,
                                      const QString& externalId = QString());
private Q_SLOTS:
    void init();
    void cleanup();
    void missingAuthentication();
    void wrongSecretIsInvalidSignature();
    void unknownKeyIsUnrecognizedClient();
    void wrongServiceOrRegionInScope();
    void tamperedBodyIsRejected();
    void clockSkewIsRejectedWithAwsWording();
    void serverClockSkewFault();
    void stsErrorsAreXml();
    void assumeRoleIssuesWorkingCredentials();
    void assumeRoleValidation();
    void presignedRequest();
    void ssoPortal();
    void streamPermissions();
};

class TestEmulatorServices : public QObject {
    Q_OBJECT
    std::unique_ptr<kinescope::emu::Emulator> m_emulator;
    kinescope::test::RawResponse call(const QString& path, const QJsonObject& body);
    QList<QJsonObject> listAll(const QJsonObject& request, int* pages, QList<bool>* pageSorted);
private Q_SLOTS:
    void init();
    void cleanup();
    void scenarioSyntax();
    void generatorArithmetic();
    void listStreamsPagination();
    void describeStream();
    void getDataEndpoint();
    void listFragmentsReturnsEachFragmentOnce_data();
    void listFragmentsReturnsEachFragmentOnce();
    void listFragmentsDuplicatesAcrossPages();
    void listFragmentsValidation();
    void quotasThrottle();
    void faultInjection();
};
