// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"
#include "common/sampleannotation.h"
#include "io/annotationagreement.h"
#include "store/writeresult.h"

#include <QFuture>
#include <QObject>

namespace evalbench {

class StoreWriter;

// The human annotations of the run a report shows, and their agreement with the
// run's scores. Reads run on the thread pool, writes go through the StoreWriter;
// after each write the annotations are read again, so what is shown is what was
// stored. Results for a run no longer shown are dropped.
class ReportAnnotations : public QObject
{
    Q_OBJECT
public:
    explicit ReportAnnotations(StoreWriter& writer, QObject* parent = nullptr);

    // Forgets the previous run and reads this one's annotations.
    void setRun(const RunRecord& run);
    void clear();
    QString runId() const { return m_run.id; }

    const RunAnnotations& annotations() const { return m_annotations; }
    QList<SampleAnnotation> annotationsOf(int sampleIndex) const { return m_annotations.value(sampleIndex); }
    const AnnotationAgreement& agreement() const { return m_agreement; }

    // `sampleKey` is StoredSample::key. The author and time are stamped here and by the store.
    void save(qint64 sampleKey, SampleAnnotation annotation);
    void remove(qint64 sampleKey, const QString& metric);

signals:
    // New annotations and agreement are in (after a load or a write).
    void changed();
    // A write finished; `error` is empty on success.
    void written(const QString& error);

private:
    void reload();
    void watch(QFuture<WriteResult> write);

    StoreWriter& m_writer;
    RunRecord m_run;
    quint64 m_generation = 0;
    RunAnnotations m_annotations;
    AnnotationAgreement m_agreement;
};

} // namespace evalbench
