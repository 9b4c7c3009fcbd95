// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace evalbench {

// Offset of the first byte that is not part of well-formed UTF-8 (overlong forms, surrogates and
// code points past U+10FFFF are rejected), or -1 when the whole range is valid. QString::fromUtf8
// would silently substitute U+FFFD, which hides a wrongly encoded file from the user.
qsizetype invalidUtf8Offset(const char* data, qsizetype size);

// Number of '\n' bytes in [data, data + size); used to turn byte offsets into line numbers.
int countNewlines(const char* data, qsizetype size);

} // namespace evalbench
