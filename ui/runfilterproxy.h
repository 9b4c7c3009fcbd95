// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QString>

namespace evalbench {

class RunListModel;

// The Runs table's search and filters. Rows are tested against the model's run records
// directly (no SQL, no QVariant per cell), so that a keystroke re-filters 100,000 runs at once.
class RunFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Source
    {
        All,
        File,
        Api,
        Workspace
    };
    // "Running" takes in every run not yet ended (importing, queued, running).
    enum class Status
    {
        All,
        Running,
        Completed,
        Failed,
        Cancelled
    };
    enum class Period
    {
        All,
        Today,
        Last7Days,
        Last30Days
    };

    explicit RunFilterProxy(RunListModel* model, QObject* parent = nullptr);

    // Matches the run's name, dataset path or id, ignoring case.
    void setSearchText(const QString& text);
    void setSource(Source source);
    void setStatus(Status status);
    void setPeriod(Period period);
    // The clock the periods count from; tests set it, the window leaves it at "now".
    void setNow(const QDateTime& now);
    QString searchText() const { return m_search; }
    bool isFiltering() const;

Q_SIGNALS:
    // After a search or filter change has been applied.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    RunListModel* m_model = nullptr;
    QString m_search;
    Source m_source = Source::All;
    Status m_status = Status::All;
    Period m_period = Period::All;
    QDateTime m_now; // invalid: the current time
    qint64 m_sinceMsecs = 0; // start of the period (ms since the epoch); 0: no period
};

} // namespace evalbench
