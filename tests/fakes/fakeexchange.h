// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace evalbench::fakes {

// One HTTP request as FakeOpenAiServer received it.
struct FakeRequest
{
    QByteArray method;
    QString path; // without the query, e.g. /v1/chat/completions
    QString query; // after '?', undecoded
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QJsonObject json; // the body when it is a JSON object
    int index = 0; // arrival order over the server's life, from 0

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    bool isChat() const { return path.endsWith(QLatin1String("/chat/completions")); }
    bool isEmbeddings() const { return path.endsWith(QLatin1String("/embeddings")); }
};

// How the server answers one request.
struct FakeReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type defaults to application/json
    QByteArray body;
    int delayMs = -1; // -1: the server's default delay
    bool stall = false; // never answer; the connection stays open until the client gives up
    bool dropConnection = false; // close the connection instead of answering
};

} // namespace evalbench::fakes
