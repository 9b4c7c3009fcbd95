// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"
#include "common/sampleannotation.h"
#include "store/storedsample.h"

#include <QIODevice>
#include <QString>

namespace evalbench {

class StoreReader;

// Streams the report JSON (CONTRACTS "Report JSON") of a run: samples are
// written one at a time, so a 100,000-sample run never sits in memory at once.
// The run's human annotations (few) are read up front, with their agreement.
class JsonReportWriter
{
public:
    JsonReportWriter(const StoreReader& reader, RunRecord run, QString advice);
    // Empty on success, else the reason.
    QString write(QIODevice& out) const;

    // The same in steps, so one pass over the samples can feed several files.
    QString begin(QIODevice& out) const;
    QString add(QIODevice& out, const StoredSample& sample);
    // add() in two halves: encoding is thread-safe, so pages can be encoded in parallel.
    QByteArray encode(const StoredSample& sample) const;
    QString addEncoded(QIODevice& out, const QByteArray& encoded);
    QString finish(QIODevice& out) const;

private:
    const StoreReader& m_reader;
    RunRecord m_run;
    QString m_advice;
    RunAnnotations m_annotations;
    bool m_first = true;
};

} // namespace evalbench
