// SPDX-License-Identifier: MIT
#include "io/samplejsonencoder.h"

#include <cmath>

#include <QJsonDocument>
#include <QLocale>

namespace evalbench {

namespace {

void appendKey(QByteArray& out, const char* key, bool first = false)
{
    if (!first)
        out += ',';
    out += '"';
    out += key;
    out += "\":";
}

void appendOptionalString(QByteArray& out, const std::optional<QString>& text)
{
    if (text)
        SampleJsonEncoder::appendString(out, *text);
    else
        out += "null";
}

void appendOptionalList(QByteArray& out, const std::optional<QStringList>& list)
{
    if (!list) {
        out += "null";
        return;
    }
    out += '[';
    for (qsizetype i = 0; i < list->size(); ++i) {
        if (i > 0)
            out += ',';
        SampleJsonEncoder::appendString(out, list->at(i));
    }
    out += ']';
}

} // namespace

void SampleJsonEncoder::appendString(QByteArray& out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += byte;
            }
        }
    }
    out += '"';
}

void SampleJsonEncoder::appendNumber(QByteArray& out, double value)
{
    if (!std::isfinite(value)) {
        out += "null"; // JSON has no NaN; a value that is not finite is reported as missing
        return;
    }
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray SampleJsonEncoder::encode(const StoredSample& stored, const QStringList& metrics)
{
    const Sample& sample = stored.sample;
    QByteArray out;
    out.reserve(256 + sample.question.size() * 2 + sample.answer.value_or(QString()).size() * 2);
    out += '{';
    appendKey(out, "id", true);
    appendString(out, sample.id);
    appendKey(out, "index");
    out += QByteArray::number(stored.index);
    appendKey(out, "question");
    appendString(out, sample.question);
    appendKey(out, "answer");
    appendOptionalString(out, sample.answer);
    appendKey(out, "contexts");
    appendOptionalList(out, sample.contexts);
    appendKey(out, "ground_truth");
    appendOptionalString(out, sample.groundTruth);
    appendKey(out, "reference_contexts");
    appendOptionalList(out, sample.referenceContexts);
    // Rare and free-form: QJsonDocument writes these.
    if (!sample.contextMetadata.isEmpty()) {
        appendKey(out, "context_metadata");
        out += QJsonDocument(sample.contextMetadata).toJson(QJsonDocument::Compact);
    }
    if (!sample.metadata.isEmpty()) {
        appendKey(out, "metadata");
        out += QJsonDocument(sample.metadata).toJson(QJsonDocument::Compact);
    }

    QByteArray scores = "{";
    QByteArray skipped = "[";
    QByteArray errors = "{";
    QByteArray evidence = "{";
    for (const QString& metric : metrics) {
        const MetricScore* score = stored.score(metric);
        if (scores.size() > 1)
            scores += ',';
        appendString(scores, metric);
        scores += ':';
        if (!score || !score->hasValue())
            scores += "null";
        else
            appendNumber(scores, score->value);
        if (!score)
            continue;
        if (score->status == ScoreStatus::Skipped) {
            if (skipped.size() > 1)
                skipped += ',';
            appendString(skipped, metric);
        } else if (score->status == ScoreStatus::Failed) {
            if (errors.size() > 1)
                errors += ',';
            appendString(errors, metric);
            errors += ':';
            appendString(errors, score->reason);
        }
        if (!score->evidence.isEmpty()) {
            if (evidence.size() > 1)
                evidence += ',';
            appendString(evidence, metric);
            evidence += ':';
            evidence += QJsonDocument(score->evidence).toJson(QJsonDocument::Compact);
        }
    }
    appendKey(out, "scores");
    out += scores + '}';
    appendKey(out, "weighted_score");
    if (stored.weightedScore)
        appendNumber(out, *stored.weightedScore);
    else
        out += "null";
    appendKey(out, "skipped_metrics");
    out += skipped + ']';
    appendKey(out, "errors");
    out += errors + '}';
    appendKey(out, "evidence");
    out += evidence + '}';
    out += '}';
    return out;
}

} // namespace evalbench
