// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "common/evalerror.h"

#include <memory>
#include <optional>

namespace evalbench {
class StoreWriter;
}

namespace evalbench::cli {

// Creates the data directory and opens the database through its writer, which
// creates or upgrades the schema (or refuses a newer one). Every command that
// touches runs starts here.
std::unique_ptr<StoreWriter> openStore(const DataDir& dataDir, std::optional<EvalError>* error);

} // namespace evalbench::cli
