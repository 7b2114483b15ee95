#pragma once

#include "core/aws/aws_error.h"

#include <utility>
#include <variant>

namespace kinescope {

// A value or the AwsError that prevented it. Errors are values: nothing in core throws.
template <typename T> class Result {
public:
    Result(T value)
        : m_data(std::move(value)) {} // NOLINT(google-explicit-constructor)
    Result(AwsError error)
        : m_data(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const { return value(); }

    const AwsError& error() const { return std::get<AwsError>(m_data); }

private:
    std::variant<T, AwsError> m_data;
};

// For operations that produce nothing but can fail.
struct Done {};
using Status = Result<Done>;

} // namespace kinescope
