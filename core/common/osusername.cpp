// SPDX-License-Identifier: MIT
#include "common/osusername.h"

namespace evalbench {

QString osUserName()
{
#ifdef Q_OS_WIN
    return qEnvironmentVariable("USERNAME");
#else
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    return name;
#endif
}

} // namespace evalbench
