// SPDX-License-Identifier: MIT
#include "common/datadir.h"

#include <QDir>
#include <QStandardPaths>

namespace evalbench {

DataDir::DataDir(QString root)
    : m_root(QDir::cleanPath(std::move(root)))
{ }

DataDir DataDir::resolve(const QString& commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return DataDir(QDir(commandLineValue).absolutePath());
    const QString fromEnv = qEnvironmentVariable("EVALBENCH_DATA_DIR");
    if (!fromEnv.isEmpty())
        return DataDir(QDir(fromEnv).absolutePath());
    return DataDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString DataDir::databasePath() const
{
    return m_root + QStringLiteral("/evalbench.sqlite");
}

QString DataDir::runsPath() const
{
    return m_root + QStringLiteral("/runs");
}

QString DataDir::runPath(const QString& runId) const
{
    return runsPath() + QLatin1Char('/') + runId;
}

QString DataDir::scorersPath() const
{
    return m_root + QStringLiteral("/scorers");
}

bool DataDir::ensureExists(QString* errorMessage) const
{
    if (QDir().mkpath(runsPath()))
        return true;
    if (errorMessage)
        *errorMessage = QStringLiteral("cannot create the data directory %1; choose another with --data-dir")
                            .arg(QDir::toNativeSeparators(m_root));
    return false;
}

} // namespace evalbench
