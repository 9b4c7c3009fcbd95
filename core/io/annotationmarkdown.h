// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"

#include <QString>

namespace evalbench {

class StoreReader;

// The "Human annotations" section of summary.md / the Markdown export: how the
// analysts' scores agree with the run's, then the annotated samples side by side
// with the run's scores. Empty for a run nobody annotated.
class AnnotationMarkdown
{
public:
    static QString render(const StoreReader& reader, const RunRecord& run);
};

} // namespace evalbench
