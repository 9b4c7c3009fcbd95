// SPDX-License-Identifier: MIT
#include "server/httpproblem.h"

namespace evalbench {

HttpProblem HttpProblem::detail(int status, const QString& message)
{
    return { status, { { QStringLiteral("detail"), message } } };
}

void FieldProblems::add(const QJsonArray& loc, const QString& message, const QString& type, const QString& where)
{
    QJsonArray fullLoc { where.isEmpty() ? QStringLiteral("body") : where };
    for (const QJsonValue& part : loc)
        fullLoc.append(part);
    m_items.append(QJsonObject {
        { QStringLiteral("loc"), fullLoc }, { QStringLiteral("msg"), message }, { QStringLiteral("type"), type } });
}

void FieldProblems::missing(const QString& field, const QString& where)
{
    add({ field }, QStringLiteral("field required"), QStringLiteral("value_error.missing"), where);
}

HttpProblem FieldProblems::toProblem() const
{
    return { 422, { { QStringLiteral("detail"), m_items } } };
}

} // namespace evalbench
