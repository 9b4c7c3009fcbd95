// SPDX-License-Identifier: MIT
#pragma once

#include <type_traits>
#include <utility>

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

namespace evalbench {

// Runs `work` on the global thread pool and hands its result to `done` on
// `context`'s thread. If `context` is destroyed first, `done` is not called.
// A QFutureWatcher (connected before the future is set) is used rather than
// QFuture::then(context, …): with Qt 6.4 we saw continuations attached that
// way silently never run under load.
template <typename Work, typename Done> void runInBackground(QObject* context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace evalbench
