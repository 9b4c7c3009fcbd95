// SPDX-License-Identifier: MIT
#include "judge/judgecache.h"

#include "store/storereader.h"
#include "store/storewriter.h"

#include <QCryptographicHash>

namespace evalbench {

namespace {
// Long enough to batch a burst of answers into one transaction, short enough that
// a crash loses next to nothing.
constexpr int kWriteDelayMs = 20;
} // namespace

JudgeCache::JudgeCache(StoreWriter& writer, QObject* parent)
    : QObject(parent)
    , m_writer(writer)
    , m_reader(std::make_unique<StoreReader>(writer.databasePath()))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kWriteDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &JudgeCache::writePending);
}

JudgeCache::~JudgeCache()
{
    writePending();
}

QString JudgeCache::requestHash(const QString& baseUrl, const QString& model, const QByteArray& canonicalRequest)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(baseUrl.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(model.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(canonicalRequest);
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<JudgeCacheRow> JudgeCache::find(const QString& requestHash) const
{
    for (const JudgeCacheRow& row : m_pending) {
        if (row.requestHash == requestHash)
            return row;
    }
    return m_reader->judgeAnswer(requestHash);
}

void JudgeCache::put(JudgeCacheRow row)
{
    m_pending.append(std::move(row));
    if (!m_timer.isActive())
        m_timer.start();
}

void JudgeCache::flush()
{
    writePending();
    m_writer.flush();
}

void JudgeCache::writePending()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    m_writer.putJudgeAnswers(std::exchange(m_pending, {}));
}

} // namespace evalbench
