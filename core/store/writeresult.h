// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace evalbench {

// Outcome of one write transaction: empty error means committed.
struct WriteResult
{
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace evalbench
