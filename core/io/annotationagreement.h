// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"
#include "common/sampleannotation.h"
#include "store/storedsample.h"

#include <limits>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace evalbench {

class StoreReader;

// How well the human scores of one metric (or overall) agree with the run's own.
struct AgreementRow
{
    QString metric; // empty: overall (the human overall score against the weighted score)
    int pairs = 0;
    double spearman = std::numeric_limits<double>::quiet_NaN();
    double kappa = std::numeric_limits<double>::quiet_NaN(); // pass / fail at the threshold asked for
};

// Pairs each human score with the machine score it judges: the sample's score for
// the same metric, or its weighted score for an overall annotation. A pair needs
// both numbers (a label-only annotation, a skipped or NaN metric make none). The
// figures are computed per threshold, so a view can move it without a new read.
class AnnotationAgreement
{
public:
    static constexpr double kDefaultThreshold = 0.5;

    // `metrics` gives the order of the rows (the run's metrics).
    explicit AnnotationAgreement(QStringList metrics = {});
    // Reads the annotated samples of `run`; the other samples are not read.
    static AnnotationAgreement load(const StoreReader& reader, const RunRecord& run, const RunAnnotations& annotations);

    void add(const StoredSample& sample, const QList<SampleAnnotation>& annotations);

    // Overall first, then every metric of the run (with 0 pairs when none was annotated),
    // then annotated metrics the run does not list.
    QList<AgreementRow> rows(double threshold = kDefaultThreshold) const;
    // {"threshold", "overall": {"n", "spearman", "kappa"}, "metrics": {"<id>": {...}}}; NaN is null.
    QJsonObject toJson(double threshold = kDefaultThreshold) const;

private:
    struct Pairs
    {
        QList<double> human;
        QList<double> machine;
    };
    AgreementRow row(const QString& metric, double threshold) const;

    QStringList m_metrics;
    QHash<QString, Pairs> m_pairs; // by metric, "" overall
};

} // namespace evalbench
