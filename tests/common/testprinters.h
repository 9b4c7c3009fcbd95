// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>

#include <QString>
#include <QStringList>

// Readable GoogleTest failure messages for Qt types.
QT_BEGIN_NAMESPACE
void PrintTo(const QString& value, std::ostream* os);
void PrintTo(const QStringList& value, std::ostream* os);
QT_END_NAMESPACE
