// SPDX-License-Identifier: MIT
#include "io/datasetrecordmapper.h"

#include "io/dataseterror.h"
#include "io/datasetutf8.h"

#include <array>

#include <QJsonDocument>
#include <QJsonObject>

namespace evalbench {

namespace {
QString quoted(const QString& key)
{
    return u'"' + key + u'"';
}

bool isBlank(const QString& text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// A CSV cell holding a JSON array ("[\"a\", \"b\"]") is that list; anything else is plain text.
std::optional<QJsonArray> jsonArrayCell(const QByteArray& cell)
{
    qsizetype i = 0;
    while (i < cell.size() && (cell[i] == ' ' || cell[i] == '\t' || cell[i] == '\r' || cell[i] == '\n'))
        ++i;
    if (i == cell.size() || cell[i] != '[')
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(cell, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    return document.array();
}
} // namespace

DatasetRecordMapper::DatasetRecordMapper(QString path)
    : m_path(std::move(path))
{ }

EvalError DatasetRecordMapper::error(ErrorCode code, int line, const QString& field, const QString& what) const
{
    return datasetError(code, m_path, line, field, what);
}

std::optional<EvalError> DatasetRecordMapper::checkUtf8(const char* data, qsizetype size, int line)
{
    const qsizetype bad = invalidUtf8Offset(data, size);
    if (bad < 0)
        return std::nullopt;
    return error(ErrorCode::ParseError, line + countNewlines(data, bad), QString(),
        QStringLiteral("the text is not valid UTF-8; save the file with UTF-8 encoding"));
}

std::optional<EvalError> DatasetRecordMapper::mapJson(const char* data, qsizetype size, int line, Sample& out)
{
    if (auto bad = checkUtf8(data, size, line))
        return bad;
    qsizetype first = 0;
    while (first < size && (data[first] == ' ' || data[first] == '\t'))
        ++first;
    if (first < size && data[first] != '{') {
        const QString kind = DatasetFields::describeStart(data[first]);
        if (!kind.isEmpty())
            return error(ErrorCode::BadFormat, line, QString(),
                QStringLiteral("record ") + QString::number(m_records + 1) + QStringLiteral(" is ") + kind
                    + QStringLiteral(", expected a JSON object"));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(data, size), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), size);
        qsizetype lineStart = offset;
        while (lineStart > 0 && data[lineStart - 1] != '\n')
            --lineStart;
        return error(ErrorCode::ParseError, line + countNewlines(data, offset), QString(),
            QStringLiteral("invalid JSON: ") + parseError.errorString() + QStringLiteral(" near column ")
                + QString::number(offset - lineStart + 1));
    }
    return mapObject(document.object(), line, out);
}

std::optional<EvalError> DatasetRecordMapper::setCsvHeader(const QByteArrayList& cells, int line)
{
    m_csvNames.clear();
    m_csvFields.clear();
    std::array<QString, size_t(DatasetSlot::Count)> slotColumns;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (auto bad = checkUtf8(cells[i].constData(), cells[i].size(), line))
            return bad;
        QString name = QString::fromUtf8(cells[i]).trimmed();
        // pandas writes an unnamed index column; keep it as metadata under a usable name.
        if (name.isEmpty())
            name = QStringLiteral("column_") + QString::number(i + 1);
        if (m_csvNames.contains(name))
            return error(ErrorCode::BadFormat, line, name,
                QStringLiteral("the header names ") + quoted(name)
                    + QStringLiteral(" twice; column names must be unique"));
        const std::optional<DatasetField> field = DatasetFields::fieldForKey(name);
        if (field) {
            QString& first = slotColumns[size_t(DatasetFields::slotOf(*field))];
            if (!first.isEmpty())
                return error(ErrorCode::BadFormat, line, name,
                    quoted(first) + QStringLiteral(" and ") + quoted(name)
                        + QStringLiteral(" are both given; keep only one"));
            first = name;
        }
        m_csvNames.append(name);
        m_csvFields.append(field);
    }
    if (slotColumns[size_t(DatasetSlot::Question)].isEmpty())
        return error(ErrorCode::BadFormat, line, QStringLiteral("question"),
            QStringLiteral("the header has no \"question\" column (accepted names: ")
                + DatasetFields::acceptedNames(DatasetSlot::Question) + u')');
    return std::nullopt;
}

std::optional<EvalError> DatasetRecordMapper::mapCsv(const QByteArrayList& cells, int line, Sample& out)
{
    if (cells.size() > m_csvNames.size())
        return error(ErrorCode::ParseError, line, QString(),
            QStringLiteral("the record has ") + QString::number(cells.size())
                + QStringLiteral(" fields but the header has ") + QString::number(m_csvNames.size())
                + QStringLiteral(" columns; quote fields that contain commas"));
    // Cells become the JSON a JSON dataset would hold, so both formats share one set of rules.
    // Missing trailing cells (a short row) are "not given".
    QJsonObject object;
    int cellLine = line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QByteArray& cell = cells[i];
        if (auto bad = checkUtf8(cell.constData(), cell.size(), cellLine))
            return bad;
        cellLine += countNewlines(cell.constData(), cell.size());
        const QString& name = m_csvNames[i];
        const std::optional<DatasetField> field = m_csvFields[i];
        if (!field || *field == DatasetField::Question || *field == DatasetField::Answer) {
            object.insert(name, QString::fromUtf8(cell)); // an empty answer is a real answer
            continue;
        }
        if (cell.isEmpty()) {
            if (*field == DatasetField::Contexts)
                object.insert(name, QJsonArray()); // no context retrieved
            continue; // id, ground truth, reference contexts: not given
        }
        if (*field == DatasetField::Contexts || *field == DatasetField::ReferenceContexts
            || *field == DatasetField::GroundTruths) {
            if (std::optional<QJsonArray> list = jsonArrayCell(cell)) {
                object.insert(name, *list);
                continue;
            }
        }
        object.insert(name, QString::fromUtf8(cell));
    }
    return mapObject(object, line, out);
}

