// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace evalbench {

// Where EvalBench keeps its database and run artifacts (CONTRACTS "Data directory"):
// --data-dir, else EVALBENCH_DATA_DIR, else the per-user application data folder.
class DataDir
{
public:
    explicit DataDir(QString root);
    static DataDir resolve(const QString& commandLineValue);

    QString root() const { return m_root; }
    QString databasePath() const;
    QString runsPath() const;
    QString runPath(const QString& runId) const;
    QString scorersPath() const; // custom scorers, one folder each
    // Creates the folders; false (with a message) when the location is not writable.
    bool ensureExists(QString* errorMessage) const;

private:
    QString m_root;
};

} // namespace evalbench
