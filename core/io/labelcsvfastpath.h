// SPDX-License-Identifier: MIT
#pragma once

#include "io/labelcsvloader.h"

#include <optional>

#include <QString>

namespace evalbench::ml {

// The common case of an id,label / id,value pair, loaded without the general loader's per-row
// views: the header exactly "id,label" / "id,value", canonical integer ids, labels without a
// comma or values that are plain short decimals, LF or CRLF line ends, and the same ids once
// each in both files. Each file is scanned once (id and value parsed together), on a thread per
// file, and the ids are matched with a bitmap (matchDenseIds) or, when too sparse for it, sorted.
// Anything else (a BOM, spaces, text ids, exponents, repeated, missing or extra ids, an
// unreadable file) gives nothing, and the caller runs the general loader, which gives the same
// result or reports the problem: this path never decides a message by itself, and on the inputs
// it accepts its numbers are the general loader's bit for bit.
std::optional<LabelPairs> loadClassificationFast(const QString& gtPath, const QString& predPath);
std::optional<ValuePairs> loadRegressionFast(const QString& gtPath, const QString& predPath);

} // namespace evalbench::ml
