// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace evalbench {

// One request in flight that other identical requests wait for instead of
// calling again (the rubric's evaluation steps, repeated questions).
class JudgePendingCall : public QObject
{
    Q_OBJECT
public:
    QJsonObject answer; // the cached-answer shape; empty on failure
    QString error;
    bool timedOut = false;

Q_SIGNALS:
    void finished();
};

} // namespace evalbench
