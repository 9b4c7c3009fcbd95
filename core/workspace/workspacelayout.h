// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace evalbench {

// Where the files of an AutoScorer-style workspace live (CONTRACTS "AutoScorer workspaces").
class WorkspaceLayout
{
public:
    explicit WorkspaceLayout(const QString& root); // made absolute and clean

    QString root() const { return m_root; }
    QString metaPath() const; // root/meta.json
    QString inputDir() const; // root/input
    QString outputDir() const; // root/output
    QString groundTruthCsv() const; // input/gt.csv
    QString groundTruthJson() const; // input/gt.json
    QString predictionCsv() const; // output/pred.csv
    QString predictionJson() const; // output/pred.json
    QString resultPath() const; // output/result.json
    // A path relative to the workspace, with '/' separators, for messages ("output/pred.csv").
    QString relative(const QString& path) const;

private:
    QString m_root;
};

} // namespace evalbench
