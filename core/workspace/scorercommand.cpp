// SPDX-License-Identifier: MIT
#include "workspace/scorercommand.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace evalbench {

QString ScorerCommand::expand(const QString& text, const QHash<QString, QString>& values)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), i);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, open - i);
        const QString name = text.mid(open + 1, close - open - 1);
        const auto value = values.constFind(name);
        if (value != values.constEnd()) {
            out += *value;
            i = close + 1;
        } else {
            out += QLatin1Char('{');
            i = open + 1;
        }
    }
    return out;
}

std::optional<ScorerCommand> ScorerCommand::build(
    const ScorerInfo& scorer, const QHash<QString, QString>& values, EvalError* error)
{
    ScorerCommand command;
    for (const QString& argument : scorer.command)
        command.arguments.append(expand(argument, values));
    if (command.arguments.isEmpty() || command.arguments.constFirst().isEmpty()) {
        *error = EvalError { ErrorCode::Internal,
            QStringLiteral("custom scorer %1 has an empty command; fix \"command\" in %2")
                .arg(scorer.id, QDir::toNativeSeparators(scorer.manifestPath)),
            QStringLiteral("scoring"), {} };
        return std::nullopt;
    }
    const QString given = command.arguments.takeFirst();
    const QFileInfo info(given);
    if (info.isAbsolute()) {
        command.program = given;
    } else if (QFileInfo local(QDir(scorer.folder).filePath(given)); local.exists() && local.isFile()) {
        // A script shipped in the scorer's folder ("score.sh", "bin/score").
        command.program = QDir::cleanPath(local.absoluteFilePath());
    } else {
        command.program = QStandardPaths::findExecutable(given);
        if (command.program.isEmpty() && given == QLatin1String("python3"))
            command.program = QStandardPaths::findExecutable(QStringLiteral("python"));
    }
    if (command.program.isEmpty()) {
        *error = EvalError { ErrorCode::Internal,
            QStringLiteral("custom scorer %1 cannot start: program \"%2\" was not found; check that it is installed "
                           "and on PATH, or give its full path in \"command\" of %3")
                .arg(scorer.id, given, QDir::toNativeSeparators(scorer.manifestPath)),
            QStringLiteral("scoring"), { { QStringLiteral("program"), given } } };
        return std::nullopt;
    }
    return command;
}

} // namespace evalbench
