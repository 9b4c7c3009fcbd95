// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace evalbench {

// Where EvalBench keeps its database and run artifacts (CONTRACTS "Data directory"):
// --data-dir, else EVALBENCH_DATA_DIR, else the folder chosen in the window's Settings
// page, else the per-user application data folder.
class DataDir
{
public:
    // Which rule of resolve() chose the folder (Given: constructed directly).
    enum class Origin
    {
        Given,
        CommandLine,
        Environment,
        Saved,
        Default
    };

    explicit DataDir(QString root, Origin origin = Origin::Given);
    static DataDir resolve(const QString& commandLineValue);
    // The folder saved for the next start (QSettings); empty when none is.
    static QString savedRoot();
    static void saveRoot(const QString& root);

    QString root() const { return m_root; }
    Origin origin() const { return m_origin; }
    QString databasePath() const;
    QString runsPath() const;
    QString runPath(const QString& runId) const;
    QString scorersPath() const; // custom scorers, one folder each
    // Creates the folders; false (with a message) when the location is not writable.
    bool ensureExists(QString* errorMessage) const;

private:
    QString m_root;
    Origin m_origin = Origin::Given;
};

} // namespace evalbench
