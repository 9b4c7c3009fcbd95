// SPDX-License-Identifier: MIT
// ML scoring through the job manager: the run is stored (kind ml), reported and exported like
// any other; bad workspaces leave nothing behind; an interrupted job is resumed.
#include "common/enginetest.h"
#include "io/reportexporter.h"
#include "store/storereader.h"
#include "testworkspace.h"
#include "workspace/workspacelayout.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QJsonArray>
#include <QSignalSpy>

using namespace evalbench;

namespace {

class MlJob : public EngineTest
{
protected:
    // Submits and waits for the end; returns the final state and error.
    std::pair<JobState, EvalError> scoreAndWait(const WorkspaceRequest& request, JobTicket* ticket = nullptr)
    {
        QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
        const auto submitted = m_jobs->submitWorkspace(request);
        if (const EvalError* error = std::get_if<EvalError>(&submitted))
            return { JobState::Failed, *error };
        if (ticket)
            *ticket = std::get<JobTicket>(submitted);
        EXPECT_TRUE(finished.wait(60000));
        if (finished.isEmpty())
            return { JobState::Failed, {} };
        return { finished.first().at(2).value<JobState>(), finished.first().at(3).value<EvalError>() };
    }
    QByteArray exported(const QString& runId, ExportFormat format)
    {
        StoreReader reader(m_dataDir->databasePath());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto error = ReportExporter(*m_dataDir, reader).write(runId, format, buffer);
        EXPECT_FALSE(error.has_value()) << (error ? error->message.toStdString() : std::string());
        return buffer.data();
    }
    TestWorkspace m_ws;
};

} // namespace

TEST_F(MlJob, ScoredRunIsStoredAndExported)
{
    m_ws.fromCase(QStringLiteral("classification/small"), QStringLiteral("classification_f1"));
    JobTicket ticket;
    const auto [state, error] = scoreAndWait({ m_ws.root(), {}, {}, QStringLiteral("vehicles v1") }, &ticket);
    ASSERT_EQ(state, JobState::Completed) << error.message.toStdString();

    StoreReader reader(m_dataDir->databasePath());
    const std::optional<RunRecord> run = reader.run(ticket.runId);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->kind, QStringLiteral("ml"));
    EXPECT_EQ(run->source, QStringLiteral("workspace"));
    EXPECT_EQ(run->name, QStringLiteral("vehicles v1"));
    EXPECT_EQ(run->status, RunStatus::Completed);
    EXPECT_EQ(run->sampleCount, 50);
    EXPECT_EQ(run->settings.metrics, QStringList { QStringLiteral("classification_f1") });
    ASSERT_TRUE(run->weightedScore);
    EXPECT_NEAR(*run->weightedScore, 0.5595881595881596, 1e-12);
    EXPECT_DOUBLE_EQ(run->summary.value(QStringLiteral("accuracy")).mean, 0.72);
    EXPECT_NEAR(run->summary.value(QStringLiteral("classification_f1")).mean, 0.5595881595881596, 1e-12);
    EXPECT_EQ(run->datasetPath, WorkspaceLayout(m_ws.root()).root());
    EXPECT_EQ(reader.jobs(JobState::Completed).size(), 1);

    const std::optional<QJsonObject> result = reader.mlResult(ticket.runId);
    ASSERT_TRUE(result);
    EXPECT_EQ(*result, m_ws.readJson(QStringLiteral("output/result.json")));

    const QString folder = m_dataDir->runPath(ticket.runId);
    for (const char* name :
        { "metadata.json", "result.json", "summary.md", "report.json", "scores.csv", "optimization_advice.md" })
        EXPECT_TRUE(QFileInfo::exists(folder + QLatin1Char('/') + QLatin1String(name))) << name;

    const QString md = QString::fromUtf8(exported(ticket.runId, ExportFormat::Markdown));
    EXPECT_TRUE(md.startsWith(QStringLiteral("# vehicles v1\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("**f1_macro = 0.5596**"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("| bicycle | 1.0000 | 0.4000 | 0.5714 | 5 | 2 | 0 | 3 |")))
        << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("## Confusion matrix")));
    EXPECT_TRUE(md.contains(QStringLiteral("## Weakest classes")));

    const QJsonObject json = QJsonDocument::fromJson(exported(ticket.runId, ExportFormat::Json)).object();
    EXPECT_EQ(json.value(QStringLiteral("schema")).toString(), QStringLiteral("evalbench.report/1"));
    EXPECT_EQ(
        json.value(QStringLiteral("run")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("ml"));
    EXPECT_EQ(json.value(QStringLiteral("result")).toObject(), *result);
    EXPECT_NEAR(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("weighted_score")).toDouble(),
        0.5595881595881596, 1e-12);

    const QByteArray csv = exported(ticket.runId, ExportFormat::Csv);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBFlabel,precision,recall,f1,support,tp,fp,fn\nbicycle,1,0.4"));
    EXPECT_EQ(csv.count('\n'), 6);
}

