// SPDX-License-Identifier: MIT
#include "io/annotationagreement.h"

#include "metrics/agreementstats.h"
#include "store/storereader.h"

#include <cmath>

namespace evalbench {

namespace {
QJsonValue finiteOrNull(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject rowJson(const AgreementRow& row)
{
    return { { QStringLiteral("n"), row.pairs }, { QStringLiteral("spearman"), finiteOrNull(row.spearman) },
        { QStringLiteral("kappa"), finiteOrNull(row.kappa) } };
}
} // namespace

AnnotationAgreement::AnnotationAgreement(QStringList metrics)
    : m_metrics(std::move(metrics))
{ }

AnnotationAgreement AnnotationAgreement::load(
    const StoreReader& reader, const RunRecord& run, const RunAnnotations& annotations)
{
    AnnotationAgreement agreement(run.settings.metrics.isEmpty() ? run.summary.keys() : run.settings.metrics);
    // Annotations are typed by hand, so there are few: one small read each.
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
        const QList<StoredSample> found = reader.samples(run.id, it.key(), 1);
        if (!found.isEmpty() && found.first().index == it.key())
            agreement.add(found.first(), it.value());
    }
    return agreement;
}

void AnnotationAgreement::add(const StoredSample& sample, const QList<SampleAnnotation>& annotations)
{
    for (const SampleAnnotation& annotation : annotations) {
        if (!annotation.score || !std::isfinite(*annotation.score))
            continue;
        std::optional<double> machine;
        if (annotation.isOverall()) {
            machine = sample.weightedScore;
        } else if (const MetricScore* score = sample.score(annotation.metric); score && score->hasValue()) {
            machine = score->value;
        }
        if (!machine || !std::isfinite(*machine))
            continue;
        Pairs& pairs = m_pairs[annotation.metric];
        pairs.human.append(*annotation.score);
        pairs.machine.append(*machine);
    }
}

AgreementRow AnnotationAgreement::row(const QString& metric, double threshold) const
{
    AgreementRow row;
    row.metric = metric;
    const auto found = m_pairs.constFind(metric);
    if (found == m_pairs.cend())
        return row;
    row.pairs = int(found->human.size());
    row.spearman = spearmanCorrelation(found->human, found->machine);
    row.kappa = row.pairs > 0 ? cohensKappa(found->human, found->machine, threshold) : row.kappa;
    return row;
}

QList<AgreementRow> AnnotationAgreement::rows(double threshold) const
{
    QList<AgreementRow> rows { row({}, threshold) };
    QStringList metrics = m_metrics;
    QStringList extra;
    for (auto it = m_pairs.cbegin(); it != m_pairs.cend(); ++it) {
        if (!it.key().isEmpty() && !metrics.contains(it.key()))
            extra.append(it.key());
    }
    extra.sort(); // QHash order is not stable between runs
    metrics += extra;
    for (const QString& metric : std::as_const(metrics))
        rows.append(row(metric, threshold));
    return rows;
}

QJsonObject AnnotationAgreement::toJson(double threshold) const
{
    const QList<AgreementRow> all = rows(threshold);
    QJsonObject metrics;
    for (qsizetype i = 1; i < all.size(); ++i)
        metrics.insert(all[i].metric, rowJson(all[i]));
    return { { QStringLiteral("threshold"), threshold }, { QStringLiteral("overall"), rowJson(all.first()) },
        { QStringLiteral("metrics"), metrics } };
}

} // namespace evalbench
