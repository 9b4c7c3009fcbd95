// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "workspace/scorercatalog.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QString>

// Helpers for the widget suites that score AutoScorer workspaces through the real engine.
namespace mltest {

// Copies a folder tree (examples/ml/..., a scorer folder) so that scoring never writes into the
// source tree.
inline bool copyFolder(const QString& from, const QString& to)
{
    if (!QFileInfo(from).isDir() || !QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

inline QString sourcePath(const QString& relative)
{
    return QStringLiteral(EVALBENCH_SOURCE_DIR "/") + relative;
}

// Moves a complete scorer folder (prepared in `staging`) into DATA_DIR/scorers in one rename, as
// an analyst's copy would end, and waits until the watching catalog lists it.
inline ::testing::AssertionResult installScorer(
    const evalbench::DataDir& dataDir, evalbench::ScorerCatalog& catalog, const QString& staging, const QString& id)
{
    QSignalSpy changed(&catalog, &evalbench::ScorerCatalog::changed);
    if (!QDir().mkpath(dataDir.scorersPath()))
        return ::testing::AssertionFailure() << "cannot create the scorers folder";
    if (!QDir().rename(staging, dataDir.scorersPath() + QLatin1Char('/') + id))
        return ::testing::AssertionFailure() << "cannot move the scorer into place";
    while (!catalog.find(id)) {
        if (!changed.wait(10000))
            return ::testing::AssertionFailure() << "the catalog never listed " << id.toStdString();
    }
    return ::testing::AssertionSuccess();
}

// A custom scorer whose program is the Python `script` (run as python3 score.py {workspace}).
inline ::testing::AssertionResult installPythonScorer(const evalbench::DataDir& dataDir,
    evalbench::ScorerCatalog& catalog, const QString& stagingRoot, const QString& id, const QByteArray& script,
    const QByteArray& taskType = "custom")
{
    const QString staging = stagingRoot + QLatin1Char('/') + id;
    const QByteArray manifest = "{\n  \"id\": \"" + id.toUtf8() + "\",\n  \"name\": \"Test scorer " + id.toUtf8()
        + "\",\n  \"version\": \"0.1.0\",\n  \"task_type\": \"" + taskType
        + "\",\n  \"description\": \"Written by a widget test.\",\n"
          "  \"command\": [\"python3\", \"{scorer_dir}/score.py\", \"{workspace}\"],\n  \"timeout\": 300\n}\n";
    if (!writeFile(staging + QStringLiteral("/scorer.json"), manifest)
        || !writeFile(staging + QStringLiteral("/score.py"), script))
        return ::testing::AssertionFailure() << "cannot write the scorer files";
    return installScorer(dataDir, catalog, staging, id);
}

} // namespace mltest
