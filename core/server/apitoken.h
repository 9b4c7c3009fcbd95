// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace evalbench {

// The listener's shared secret. Dify sends it as `Authorization: Bearer <token>` ("API-Key →
// Bearer") or in a custom header, `X-API-Key: <token>` ("API-Key → Custom"). Compared in
// constant time so the answer's timing says nothing about how much of a guess was right.
class ApiToken
{
public:
    explicit ApiToken(const QString& token);

    bool isSet() const { return !m_token.isEmpty(); }
    // The header values as received (either may be empty).
    bool accepts(const QByteArray& authorization, const QByteArray& apiKey) const;

    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
    // A fresh random token (URL-safe base64 of 24 random bytes) for the window's "Generate".
    static QString generate();

private:
    QByteArray m_token;
};

} // namespace evalbench
