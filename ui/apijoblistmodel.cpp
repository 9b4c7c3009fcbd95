// SPDX-License-Identifier: MIT
#include "ui/apijoblistmodel.h"

#include "jobs/apijobservice.h"
#include "ui/backgroundtask.h"

#include <algorithm>

#include <QJsonArray>
#include <QLocale>

namespace evalbench {

namespace {

QString questionOf(const ApiJobStatus& job)
{
    return job.requestSummary.value(QStringLiteral("question")).toString();
}

// A status from the scoring loop may come without its request (a long backlog is kept without
// it): keep what the row already knew.
ApiJobStatus merged(const ApiJobStatus& known, ApiJobStatus update)
{
    if (update.requestSummary.isEmpty())
        update.requestSummary = known.requestSummary;
    if (update.runId.isEmpty())
        update.runId = known.runId;
    if (update.sampleIndex < 0)
        update.sampleIndex = known.sampleIndex;
    if (!update.createdAt.isValid())
        update.createdAt = known.createdAt;
    return update;
}

} // namespace

ApiJobListModel::ApiJobListModel(ApiJobService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kCoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &ApiJobListModel::applyUpdates);
    connect(&service, &ApiJobService::jobAccepted, this, &ApiJobListModel::noteJob);
    connect(&service, &ApiJobService::jobChanged, this, &ApiJobListModel::noteJob);
    reload();
}

ApiJobListModel::~ApiJobListModel()
{
    for (QFuture<void>& load : m_loads)
        load.waitForFinished();
}

void ApiJobListModel::setFilter(std::optional<JobState> state, const QString& search)
{
    m_state = state;
    m_search = search.trimmed();
    reload();
}

void ApiJobListModel::reload()
{
    ++m_generation;
    m_loadingFirst = true;
    m_fetching = false;
    load(0, kPageSize);
}

ApiJobQuery ApiJobListModel::query(int offset, int limit) const
{
    ApiJobQuery query;
    query.state = m_state;
    query.search = m_search;
    query.offset = offset;
    query.limit = limit;
    return query;
}

void ApiJobListModel::load(int offset, int limit)
{
    m_loads.removeIf([](const QFuture<void>& load) { return load.isFinished(); });
    ApiJobService* service = &m_service;
    const ApiJobQuery page = query(offset, limit);
    m_loads.append(QFuture<void>(runInBackground(
        this, [service, page] { return service->jobs(page); },
        [this, generation = m_generation, offset](
            const ApiJobPage& result) { applyPage(generation, offset, result); })));
}

void ApiJobListModel::applyPage(quint64 generation, int offset, const ApiJobPage& page)
{
    if (generation != m_generation)
        return;
    if (offset == 0 && m_loadingFirst) {
        beginResetModel();
        m_rows = page.jobs;
        reindex();
        endResetModel();
        m_loadingFirst = false;
        m_atEnd = page.jobs.size() < kPageSize;
        setTotal(page.total);
        Q_EMIT reloaded();
        // Changes that came while the page was read: the page may or may not hold them.
        applyUpdates();
        return;
    }
    m_fetching = false;
    QList<ApiJobStatus> fresh;
    for (const ApiJobStatus& job : page.jobs) {
        if (!m_keyOfJob.contains(job.jobId))
            fresh.append(job);
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        for (int row = first; row < m_rows.size(); ++row)
            m_keyOfJob.insert(m_rows.at(row).jobId, m_topKey + row);
        endInsertRows();
    }
    m_atEnd = page.jobs.size() < kPageSize;
    setTotal(page.total);
    Q_EMIT pageAppended();
}

void ApiJobListModel::setTotal(int total)
{
    m_total = total;
    notifyTotal();
}

void ApiJobListModel::notifyTotal()
{
    if (total() == m_shownTotal)
        return;
    m_shownTotal = total();
    Q_EMIT totalChanged(m_shownTotal);
}

void ApiJobListModel::countTotal()
{
    if (m_counting) {
        m_countAgain = true;
        return;
    }
    m_counting = true;
    m_loads.removeIf([](const QFuture<void>& load) { return load.isFinished(); });
    ApiJobService* service = &m_service;
    const ApiJobQuery count = query(0, 0);
    m_loads.append(QFuture<void>(runInBackground(
        this, [service, count] { return service->jobs(count).total; },
        [this, generation = m_generation](int total) {
            m_counting = false;
            if (generation == m_generation)
                setTotal(total);
            if (std::exchange(m_countAgain, false))
                countTotal();
        })));
}

bool ApiJobListModel::matches(const ApiJobStatus& job) const
{
    if (m_state && job.state != *m_state)
        return false;
    return m_search.isEmpty() || questionOf(job).contains(m_search, Qt::CaseInsensitive);
}

void ApiJobListModel::noteJob(const ApiJobStatus& job)
{
    auto pending = m_pending.find(job.jobId);
    if (pending == m_pending.end()) {
        m_pending.insert(job.jobId, job);
        m_pendingOrder.append(job.jobId);
    } else {
        *pending = merged(*pending, job);
    }
    if (!m_loadingFirst && !m_timer.isActive())
        m_timer.start();
}

