#include "tests/support/emulator_fixture.h"

#include <memory>

namespace kinescope::test {

EmulatorFixture::EmulatorFixture(emu::EmulatorOptions options)
    : m_emulator(std::make_unique<emu::Emulator>(std::move(options))) {
    m_started = m_emulator->start(&m_error);
}

EmulatorFixture::~EmulatorFixture() {
    // Clients first (they may still reference the network manager), then the server.
    const auto children = m_owner.children();
    qDeleteAll(children);
    m_emulator.reset();
}

Credentials EmulatorFixture::credentials() const {
    Credentials c;
    const auto& keys = m_emulator->scenario().credentials;
    if (!keys.isEmpty()) {
        c.accessKeyId = keys.first().accessKeyId;
        c.secretAccessKey = keys.first().secretAccessKey;
    }
    c.source = QStringLiteral("emulator fixture");
    return c;
}

AwsClient::Config EmulatorFixture::clientConfig() const {
    AwsClient::Config config;
    config.region = m_emulator->scenario().region;
    EndpointResolver::Overrides overrides;
    overrides.explicitUrl = m_emulator->url();
    config.endpoints = EndpointResolver(overrides);
    config.baseBackoffMs = 5;
    config.maxBackoffMs = 200;
    return config;
}

AwsClient* EmulatorFixture::makeClient(const Credentials& credentials, QObject* parent) {
    return new AwsClient(&m_network, std::make_shared<StaticCredentialProvider>(credentials),
                         clientConfig(), parent ? parent : &m_owner);
}

} // namespace kinescope::test
