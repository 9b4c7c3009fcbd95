// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace evalbench {

// One RAG / LLM answer to be scored. Optional fields are std::nullopt when the
// dataset did not provide them (the metric is then skipped), and an empty value
// when it provided an empty one (the metric runs and scores it).
struct Sample
{
    QString id;
    QString question;
    std::optional<QString> answer;
    std::optional<QStringList> contexts;
    std::optional<QString> groundTruth;
    std::optional<QStringList> referenceContexts;
    // One object per context (retrieval metadata such as title, score, position);
    // empty when the dataset gave plain strings.
    QJsonArray contextMetadata;
    // Every dataset field that is not one of the above, kept for the report.
    QJsonObject metadata;

    // The report JSON shape of the sample's inputs (CONTRACTS "Report JSON").
    QJsonObject toJson() const;
};

// Names of the inputs a metric can need, as listed by `evalbench metrics --json`.
enum class SampleField
{
    Question,
    Answer,
    Contexts,
    GroundTruth,
    ReferenceContexts
};

QString sampleFieldName(SampleField field);
bool sampleHas(const Sample& sample, SampleField field);

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::Sample)
