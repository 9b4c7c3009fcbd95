// SPDX-License-Identifier: MIT
#include "store/walcheckpointer.h"

#include "store/connectionpool.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCheckpoint, "evalbench.store.checkpoint")

namespace evalbench {

namespace {

// Short, so that the writer's own checkpoint (at its auto-checkpoint size) finds little of the
// log not yet synced: under API load that checkpoint's fsync is what the slowest posts wait
// for. Measured (30 s, 32 connections, 2 runs each): p99 42 ms at 100 ms, 21-23 ms at 50 ms,
// 12-22 ms at 0-25 ms, with the same posts/s; a busy writer's commits (hundreds a second) still
// fold into one checkpoint per ~10 ms.
constexpr int kDelayMs = 10;

} // namespace

WalCheckpointer::WalCheckpointer(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    m_thread.setObjectName(QStringLiteral("evalbench-checkpoint"));
    m_context = new QObject;
    m_timer = new QTimer(m_context);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    QObject::connect(m_timer, &QTimer::timeout, m_context, [this] { checkpoint(); });
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, [this] {
        ConnectionPool::closeForCurrentThread(m_path);
        delete m_context; // and its timer, on their own thread
    });
    m_thread.start();
}

WalCheckpointer::~WalCheckpointer()
{
    m_thread.quit();
    m_thread.wait();
}

void WalCheckpointer::poke()
{
    if (m_scheduled.exchange(true))
        return;
    QMetaObject::invokeMethod(m_timer, qOverload<>(&QTimer::start), Qt::QueuedConnection);
}

void WalCheckpointer::checkpoint()
{
    // Cleared first: a commit from now on needs a checkpoint after this one.
    m_scheduled = false;
    QString error;
    QSqlDatabase db = ConnectionPool::forCurrentThread(m_path, &error);
    if (!db.isValid() || !db.isOpen()) {
        qCWarning(lcCheckpoint) << "cannot open" << m_path << ":" << error;
        return;
    }
    QSqlQuery query(db);
    // Answers (busy, frames in the log, frames checkpointed); busy only means another
    // checkpoint (the writer's) ran at the same time, and the next poke tries again.
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"))) {
        qCWarning(lcCheckpoint) << m_path << ":" << query.lastError().text();
        return;
    }
    if (!query.next())
        return;
    const int logFrames = query.value(1).toInt();
    const int checkpointedFrames = query.value(2).toInt();
    QMetaObject::invokeMethod(
        this, [this, logFrames, checkpointedFrames] { Q_EMIT checkpointed(logFrames, checkpointedFrames); },
        Qt::QueuedConnection);
}

} // namespace evalbench
