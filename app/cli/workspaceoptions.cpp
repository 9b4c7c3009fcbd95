// SPDX-License-Identifier: MIT
#include "cli/workspaceoptions.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace evalbench::cli {

WorkspaceOptions WorkspaceOptions::parse(QCommandLineParser& parser, const QStringList& arguments, const char* command)
{
    WorkspaceOptions out;
    parser.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("workspace folder"));
    const QCommandLineOption scorer(QStringLiteral("scorer"), QStringLiteral("scorer id"), QStringLiteral("id"));
    const QCommandLineOption params(QStringLiteral("params"), QStringLiteral("params JSON"), QStringLiteral("json"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON envelope"));
    parser.addOptions({ scorer, params, json });
    if (!parser.parse(arguments)) {
        out.error = parser.errorText();
        return out;
    }
    if (parser.positionalArguments().size() != 1) {
        out.error = QStringLiteral("%1 takes exactly one WORKSPACE folder").arg(QLatin1String(command));
        return out;
    }
    out.workspace = parser.positionalArguments().constFirst();
    out.scorer = parser.value(scorer).trimmed();
    if (parser.isSet(params)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(parser.value(params).toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            out.error = QStringLiteral("--params must be a JSON object such as '{\"average\": \"macro\"}'%1")
                            .arg(parseError.error != QJsonParseError::NoError ? QStringLiteral(" (%1 at character %2)")
                                                                                    .arg(parseError.errorString())
                                                                                    .arg(parseError.offset + 1)
                                                                              : QString());
            return out;
        }
        out.params = doc.object();
    }
    return out;
}

} // namespace evalbench::cli
