// SPDX-License-Identifier: MIT
#pragma once

// Writes small scored runs into a temporary SQLite file through StoreWriter, for the
// comparison's core and widget tests.

#include "common/datadir.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <cmath>
#include <gtest/gtest.h>
#include <memory>

#include <QTemporaryDir>

namespace evalbench::testing {

inline const QString kF1 = QStringLiteral("token_f1");
inline const QString kHallucination = QStringLiteral("hallucination");

// One sample with its values; NaN writes a failed score, a metric left out is skipped.
struct FixtureSample
{
    QString id;
    QString question;
    QMap<QString, double> values;
};

class CompareStore
{
public:
    CompareStore()
    {
        EXPECT_TRUE(m_dir.isValid());
        m_dataDir = std::make_unique<DataDir>(m_dir.path());
        m_writer = std::make_unique<StoreWriter>(m_dataDir->databasePath());
        EXPECT_TRUE(m_writer->openError().isEmpty()) << m_writer->openError().toStdString();
    }

    QString databasePath() const { return m_dataDir->databasePath(); }
    const DataDir& dataDir() const { return *m_dataDir; }
    StoreWriter& writer() { return *m_writer; }

    // A completed run whose summary is the mean of the given values; `age` orders runs (older first).
    void addRun(const QString& runId, const QString& name, int age, const QStringList& metrics,
        const QList<FixtureSample>& samples)
    {
        RunRecord run;
        run.id = runId;
        run.name = name;
        run.status = RunStatus::Importing;
        run.createdAt = QDateTime::currentDateTimeUtc().addSecs(-age);
        run.settings.metrics = metrics;
        JobRecord job;
        job.id = runId + QStringLiteral("-job");
        job.runId = runId;
        job.createdAt = run.createdAt;
        QList<Sample> inputs;
        for (const FixtureSample& s : samples) {
            Sample sample;
            sample.id = s.id;
            sample.question = s.question;
            sample.answer = QStringLiteral("answer to ") + s.question;
            inputs.append(sample);
        }
        ASSERT_TRUE(m_writer->insertRunWithJob(run, job).result().ok());
        ASSERT_TRUE(m_writer->appendSamples(runId, 0, inputs).result().ok());
        ASSERT_TRUE(m_writer->markImported(runId, job.id, int(inputs.size()), RunStatus::Running).result().ok());

        const QList<StoredSample> stored = StoreReader(databasePath()).samples(runId, 0, -1);
        QList<SampleResult> results;
        QMap<QString, MetricSummary> summary;
        for (int i = 0; i < samples.size(); ++i) {
            SampleResult result;
            result.index = stored.at(i).index;
            result.key = stored.at(i).key;
            for (const QString& metric : metrics) {
                MetricSummary& s = summary[metric];
                const auto value = samples.at(i).values.constFind(metric);
                if (value == samples.at(i).values.cend()) {
                    result.scores.append(MetricScore::skipped(metric, QStringLiteral("needs an input")));
                    ++s.skipped;
                } else if (std::isnan(*value)) {
                    result.scores.append(MetricScore::failed(metric, QStringLiteral("judge failed")));
                    ++s.nan;
                } else {
                    result.scores.append(MetricScore::ofValue(metric, *value));
                    s.mean = (s.mean * s.scored + *value) / (s.scored + 1);
                    s.min = s.scored ? std::min(s.min, *value) : *value;
                    s.max = s.scored ? std::max(s.max, *value) : *value;
                    ++s.scored;
                }
            }
            results.append(result);
        }
        ASSERT_TRUE(m_writer->saveResults(runId, job.id, results).result().ok());
        ASSERT_TRUE(m_writer->finishRun(runId, RunStatus::Completed, summary, std::nullopt).result().ok());
    }

    // The baseline (older) and the candidate of the tests, matched by id: q3's token_f1
    // drops 0.9 -> 0.2, q2's rises 0.6 -> 0.8, q1's stays; q4 lacks a baseline token_f1.
    // Hallucination is lower-is-better: q1 falls 0.2 -> 0.1 (better), q2 rises 0.1 -> 0.3 (worse).
    void addBaselineAndCandidate()
    {
        const QStringList metrics { kF1, kHallucination };
        addRun(QStringLiteral("run-base"), QStringLiteral("Baseline"), 100, metrics,
            { { QStringLiteral("q1"), QStringLiteral("What is one?"), { { kF1, 0.5 }, { kHallucination, 0.2 } } },
                { QStringLiteral("q2"), QStringLiteral("What is two?"), { { kF1, 0.6 }, { kHallucination, 0.1 } } },
                { QStringLiteral("q3"), QStringLiteral("What is three?"), { { kF1, 0.9 }, { kHallucination, 0.0 } } },
                { QStringLiteral("q4"), QStringLiteral("What is four?"), { { kHallucination, 0.3 } } } });
        addRun(QStringLiteral("run-new"), QStringLiteral("Candidate"), 50, metrics,
            { { QStringLiteral("q1"), QStringLiteral("What is one?"), { { kF1, 0.5 }, { kHallucination, 0.1 } } },
                { QStringLiteral("q2"), QStringLiteral("What is two?"), { { kF1, 0.8 }, { kHallucination, 0.3 } } },
                { QStringLiteral("q3"), QStringLiteral("What is three?"), { { kF1, 0.2 }, { kHallucination, 0.0 } } },
                { QStringLiteral("q4"), QStringLiteral("What is four?"),
                    { { kF1, 0.4 }, { kHallucination, std::nan("") } } } });
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DataDir> m_dataDir;
    std::unique_ptr<StoreWriter> m_writer;
};

} // namespace evalbench::testing
