// SPDX-License-Identifier: MIT
#include "cli/metricscommand.h"

#include "cli/clioutput.h"
#include "metrics/metricregistry.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace evalbench::cli {

int MetricsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON envelope"));
    parser.addOption(jsonOption);
    CliOutput output(arguments.contains(QStringLiteral("--json")));
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty())
        return output.badUsage(
            parser.errorText().isEmpty() ? QStringLiteral("metrics takes no arguments") : parser.errorText(),
            QStringLiteral("usage: evalbench metrics [--json]\n"));

    QJsonArray list;
    QString text;
    for (const MetricInfo& info : MetricRegistry::builtin().infos()) {
        list.append(info.toJson());
        QStringList inputs;
        for (SampleField field : info.inputs)
            inputs.append(sampleFieldName(field));
        text += QStringLiteral("%1 %2 [%3, %4] %5  needs: %6\n    %7\n")
                    .arg(info.id.leftJustified(26), metricKindName(info.kind).leftJustified(8))
                    .arg(info.rangeMin)
                    .arg(info.rangeMax)
                    .arg(info.higherIsBetter ? QStringLiteral("higher is better") : QStringLiteral("lower is better"),
                        inputs.join(QStringLiteral(", ")), info.description);
    }
    return output.success({ { QStringLiteral("metrics"), list } }, text);
}

} // namespace evalbench::cli
