// SPDX-License-Identifier: MIT
#include "cli/storeopener.h"

#include "store/storewriter.h"

namespace evalbench::cli {

std::unique_ptr<StoreWriter> openStore(const DataDir& dataDir, std::optional<EvalError>* error)
{
    QString dirError;
    if (!dataDir.ensureExists(&dirError)) {
        *error = EvalError { ErrorCode::Internal, dirError, QStringLiteral("setup"), {} };
        return nullptr;
    }
    auto writer = std::make_unique<StoreWriter>(dataDir.databasePath());
    if (!writer->openError().isEmpty()) {
        *error = EvalError { ErrorCode::Internal, writer->openError(), QStringLiteral("setup"), {} };
        return nullptr;
    }
    return writer;
}

} // namespace evalbench::cli
