// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>

namespace evalbench::MlFormat {

// "—" for an undefined value, a count without decimals, anything else with 4 decimals (scores
// are mostly fractions), in the user's locale.
QString value(std::optional<double> value, bool integral = false);
QString count(qint64 value);
QString missing(); // the "—" shown for an undefined value

} // namespace evalbench::MlFormat
