#pragma once

#include "core/util/result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace kinescope {

// Where secrets (secret access keys of profiles added in the app) are kept: the OS keychain
// through QtKeychain (QtKeychainStore) in the product, memory in tests (MemorySecretStore).
// All operations are asynchronous; callbacks are not called after the store is destroyed.
class SecretStore {
public:
    // nullopt: no secret under that key.
    using ReadCallback = std::function<void(const Result<std::optional<QString>>&)>;
    using DoneCallback = std::function<void(const Status&)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString& key, ReadCallback done) = 0;
    virtual void write(const QString& key, const QString& secret, DoneCallback done) = 0;
    // Removing a key that does not exist succeeds.
    virtual void remove(const QString& key, DoneCallback done) = 0;
    // "OS keychain", "memory", ... for messages.
    virtual QString describe() const = 0;
};

using SecretStorePtr = std::shared_ptr<SecretStore>;

} // namespace kinescope
