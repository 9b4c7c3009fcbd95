// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

// An AutoScorer-style workspace in a temporary folder, filled by the test.
class TestWorkspace
{
public:
    QString root() const { return m_dir.path(); }
    QString path(const QString& relative) const { return m_dir.filePath(relative); }

    void write(const QString& relative, const QByteArray& bytes) const
    {
        QDir().mkpath(QFileInfo(path(relative)).absolutePath());
        QFile file(path(relative));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
    }
    void writeMeta(const QJsonObject& meta) const { write(QStringLiteral("meta.json"), QJsonDocument(meta).toJson()); }
    // Copies a file of tests/data/ml into the workspace.
    void copyData(const QString& dataRelative, const QString& relative) const
    {
        QFile source(QStringLiteral(EVALBENCH_TEST_DATA_DIR "/ml/") + dataRelative);
        if (source.open(QIODevice::ReadOnly))
            write(relative, source.readAll());
    }
    // A classification / regression / detection workspace from a tests/data/ml case folder.
    void fromCase(const QString& caseDir, const QString& scorer, const QJsonObject& params = {}) const
    {
        writeMeta({ { QStringLiteral("scorer"), scorer }, { QStringLiteral("params"), params } });
        if (caseDir.startsWith(QLatin1String("detection"))) {
            copyData(caseDir + QStringLiteral("/gt.json"), QStringLiteral("input/gt.json"));
            copyData(caseDir + QStringLiteral("/pred.json"), QStringLiteral("output/pred.json"));
        } else {
            copyData(caseDir + QStringLiteral("/gt.csv"), QStringLiteral("input/gt.csv"));
            copyData(caseDir + QStringLiteral("/pred.csv"), QStringLiteral("output/pred.csv"));
        }
    }
    QJsonObject readJson(const QString& relative) const
    {
        QFile file(path(relative));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private:
    QTemporaryDir m_dir;
};
