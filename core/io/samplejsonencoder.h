// SPDX-License-Identifier: MIT
#pragma once

#include "store/storedsample.h"

#include <QByteArray>
#include <QStringList>

namespace evalbench {

// Writes the report JSON of one sample (the object reportjson::sample builds)
// straight to compact UTF-8. A 100,000-sample report spent most of its time
// building QJsonObjects only to print them; this writes the text directly.
class SampleJsonEncoder
{
public:
    static QByteArray encode(const StoredSample& sample, const QStringList& metrics);

    static void appendString(QByteArray& out, QStringView text);
    static void appendNumber(QByteArray& out, double value);
};

} // namespace evalbench
