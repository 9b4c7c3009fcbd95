// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace evalbench::cli {

// Options valid before or after any sub-command: --data-dir DIR and --lang L.
// They are taken out of the argument list so each command parses only its own.
struct GlobalOptions
{
    QString dataDir;
    QString language;
    QStringList remaining; // program name first, then everything else in order
    QString error; // e.g. "--data-dir needs a value"

    static GlobalOptions extract(const QStringList& arguments);
};

} // namespace evalbench::cli
