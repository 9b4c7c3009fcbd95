// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace testdata {

// Writes `bytes` to `path`, creating the folders; false when that fails.
bool writeFile(const QString& path, const QByteArray& bytes);

// A manifest with every required field: {"id", "version": "1.0.0", "task_type": "custom",
// "command": ["python3", "{scorer_dir}/score.py", "{workspace}"]}.
QJsonObject manifest(const QString& id);

// DIR/<folder>/scorer.json (and score.py when `script` is not empty); returns the manifest path.
QString writeScorer(
    const QString& scorersDir, const QString& folder, const QJsonObject& manifest, const QByteArray& script = {});

// A Python 3 script body that writes a valid result.json with score `score` to sys.argv[1].
QByteArray passingScript(double score);

} // namespace testdata
