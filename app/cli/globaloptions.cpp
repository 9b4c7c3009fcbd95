// SPDX-License-Identifier: MIT
#include "cli/globaloptions.h"

namespace evalbench::cli {

GlobalOptions GlobalOptions::extract(const QStringList& arguments)
{
    GlobalOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        bool matched = false;
        for (const auto& [name, target] : { std::pair { QStringLiteral("--data-dir"), &options.dataDir },
                 std::pair { QStringLiteral("--lang"), &options.language } }) {
            if (argument == name) {
                if (i + 1 >= arguments.size()) {
                    options.error = QStringLiteral("%1 needs a value").arg(name);
                } else {
                    *target = arguments.at(++i);
                }
                matched = true;
            } else if (argument.startsWith(name + QLatin1Char('='))) {
                *target = argument.mid(name.size() + 1);
                matched = true;
            }
        }
        if (!matched)
            options.remaining.append(argument);
    }
    return options;
}

} // namespace evalbench::cli
