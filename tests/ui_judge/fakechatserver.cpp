// SPDX-License-Identifier: MIT
#include "fakechatserver.h"

#include <QTcpSocket>

FakeChatServer::FakeChatServer(QObject* parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &FakeChatServer::onConnection);
    listen(QHostAddress::LocalHost, 0);
}

QString FakeChatServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(serverPort());
}

void FakeChatServer::onConnection()
{
    while (QTcpSocket* socket = nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buffer->left(headEnd).toLower();
            qsizetype length = 0;
            if (const qsizetype at = head.indexOf("content-length:"); at >= 0)
                length = head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            if (buffer->size() < headEnd + 4 + length)
                return;
            m_lastRequest = *buffer;
            buffer->clear();
            ++m_requests;
            const QByteArray body = R"({"id":"x","object":"chat.completion","model":"fake","choices":[{"index":0,)"
                                    R"("message":{"role":"assistant","content":"OK"},"finish_reason":"stop"}],)"
                                    R"("usage":{"prompt_tokens":12,"completion_tokens":1,"total_tokens":13}})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
    }
}
