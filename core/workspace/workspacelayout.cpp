// SPDX-License-Identifier: MIT
#include "workspace/workspacelayout.h"

#include <QDir>
#include <QFileInfo>

namespace evalbench {

WorkspaceLayout::WorkspaceLayout(const QString& root)
    : m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath()))
{ }

QString WorkspaceLayout::metaPath() const
{
    return m_root + QStringLiteral("/meta.json");
}

QString WorkspaceLayout::inputDir() const
{
    return m_root + QStringLiteral("/input");
}

QString WorkspaceLayout::outputDir() const
{
    return m_root + QStringLiteral("/output");
}

QString WorkspaceLayout::groundTruthCsv() const
{
    return inputDir() + QStringLiteral("/gt.csv");
}

QString WorkspaceLayout::groundTruthJson() const
{
    return inputDir() + QStringLiteral("/gt.json");
}

QString WorkspaceLayout::predictionCsv() const
{
    return outputDir() + QStringLiteral("/pred.csv");
}

QString WorkspaceLayout::predictionJson() const
{
    return outputDir() + QStringLiteral("/pred.json");
}

QString WorkspaceLayout::resultPath() const
{
    return outputDir() + QStringLiteral("/result.json");
}

QString WorkspaceLayout::relative(const QString& path) const
{
    return QDir(m_root).relativeFilePath(path);
}

} // namespace evalbench
