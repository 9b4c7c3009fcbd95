// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"
#include "store/storedsample.h"

#include <QJsonObject>

namespace evalbench::reportjson {

// The pieces of the report JSON shape (CONTRACTS "Report JSON"), shared by
// report.json, `export --format json` and the HTTP API.
inline constexpr const char* kSchema = "evalbench.report/1";

QJsonObject run(const RunRecord& run);
QJsonObject summary(const RunRecord& run);
// The readable definition of a sample's shape. Report files are written with
// SampleJsonEncoder, which produces the same object faster (a test holds them equal).
QJsonObject sample(const StoredSample& sample, const QStringList& metrics);

} // namespace evalbench::reportjson