std::optional<EvalError> DatasetRecordMapper::mapObject(const QJsonObject& object, int line, Sample& out)
{
    struct Given
    {
        QString key;
        QJsonValue value;
        DatasetField field = DatasetField::Id;
    };
    std::array<std::optional<Given>, size_t(DatasetSlot::Count)> given;
    out = Sample();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const std::optional<DatasetField> field = DatasetFields::fieldForKey(key);
        if (!field) {
            out.metadata.insert(key, it.value());
            if (!m_extraSeen.contains(key)) {
                m_extraSeen.insert(key);
                m_extraFields.append(key);
            }
            continue;
        }
        const QJsonValue value = it.value();
        if (value.isNull())
            continue; // JSON null means "not given"
        std::optional<Given>& slot = given[size_t(DatasetFields::slotOf(*field))];
        if (slot)
            return error(ErrorCode::BadFormat, line, key,
                quoted(slot->key) + QStringLiteral(" and ") + quoted(key)
                    + QStringLiteral(" are both given; keep only one"));
        slot = Given { key, value, *field };
    }

    auto fail = [&](const Given& g, const QString& what) { return error(ErrorCode::BadFormat, line, g.key, what); };
    const auto& question = given[size_t(DatasetSlot::Question)];
    if (!question)
        return error(ErrorCode::BadFormat, line, QStringLiteral("question"),
            QStringLiteral("\"question\" is missing (accepted names: ")
                + DatasetFields::acceptedNames(DatasetSlot::Question) + u')');
    if (auto bad = DatasetFields::toText(question->key, question->value, out.question))
        return fail(*question, *bad);
    if (isBlank(out.question))
        return fail(*question, quoted(question->key) + QStringLiteral(" is empty; every sample needs a question"));

    if (const auto& answer = given[size_t(DatasetSlot::Answer)]) {
        out.answer.emplace();
        if (auto bad = DatasetFields::toText(answer->key, answer->value, *out.answer))
            return fail(*answer, *bad);
    }
    if (const auto& contexts = given[size_t(DatasetSlot::Contexts)]) {
        out.contexts.emplace();
        if (auto bad = DatasetFields::toContexts(contexts->key, contexts->value, *out.contexts, out.contextMetadata))
            return fail(*contexts, *bad);
    }
    if (const auto& truth = given[size_t(DatasetSlot::GroundTruth)]) {
        if (truth->field == DatasetField::GroundTruths) {
            if (auto bad = DatasetFields::toFirstText(truth->key, truth->value, out.groundTruth))
                return fail(*truth, *bad);
        } else {
            out.groundTruth.emplace();
            if (auto bad = DatasetFields::toText(truth->key, truth->value, *out.groundTruth))
                return fail(*truth, *bad);
        }
    }
    if (const auto& references = given[size_t(DatasetSlot::ReferenceContexts)]) {
        out.referenceContexts.emplace();
        if (auto bad = DatasetFields::toStringList(references->key, references->value, *out.referenceContexts))
            return fail(*references, *bad);
    }
    const int number = m_records + 1;
    if (const auto& id = given[size_t(DatasetSlot::Id)]) {
        if (auto bad = DatasetFields::toId(id->key, id->value, out.id))
            return fail(*id, *bad);
    }
    if (out.id.isEmpty())
        out.id = QStringLiteral("row-") + QString::number(number);
    const auto seen = m_idLines.constFind(out.id);
    if (seen != m_idLines.constEnd())
        return error(ErrorCode::BadFormat, line, QStringLiteral("id"),
            QStringLiteral("\"id\" ") + quoted(out.id) + QStringLiteral(" is used twice (first on line ")
                + QString::number(*seen) + QStringLiteral("); ids must be unique"));
    m_idLines.insert(out.id, line);

    for (size_t slot = 0; slot < given.size(); ++slot) {
        if (given[slot])
            m_present |= 1U << slot;
    }
    if (out.answer)
        m_present |= 1U << size_t(DatasetSlot::Answer); // CSV gives "" even for a blank cell
    m_records = number;
    return std::nullopt;
}

QStringList DatasetRecordMapper::presentFields() const
{
    QStringList names;
    for (size_t slot = 0; slot < size_t(DatasetSlot::Count); ++slot) {
        if (m_present & (1U << slot))
            names.append(DatasetFields::slotName(DatasetSlot(slot)));
    }
    return names;
}

} // namespace evalbench
