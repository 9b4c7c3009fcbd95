// SPDX-License-Identifier: MIT
#pragma once

#include "server/httpproblem.h"

#include <functional>

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace evalbench {

// One request as the routes see it, free of QHttpServer types (they change between Qt 6.4 and
// 6.8; HttpListener translates).
struct HttpCall
{
    QByteArray method; // "GET", "POST", ...
    QString path; // decoded, without the query
    QUrlQuery query;
    QByteArray body;
    std::function<QByteArray(const QByteArray&)> header; // case-insensitive; empty when absent
};

struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonObject& object)
    {
        return { status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {} };
    }
    static HttpReply problem(const HttpProblem& problem) { return json(problem.status, problem.body); }
    static HttpReply detail(int status, const QString& message)
    {
        return problem(HttpProblem::detail(status, message));
    }
};

} // namespace evalbench
