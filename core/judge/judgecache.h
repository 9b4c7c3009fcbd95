// SPDX-License-Identifier: MIT
#pragma once

#include "store/judgerows.h"

#include <optional>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace evalbench {

class StoreReader;
class StoreWriter;

// Every judge and embedding answer, by a hash of (base URL, model, request). Lives
// on the judge's thread: lookups read through that thread's connection, new
// answers are written in small batches a few milliseconds after they arrive, so a
// crash loses at most those milliseconds and a re-run makes no call at all.
class JudgeCache : public QObject
{
    Q_OBJECT
public:
    JudgeCache(StoreWriter& writer, QObject* parent = nullptr);
    ~JudgeCache() override;

    // The hash of one request: the endpoint's base URL, the model, and the whole
    // canonical request (prompt, n, temperature, max tokens...).
    static QString requestHash(const QString& baseUrl, const QString& model, const QByteArray& canonicalRequest);

    std::optional<JudgeCacheRow> find(const QString& requestHash) const;
    void put(JudgeCacheRow row);
    // Writes what is pending and waits for it (end of a run, cancel).
    void flush();

private:
    void writePending();

    StoreWriter& m_writer;
    std::unique_ptr<StoreReader> m_reader;
    QList<JudgeCacheRow> m_pending;
    QTimer m_timer;
};

} // namespace evalbench
