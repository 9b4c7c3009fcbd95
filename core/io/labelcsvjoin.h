// SPDX-License-Identifier: MIT
#pragma once

#include "io/labelcsvparser.h"

#include <cstdint>
#include <vector>

namespace evalbench::ml {

// Joins two id-keyed files one to one, like pandas' merge(on="id", validate="one_to_one"):
// the result lists, in gt row order, the pred row of each gt row. Duplicate ids in either file
// are BAD_FORMAT; gt ids without a prediction are MISMATCH (and then extra prediction ids are
// listed in the same message); extra prediction ids alone are a MISMATCH warning, and those
// rows are left out. Messages give the count and the
// first few ids in file order ("412 ids in gt.csv have no prediction; first: 17, 23, 98").
// Ids are compared as text, except that canonical decimal integers take a faster path.
Loaded<std::vector<std::uint32_t>> joinById(const TwoColumnCsv& gt, const TwoColumnCsv& pred);

} // namespace evalbench::ml
