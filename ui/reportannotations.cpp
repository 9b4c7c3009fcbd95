// SPDX-License-Identifier: MIT
#include "ui/reportannotations.h"

#include "common/osusername.h"
#include "store/storereader.h"
#include "store/storewriter.h"
#include "ui/backgroundtask.h"

#include <QFutureWatcher>

namespace evalbench {

namespace {
struct AnnotationLoad
{
    RunAnnotations annotations;
    AnnotationAgreement agreement;
};
} // namespace

ReportAnnotations::ReportAnnotations(StoreWriter& writer, QObject* parent)
    : QObject(parent)
    , m_writer(writer)
{ }

void ReportAnnotations::setRun(const RunRecord& run)
{
    const bool sameRun = run.id == m_run.id;
    m_run = run;
    if (!sameRun) {
        ++m_generation;
        m_annotations.clear();
        m_agreement = AnnotationAgreement(run.settings.metrics);
    }
    reload();
}

void ReportAnnotations::clear()
{
    ++m_generation;
    m_run = RunRecord {};
    m_annotations.clear();
    m_agreement = AnnotationAgreement();
    emit changed();
}

void ReportAnnotations::reload()
{
    if (m_run.id.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    runInBackground(
        this,
        [path = m_writer.databasePath(), run = m_run] {
            const StoreReader reader(path);
            AnnotationLoad load;
            load.annotations = reader.annotations(run.id);
            load.agreement = AnnotationAgreement::load(reader, run, load.annotations);
            return load;
        },
        [this, generation](const AnnotationLoad& load) {
            if (generation != m_generation)
                return;
            m_annotations = load.annotations;
            m_agreement = load.agreement;
            emit changed();
        });
}

void ReportAnnotations::save(qint64 sampleKey, SampleAnnotation annotation)
{
    annotation.author = osUserName();
    watch(m_writer.saveAnnotation(sampleKey, annotation));
}

void ReportAnnotations::remove(qint64 sampleKey, const QString& metric)
{
    watch(m_writer.deleteAnnotation(sampleKey, metric));
}

void ReportAnnotations::watch(QFuture<WriteResult> write)
{
    // Connected before the future is set (see runInBackground for why not QFuture::then).
    auto* watcher = new QFutureWatcher<WriteResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, runId = m_run.id] {
        const WriteResult result = watcher->result();
        watcher->deleteLater();
        if (runId == m_run.id)
            reload();
        emit written(result.error);
    });
    watcher->setFuture(write);
}

} // namespace evalbench
