// SPDX-License-Identifier: MIT
#include "common/sample.h"

namespace evalbench {

namespace {
QJsonValue optionalString(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalList(const std::optional<QStringList>& value)
{
    return value ? QJsonValue(QJsonArray::fromStringList(*value)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject Sample::toJson() const
{
    QJsonObject json {
        { QStringLiteral("id"), id },
        { QStringLiteral("question"), question },
        { QStringLiteral("answer"), optionalString(answer) },
        { QStringLiteral("contexts"), optionalList(contexts) },
        { QStringLiteral("ground_truth"), optionalString(groundTruth) },
        { QStringLiteral("reference_contexts"), optionalList(referenceContexts) },
    };
    if (!contextMetadata.isEmpty())
        json.insert(QStringLiteral("context_metadata"), contextMetadata);
    if (!metadata.isEmpty())
        json.insert(QStringLiteral("metadata"), metadata);
    return json;
}

QString sampleFieldName(SampleField field)
{
    switch (field) {
    case SampleField::Question:
        return QStringLiteral("question");
    case SampleField::Answer:
        return QStringLiteral("answer");
    case SampleField::Contexts:
        return QStringLiteral("contexts");
    case SampleField::GroundTruth:
        return QStringLiteral("ground_truth");
    case SampleField::ReferenceContexts:
        return QStringLiteral("reference_contexts");
    }
    return {};
}

bool sampleHas(const Sample& sample, SampleField field)
{
    switch (field) {
    case SampleField::Question:
        return !sample.question.isEmpty();
    case SampleField::Answer:
        return sample.answer.has_value();
    case SampleField::Contexts:
        return sample.contexts.has_value();
    case SampleField::GroundTruth:
        return sample.groundTruth.has_value();
    case SampleField::ReferenceContexts:
        return sample.referenceContexts.has_value() && !sample.referenceContexts->isEmpty();
    }
    return false;
}

} // namespace evalbench
