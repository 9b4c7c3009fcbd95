// SPDX-License-Identifier: MIT
#pragma once

#include "fakes/fakeexchange.h"

#include <functional>

#include <QObject>

class QTcpSocket;

namespace evalbench::fakes {

// One keep-alive HTTP/1.1 connection of the fake server: reads requests with
// Content-Length bodies one at a time (the next is parsed only once the current
// one is answered, as a client that does not pipeline expects) and writes answers.
class FakeHttpConnection : public QObject
{
    Q_OBJECT
public:
    FakeHttpConnection(QTcpSocket* socket, QObject* parent);

    std::function<void(FakeHttpConnection*, FakeRequest)> onRequest;
    // Closed by the peer or by us; `wasAwaitingAnswer` tells if a request died unanswered.
    std::function<void(FakeHttpConnection*, bool wasAwaitingAnswer)> onClosed;

    void respond(const FakeReply& reply);
    void drop();
    bool isAwaitingAnswer() const { return m_awaitingAnswer; }

private:
    void readAvailable();
    bool parseOne();
    void closed();

    QTcpSocket* m_socket;
    QByteArray m_buffer;
    bool m_awaitingAnswer = false;
    bool m_closeAfterAnswer = false;
    bool m_closed = false;
};

} // namespace evalbench::fakes
