// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace evalbench {

// An HTTP error answer in FastAPI's shape: {"detail": "message"}, or for validation (422)
// {"detail": [{"loc": ["body", "question"], "msg": "field required", "type": "value_error.missing"}]}.
struct HttpProblem
{
    int status = 400;
    QJsonObject body;

    static HttpProblem detail(int status, const QString& message);
};

// Collects every validation problem of one request, so the caller sees them all at once.
class FieldProblems
{
public:
    // `loc` without the leading "body" / "query", e.g. {"contexts", 2}.
    void add(const QJsonArray& loc, const QString& message, const QString& type, const QString& where = {});
    void missing(const QString& field, const QString& where = {});
    bool isEmpty() const { return m_items.isEmpty(); }
    QJsonArray items() const { return m_items; }
    HttpProblem toProblem() const; // 422

private:
    QJsonArray m_items;
};

} // namespace evalbench
