// SPDX-License-Identifier: MIT
#include "common/datadir.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace evalbench {

namespace {
const QString kSavedRootKey = QStringLiteral("data/directory");
} // namespace

DataDir::DataDir(QString root, Origin origin)
    : m_root(QDir::cleanPath(std::move(root)))
    , m_origin(origin)
{ }

DataDir DataDir::resolve(const QString& commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return DataDir(QDir(commandLineValue).absolutePath(), Origin::CommandLine);
    const QString fromEnv = qEnvironmentVariable("EVALBENCH_DATA_DIR");
    if (!fromEnv.isEmpty())
        return DataDir(QDir(fromEnv).absolutePath(), Origin::Environment);
    if (const QString saved = savedRoot(); !saved.isEmpty())
        return DataDir(saved, Origin::Saved);
    return DataDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), Origin::Default);
}

QString DataDir::savedRoot()
{
    return QSettings().value(kSavedRootKey).toString();
}

void DataDir::saveRoot(const QString& root)
{
    QSettings settings;
    if (root.isEmpty())
        settings.remove(kSavedRootKey);
    else
        settings.setValue(kSavedRootKey, QDir(root).absolutePath());
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
