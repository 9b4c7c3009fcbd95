// SPDX-License-Identifier: MIT
#include "ui/apiserverpreferences.h"

#include <QSettings>

namespace evalbench {

ApiServerSettings ApiServerPreferences::load()
{
    ApiServerSettings settings;
    const QSettings stored;
    const QHostAddress address(stored.value(QStringLiteral("api/address")).toString());
    if (!address.isNull())
        settings.address = address;
    bool ok = false;
    const uint port = stored.value(QStringLiteral("api/port")).toUInt(&ok);
    if (ok && port <= 65535)
        settings.port = quint16(port);
    settings.token = stored.value(QStringLiteral("api/token")).toString();
    return settings;
}

void ApiServerPreferences::save(const ApiServerSettings& settings)
{
    QSettings stored;
    stored.setValue(QStringLiteral("api/address"), settings.address.toString());
    stored.setValue(QStringLiteral("api/port"), settings.port);
    stored.setValue(QStringLiteral("api/token"), settings.token);
}

} // namespace evalbench
