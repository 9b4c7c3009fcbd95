// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"

#include <QCoreApplication>
#include <QString>

namespace evalbench {

// A run status as the window shows it (translated), shared by every page.
class RunStatusLabel
{
    Q_DECLARE_TR_FUNCTIONS(RunStatusLabel)
public:
    static QString text(RunStatus status);
};

} // namespace evalbench