TEST_F(MlJob, DetectionRunExportsPerCategory)
{
    m_ws.fromCase(QStringLiteral("detection/small"), QStringLiteral("detection_map"));
    JobTicket ticket;
    const auto [state, error] = scoreAndWait({ m_ws.root(), {}, {}, {} }, &ticket);
    ASSERT_EQ(state, JobState::Completed) << error.message.toStdString();
    const QString md = QString::fromUtf8(exported(ticket.runId, ExportFormat::Markdown));
    EXPECT_TRUE(md.contains(QStringLiteral("| AP | AP @[ IoU=0.50:0.95 | area=all | maxDets=100 ] | 0.3951 |")))
        << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("| 10 | traffic light | 6 |")));
    const QByteArray csv = exported(ticket.runId, ExportFormat::Csv);
    EXPECT_TRUE(csv.contains("\n10,traffic light,6,"));
    StoreReader reader(m_dataDir->databasePath());
    EXPECT_EQ(reader.run(ticket.runId)->sampleCount, 20); // images
}

TEST_F(MlJob, InvalidWorkspaceLeavesNoRun)
{
    m_ws.writeMeta({ { QStringLiteral("scorer"), QStringLiteral("regression_rmse") } });
    m_ws.write(QStringLiteral("input/gt.csv"), "id,value\n1,2\n");
    const auto [state, error] = scoreAndWait({ m_ws.root(), {}, {}, {} });
    EXPECT_EQ(state, JobState::Failed);
    EXPECT_EQ(error.code, ErrorCode::MissingFile);
    EXPECT_EQ(error.stage, QStringLiteral("validation"));
    StoreReader reader(m_dataDir->databasePath());
    EXPECT_EQ(reader.runCount(), 0);
    EXPECT_TRUE(reader.jobs().isEmpty());
    EXPECT_EQ(m_ws.readJson(QStringLiteral("output/result.json")).value(QStringLiteral("status")).toString(),
        QStringLiteral("error"));

    const auto missing = m_jobs->submitWorkspace({ m_ws.path(QStringLiteral("absent")), {}, {}, {} });
    ASSERT_TRUE(std::holds_alternative<EvalError>(missing));
    EXPECT_EQ(std::get<EvalError>(missing).code, ErrorCode::MissingFile);
}

TEST_F(MlJob, InterruptedJobIsResumed)
{
    m_ws.fromCase(QStringLiteral("regression/small"), QStringLiteral("regression_rmse"));
    // What a crash leaves: the run and its job committed, never finished.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RunRecord run;
    run.id = RunRecord::newId(now);
    run.name = QStringLiteral("crashed");
    run.kind = QStringLiteral("ml");
    run.source = QStringLiteral("workspace");
    run.status = RunStatus::Running;
    run.createdAt = now;
    run.datasetPath = m_ws.root();
    JobRecord job;
    job.id = QStringLiteral("job-1");
    job.runId = run.id;
    job.kind = QStringLiteral("ml");
    job.state = JobState::Running;
    job.createdAt = now;
    job.total = 1;
    job.payload = WorkspaceRequest { m_ws.root(), {}, {}, {} }.toPayload();
    ASSERT_TRUE(m_writer->insertRunWithJob(run, job).result().ok());

    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    EXPECT_EQ(m_jobs->recoverInterrupted(), 1);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(finished.first().at(2).value<JobState>(), JobState::Completed);
    StoreReader reader(m_dataDir->databasePath());
    const auto stored = reader.run(run.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, RunStatus::Completed);
    EXPECT_NEAR(*stored->weightedScore, 4.920523130867287, 1e-9);
    EXPECT_EQ(reader.runCount(), 1); // resumed into the same run, not a second one
}
