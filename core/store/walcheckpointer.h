// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>

#include <QObject>
#include <QString>
#include <QThread>

class QTimer;

namespace evalbench {

// Copies the write-ahead log back into the database file on its own thread and connection,
// so that the writer does not. With synchronous=NORMAL a checkpoint ends with an fsync of the
// database file, which took 60-70 ms under API load; run by the writer after its commit, it
// held up every post waiting for the next commit. A PASSIVE checkpoint here blocks neither the
// writer nor readers. The writer keeps SQLite's auto-checkpoint: it then only finds the few
// frames written since this one ran, and it is what lets the log start over from its beginning
// (SQLite rewinds the log only after a checkpoint that left no frame behind).
class WalCheckpointer : public QObject
{
    Q_OBJECT
public:
    explicit WalCheckpointer(QString databasePath, QObject* parent = nullptr);
    ~WalCheckpointer() override; // waits for a checkpoint in progress

    // Any thread, cheap: a transaction committed; a checkpoint follows within 10 ms. Pokes
    // meanwhile are folded into that one.
    void poke();

Q_SIGNALS:
    // A checkpoint ran: the frames in the log, and how many of them are now in the database
    // file (all of them unless a reader or a commit came in the way). Emitted on the thread
    // this object lives in.
    void checkpointed(int logFrames, int checkpointedFrames);

private:
    void checkpoint(); // on m_thread

    QString m_path;
    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread
    QTimer* m_timer = nullptr; // lives in m_thread, single shot
    std::atomic<bool> m_scheduled = false;
};

} // namespace evalbench
