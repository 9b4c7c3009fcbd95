// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/tokenlist.h"

#include <string>

#include <QString>

namespace evalbench {

// The five answer/ground-truth metrics decode the same two strings, and
// exact_match and token_f1 tokenise them the same way. Each thread keeps the
// last results per slot, keyed by the QString's buffer: the cache holds a copy
// of the QString, so that buffer cannot be freed or changed while cached, and
// an equal pointer and size mean equal text.
class TextCache
{
public:
    enum Slot
    {
        Answer = 0,
        GroundTruth = 1
    };

    static const std::u32string& codePoints(const QString& text, Slot slot);
    static const TokenList& squadTokens(const QString& text, Slot slot);
};

} // namespace evalbench
