// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

namespace evalbench::cli {

// The options `validate` and `score` share: WORKSPACE, --scorer, --params, --json.
struct WorkspaceOptions
{
    QString workspace;
    QString scorer;
    QJsonObject params;
    QString error; // bad usage, to print with the usage text

    // Adds the shared options to `parser`, parses `arguments` and reads them.
    static WorkspaceOptions parse(QCommandLineParser& parser, const QStringList& arguments, const char* command);
};

} // namespace evalbench::cli
