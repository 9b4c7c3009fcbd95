// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"
#include "common/sampleannotation.h"
#include "store/storedsample.h"

#include <QIODevice>
#include <QString>

namespace evalbench {

class StoreReader;

// scores.csv: one row per sample, one column per metric, UTF-8 with a BOM so
// Excel opens Chinese text correctly; RFC 4180 quoting. The last three columns
// are the analyst's overall annotation (empty when the sample has none).
class CsvReportWriter
{
public:
    CsvReportWriter(const StoreReader& reader, RunRecord run);
    QString write(QIODevice& out) const;

    // The same in steps, so one pass over the samples can feed several files.
    QString begin(QIODevice& out) const;
    QString add(QIODevice& out, const StoredSample& sample) const;
    // One sample's row; thread-safe.
    QByteArray row(const StoredSample& sample) const;

    static QByteArray escape(const QString& field);

private:
    const StoreReader& m_reader;
    RunRecord m_run;
    RunAnnotations m_annotations;
};

} // namespace evalbench
