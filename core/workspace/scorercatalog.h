// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"
#include "workspace/scorerinfo.h"

#include <optional>

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace evalbench {

// Every scorer an analyst can pick: the built-in ones, then the custom ones found under
// DATA_DIR/scorers/<id>/scorer.json. With Watch::Yes the folder is watched, and a new,
// changed or removed manifest is picked up while EvalBench runs (no restart).
// Lives on the thread that created it; scorers(), find() and problems() may be called from
// any thread (they read a snapshot under a mutex).
class ScorerCatalog : public QObject
{
    Q_OBJECT
public:
    enum class Watch
    {
        No,
        Yes
    };

    // `scorersDir` need not exist yet; when watching, it is picked up once created.
    explicit ScorerCatalog(QString scorersDir, Watch watch = Watch::No, QObject* parent = nullptr);
    ~ScorerCatalog() override;

    QString scorersDir() const { return m_scorersDir; }
    // Built-ins first (builtinScorerInfos() order), then custom scorers sorted by id.
    QList<ScorerInfo> scorers() const;
    std::optional<ScorerInfo> find(const QString& id) const;
    // Manifests that could not be loaded, each naming its file and what to fix (PARSE_ERROR,
    // BAD_FORMAT; a custom id that repeats a built-in or another manifest is BAD_FORMAT).
    QList<EvalError> problems() const;

    // Rescans the folder now (the watcher calls it after changes settle).
    void reload();

Q_SIGNALS:
    // After a reload that changed the scorers or the problems.
    void changed();

private:
    void rewatch();

    QString m_scorersDir;
    mutable QMutex m_mutex;
    QList<ScorerInfo> m_custom; // guarded by m_mutex
    QList<EvalError> m_problems; // guarded by m_mutex
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace evalbench
