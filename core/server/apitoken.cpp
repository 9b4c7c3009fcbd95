// SPDX-License-Identifier: MIT
#include "server/apitoken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace evalbench {

ApiToken::ApiToken(const QString& token)
    : m_token(token.trimmed().toUtf8())
{ }

bool ApiToken::constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    // Comparing digests keeps the time independent of both the lengths and the contents.
    const QByteArray da = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray db = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < da.size(); ++i)
        difference |= static_cast<unsigned char>(da[i] ^ db[i]);
    return difference == 0;
}

bool ApiToken::accepts(const QByteArray& authorization, const QByteArray& apiKey) const
{
    if (!isSet())
        return true;
    bool ok = false;
    const QByteArray auth = authorization.trimmed();
    if (auth.size() > 7 && auth.left(7).toLower() == "bearer ")
        ok |= constantTimeEquals(auth.mid(7).trimmed(), m_token);
    if (!apiKey.isEmpty())
        ok |= constantTimeEquals(apiKey.trimmed(), m_token);
    return ok;
}

QString ApiToken::generate()
{
    QByteArray bytes(24, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace evalbench