void ApiJobListModel::applyUpdates()
{
    m_timer.stop();
    if (m_loadingFirst || m_pending.isEmpty())
        return;
    const QHash<QString, ApiJobStatus> pending = std::exchange(m_pending, {});
    const QList<QString> order = std::exchange(m_pendingOrder, {});

    int firstChanged = -1;
    int lastChanged = -1;
    QList<int> removed;
    QList<ApiJobStatus> inserts;
    for (auto id = order.crbegin(); id != order.crend(); ++id) { // newest first
        const int row = rowOf(*id);
        if (row < 0) {
            if (const ApiJobStatus& job = pending.value(*id); matches(job))
                inserts.append(job);
            continue;
        }
        ApiJobStatus job = merged(m_rows.at(row), pending.value(*id));
        if (!matches(job)) {
            removed.append(row);
            continue;
        }
        m_rows[row] = std::move(job);
        firstChanged = firstChanged < 0 ? row : std::min(firstChanged, row);
        lastChanged = std::max(lastChanged, row);
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    const bool removedAny = !removed.isEmpty();
    if (removedAny)
        removeRowList(std::move(removed));

    // Newest first; new jobs are newer than every row, so they go in as one block at the top.
    std::stable_sort(inserts.begin(), inserts.end(),
        [](const ApiJobStatus& a, const ApiJobStatus& b) { return a.createdAt > b.createdAt; });
    const QDateTime newest = m_rows.isEmpty() ? QDateTime() : m_rows.first().createdAt;
    qsizetype block = 0;
    while (block < inserts.size() && (!newest.isValid() || inserts.at(block).createdAt >= newest))
        ++block;
    if (block > 0) {
        beginInsertRows({}, 0, int(block) - 1);
        for (qsizetype i = block - 1; i >= 0; --i) // QList prepends in amortised O(1)
            m_rows.prepend(inserts.at(i));
        m_topKey -= block;
        for (qsizetype i = 0; i < block; ++i)
            m_keyOfJob.insert(inserts.at(i).jobId, m_topKey + i);
        endInsertRows();
    }
    bool renumber = removedAny;
    for (qsizetype i = block; i < inserts.size(); ++i)
        renumber |= insertJob(inserts.at(i));
    if (m_rows.size() > kMaxRows) {
        beginRemoveRows({}, kMaxRows, int(m_rows.size()) - 1);
        for (qsizetype row = kMaxRows; row < m_rows.size(); ++row)
            m_keyOfJob.remove(m_rows.at(row).jobId);
        m_rows.resize(kMaxRows);
        endRemoveRows();
        m_atEnd = false;
    }
    if (renumber)
        reindex();
    // Counted again in the store (it also sees jobs past the loaded pages).
    notifyTotal();
    if (!inserts.isEmpty() || removedAny || m_state)
        countTotal();
    Q_EMIT updated();
}

bool ApiJobListModel::insertJob(const ApiJobStatus& job)
{
    // The first row older than the job (rows are newest first).
    const auto at = std::upper_bound(m_rows.cbegin(), m_rows.cend(), job.createdAt,
        [](const QDateTime& created, const ApiJobStatus& row) { return created > row.createdAt; });
    const int row = int(at - m_rows.cbegin());
    if (row == m_rows.size() && !m_atEnd)
        return false; // past the loaded pages: fetchMore brings it
    beginInsertRows({}, row, row);
    m_rows.insert(row, job);
    endInsertRows();
    return true;
}

void ApiJobListModel::removeRowList(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1)
            first = rows.at(++i);
        ++i;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
}

void ApiJobListModel::reindex()
{
    m_topKey = 0;
    m_keyOfJob.clear();
    m_keyOfJob.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_keyOfJob.insert(m_rows.at(row).jobId, row);
}

int ApiJobListModel::rowOf(const QString& jobId) const
{
    const auto found = m_keyOfJob.constFind(jobId);
    return found == m_keyOfJob.cend() ? -1 : int(*found - m_topKey);
}

const ApiJobStatus* ApiJobListModel::jobAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ApiJobListModel::rowOfJob(const QString& jobId) const
{
    return rowOf(jobId);
}

bool ApiJobListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching && !m_loadingFirst;
}

void ApiJobListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    load(int(m_rows.size()), kPageSize);
}

int ApiJobListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApiJobListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApiJobListModel::stateText(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return tr("queued");
    case JobState::Running:
        return tr("running");
    case JobState::Completed:
        return tr("completed");
    case JobState::Failed:
        return tr("failed");
    case JobState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QVariant ApiJobListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiJobStatus& job = m_rows.at(index.row());
    switch (role) {
    case JobIdRole:
        return job.jobId;
    case StateRole:
        return int(job.state);
    case RunIdRole:
        return job.runId;
    case SampleIndexRole:
        return job.sampleIndex;
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn || index.column() == LatencyColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return job.error.isEmpty() ? stateText(job.state) : job.error;
        if (index.column() == QuestionColumn) {
            const QString answer = job.requestSummary.value(QStringLiteral("answer")).toString();
            return answer.isEmpty() ? questionOf(job) : tr("%1\n\nAnswer: %2").arg(questionOf(job), answer);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case ReceivedColumn:
        return QLocale().toString(job.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case StatusColumn:
        return stateText(job.state);
    case QuestionColumn:
        return questionOf(job).simplified();
    case ScoreColumn:
        if (job.weightedScore)
            return QLocale().toString(*job.weightedScore, 'f', 3);
        return job.state == JobState::Completed ? QStringLiteral("—") : QString();
    case LatencyColumn:
        return job.latencyMs ? tr("%L1 ms").arg(*job.latencyMs) : QString();
    case MetricsColumn: {
        QStringList metrics;
        for (const QJsonValue& metric : job.requestSummary.value(QStringLiteral("metrics")).toArray())
            metrics.append(metric.toString());
        return metrics.join(QStringLiteral(", "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ApiJobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ReceivedColumn:
        return tr("Received");
    case StatusColumn:
        return tr("Status");
    case QuestionColumn:
        return tr("Question");
    case ScoreColumn:
        return tr("Weighted score");
    case LatencyColumn:
        return tr("Latency");
    case MetricsColumn:
        return tr("Metrics");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace evalbench
