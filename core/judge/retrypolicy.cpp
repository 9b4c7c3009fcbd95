// SPDX-License-Identifier: MIT
#include "judge/retrypolicy.h"

#include <algorithm>

#include <QRandomGenerator>
#include <QString>

namespace evalbench {

qint64 RetryPolicy::backoffMs(int retry) const
{
    const qint64 capMs = std::max<qint64>(0, cap.count());
    qint64 ceiling = std::max<qint64>(1, base.count());
    for (int i = 0; i < retry && ceiling < capMs; ++i)
        ceiling *= 2;
    ceiling = std::min(ceiling, capMs);
    return ceiling <= 0 ? 0 : static_cast<qint64>(QRandomGenerator::global()->bounded(static_cast<double>(ceiling)));
}

qint64 RetryPolicy::delayMs(int retry, const QByteArray& retryAfter, const QDateTime& nowUtc) const
{
    qint64 delay = backoffMs(retry);
    if (const std::optional<qint64> asked = parseRetryAfterMs(retryAfter, nowUtc))
        delay = std::max(delay, std::min<qint64>(*asked, maxRetryAfter.count()));
    return delay;
}

std::optional<qint64> RetryPolicy::parseRetryAfterMs(const QByteArray& value, const QDateTime& nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double seconds = trimmed.toDouble(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(static_cast<qint64>(seconds * 1000.0));
    // IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT": Qt's RFC 2822 parser wants a numeric zone.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 3) + QStringLiteral("+0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

} // namespace evalbench
