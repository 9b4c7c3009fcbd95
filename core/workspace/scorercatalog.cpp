// SPDX-License-Identifier: MIT
#include "workspace/scorercatalog.h"

#include "workspace/builtinscorers.h"
#include "workspace/scorermanifest.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMutexLocker>
#include <QTimer>

namespace evalbench {

namespace {

// Changes usually come in bursts (an editor's save is several events): wait until they settle.
constexpr int kDebounceMs = 200;

const QString kManifestName = QStringLiteral("scorer.json");

bool sameParams(const QList<ScorerParamInfo>& a, const QList<ScorerParamInfo>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.name == y.name && x.description == y.description && x.defaultValue == y.defaultValue
            && x.choices == y.choices;
    });
}

bool sameScorers(const QList<ScorerInfo>& a, const QList<ScorerInfo>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const ScorerInfo& x, const ScorerInfo& y) {
        return x.id == y.id && x.name == y.name && x.version == y.version && x.task == y.task
            && x.description == y.description && x.primaryMetric == y.primaryMetric && sameParams(x.params, y.params)
            && x.folder == y.folder && x.manifestPath == y.manifestPath && x.command == y.command
            && x.timeoutSeconds == y.timeoutSeconds;
    });
}

bool sameProblems(const QList<EvalError>& a, const QList<EvalError>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const EvalError& x, const EvalError& y) {
        return x.code == y.code && x.message == y.message && x.stage == y.stage && x.details == y.details;
    });
}

EvalError idProblem(const ScorerInfo& scorer, const QString& text)
{
    return EvalError { ErrorCode::BadFormat,
        ScorerManifest::shownPath(scorer.manifestPath) + QStringLiteral(": ") + text, QStringLiteral("validation"),
        { { QStringLiteral("file"), scorer.manifestPath }, { QStringLiteral("field"), QStringLiteral("id") } } };
}

QFileInfoList scorerFolders(const QString& scorersDir)
{
    return QDir(scorersDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

ScorerCatalog::ScorerCatalog(QString scorersDir, Watch watch, QObject* parent)
    : QObject(parent)
    , m_scorersDir(QDir::cleanPath(QFileInfo(scorersDir).absoluteFilePath()))
{
    if (watch == Watch::Yes) {
        m_watcher = new QFileSystemWatcher(this);
        m_debounce = new QTimer(this);
        m_debounce->setSingleShot(true);
        m_debounce->setInterval(kDebounceMs);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_debounce, qOverload<>(&QTimer::start));
        connect(m_watcher, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));
        connect(m_debounce, &QTimer::timeout, this, &ScorerCatalog::reload);
    }
    reload();
}

ScorerCatalog::~ScorerCatalog() = default;

QList<ScorerInfo> ScorerCatalog::scorers() const
{
    QList<ScorerInfo> all = builtinScorerInfos();
    QMutexLocker lock(&m_mutex);
    all += m_custom;
    return all;
}

std::optional<ScorerInfo> ScorerCatalog::find(const QString& id) const
{
    if (const ScorerInfo* builtin = findBuiltinScorer(id))
        return *builtin;
    QMutexLocker lock(&m_mutex);
    for (const ScorerInfo& scorer : m_custom) {
        if (scorer.id == id)
            return scorer;
    }
    return std::nullopt;
}

QList<EvalError> ScorerCatalog::problems() const
{
    QMutexLocker lock(&m_mutex);
    return m_problems;
}

void ScorerCatalog::reload()
{
    // Watch first, then scan: a change made while scanning triggers another reload instead of
    // being lost.
    if (m_watcher)
        rewatch();

    QList<ScorerInfo> custom;
    QList<EvalError> problems;
    for (const QFileInfo& folder : scorerFolders(m_scorersDir)) {
        const QString manifest = folder.absoluteFilePath() + QLatin1Char('/') + kManifestName;
        if (!QFileInfo::exists(manifest))
            continue;
        auto loaded = ScorerManifest::read(manifest);
        if (!loaded.ok()) {
            problems.append(loaded.error);
            continue;
        }
        const ScorerInfo& scorer = *loaded.value;
        const auto sameId = [&scorer](const ScorerInfo& other) { return other.id == scorer.id; };
        if (findBuiltinScorer(scorer.id)) {
            problems.append(idProblem(scorer,
                QStringLiteral("\"id\" \"%1\" is the id of a built-in scorer; choose another id").arg(scorer.id)));
        } else if (const auto first = std::find_if(custom.cbegin(), custom.cend(), sameId); first != custom.cend()) {
            problems.append(idProblem(scorer,
                QStringLiteral("\"id\" \"%1\" is already used by %2; give one of them another id and this one is "
                               "used again")
                    .arg(scorer.id, ScorerManifest::shownPath(first->manifestPath))));
        } else {
            custom.append(scorer);
        }
    }
    std::sort(custom.begin(), custom.end(), [](const ScorerInfo& a, const ScorerInfo& b) { return a.id < b.id; });

    bool different = false;
    {
        QMutexLocker lock(&m_mutex);
        different = !sameScorers(custom, m_custom) || !sameProblems(problems, m_problems);
        if (different) {
            m_custom = std::move(custom);
            m_problems = std::move(problems);
        }
    }
    if (different)
        Q_EMIT changed();
}

void ScorerCatalog::rewatch()
{
    // Editors save by writing a new file and renaming it over the old one, which ends the
    // watch on the old file; so every reload starts from a clean list.
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);

    QStringList paths;
    if (QFileInfo(m_scorersDir).isDir()) {
        paths << m_scorersDir;
        for (const QFileInfo& folder : scorerFolders(m_scorersDir)) {
            paths << folder.absoluteFilePath();
            const QString manifest = folder.absoluteFilePath() + QLatin1Char('/') + kManifestName;
            if (QFileInfo::exists(manifest))
                paths << manifest;
        }
    } else if (const QString parent = QFileInfo(m_scorersDir).absolutePath(); QFileInfo(parent).isDir()) {
        // Only while the folder is missing: the parent (the data folder) changes often.
        paths << parent;
    }
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

} // namespace evalbench
