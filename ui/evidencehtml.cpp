// SPDX-License-Identifier: MIT
#include "ui/evidencehtml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace evalbench {

namespace {

QString cell(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().toHtmlEscaped();
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 6);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("✓") : QStringLiteral("✗");
    if (value.isNull() || value.isUndefined())
        return {};
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact)).toHtmlEscaped();
}

bool allStrings(const QJsonArray& list)
{
    for (const QJsonValue& item : list) {
        if (!item.isString())
            return false;
    }
    return true;
}

bool allObjects(const QJsonArray& list)
{
    for (const QJsonValue& item : list) {
        if (!item.isObject())
            return false;
    }
    return !list.isEmpty();
}

QString table(const QJsonArray& rows)
{
    // Columns in the order the first row has them, with any others after.
    QStringList columns;
    for (const QJsonValue& row : rows) {
        for (const QString& key : row.toObject().keys()) {
            if (!columns.contains(key))
                columns.append(key);
        }
    }
    // Put the verdict-like columns first and the reason last: easiest to scan.
    for (const char* first : { "reason" }) {
        const QString key = QString::fromLatin1(first);
        if (columns.removeOne(key))
            columns.append(key);
    }
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const QString& column : std::as_const(columns))
        html += QStringLiteral("<th>") + column.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (const QJsonValue& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& column : std::as_const(columns))
            html += QStringLiteral("<td>") + cell(row.toObject().value(column)) + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString EvidenceHtml::render(const QString& metric, const QJsonObject& evidence)
{
    if (evidence.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>") + tr("Evidence: %1").arg(metric).toHtmlEscaped() + QStringLiteral("</h4>");
    QString scalars;
    for (auto it = evidence.begin(); it != evidence.end(); ++it) {
        const QString label = it.key().toHtmlEscaped();
        if (it.value().isArray()) {
            const QJsonArray list = it.value().toArray();
            html += QStringLiteral("<p><b>") + label + QStringLiteral("</b> (") + QString::number(list.size())
                + QStringLiteral(")</p>");
            if (list.isEmpty())
                continue;
            if (allObjects(list)) {
                html += table(list);
            } else if (allStrings(list)) {
                html += QStringLiteral("<ol>");
                for (const QJsonValue& item : list)
                    html +=
                        QStringLiteral("<li style=\"white-space: pre-wrap\">") + cell(item) + QStringLiteral("</li>");
                html += QStringLiteral("</ol>");
            } else {
                html += QStringLiteral("<p>") + cell(list) + QStringLiteral("</p>");
            }
        } else {
            scalars += QStringLiteral("<tr><td><b>") + label
                + QStringLiteral("</b></td><td style=\"white-space: "
                                 "pre-wrap\">")
                + cell(it.value()) + QStringLiteral("</td></tr>");
        }
    }
    if (!scalars.isEmpty())
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">") + scalars + QStringLiteral("</table>");
    return html;
}

} // namespace evalbench
