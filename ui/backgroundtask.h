// SPDX-License-Identifier: MIT
#pragma once

#include <type_traits>
#include <utility>

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

namespace evalbench {

// Runs `work` on the global thread pool and hands its result to `done` on
// `context`'s thread. If `context` is destroyed first, `done` is not called
// (`work` still runs: keep the returned future to wait for it when `work` uses
// an object that may go away).
// A QFutureWatcher (connected before the future is set) is used rather than
// QFuture::then(context, …): with Qt 6.4 we saw continuations attached that
// way silently never run under load.
template <typename Work, typename Done>
QFuture<std::invoke_result_t<Work>> runInBackground(QObject* context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        done(watcher->result());
        watcher->deleteLater();
    });
    QFuture<Result> future = QtConcurrent::run(std::move(work));
    watcher->setFuture(future);
    return future;
}

} // namespace evalbench
