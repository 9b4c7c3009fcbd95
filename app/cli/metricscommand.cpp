// SPDX-License-Identifier: MIT
#include "cli/metricscommand.h"

#include "cli/clioutput.h"
#include "metrics/metricregistry.h"
#include "workspace/builtinscorers.h"

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
    // The ML scorers score a whole workspace, not a sample; they are listed with their files.
    for (const ScorerInfo& scorer : builtinScorerInfos()) {
        const bool regression = scorer.task == MlTask::Regression;
        const bool detection = scorer.task == MlTask::Detection;
        const QJsonArray inputs = detection
            ? QJsonArray { QStringLiteral("input/gt.json"), QStringLiteral("output/pred.json") }
            : QJsonArray { QStringLiteral("input/gt.csv"), QStringLiteral("output/pred.csv") };
        QJsonArray params;
        for (const ScorerParamInfo& p : scorer.params)
            params.append(p.name);
        list.append(QJsonObject {
            { QStringLiteral("id"), scorer.id },
            { QStringLiteral("kind"), QStringLiteral("ml") },
            { QStringLiteral("task_type"), mlTaskName(scorer.task) },
            { QStringLiteral("inputs"), inputs },
            { QStringLiteral("range"),
                QJsonArray { 0.0, regression ? QJsonValue(QJsonValue::Null) : QJsonValue(1.0) } },
            { QStringLiteral("higher_is_better"), !regression },
            { QStringLiteral("primary_metric"), scorer.primaryMetric },
            { QStringLiteral("params"), params },
            { QStringLiteral("description"), scorer.description },
        });
        text += QStringLiteral("%1 %2 %3  needs: %4\n    %5\n")
                    .arg(scorer.id.leftJustified(26), QStringLiteral("ml").leftJustified(8),
                        regression ? QStringLiteral("lower is better") : QStringLiteral("higher is better"),
                        inputs.at(0).toString() + QStringLiteral(", ") + inputs.at(1).toString(), scorer.description);
    }
    return output.success({ { QStringLiteral("metrics"), list } }, text);
}

} // namespace evalbench::cli
