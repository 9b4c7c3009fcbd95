// SPDX-License-Identifier: MIT
#include "ui/runfilterbar.h"

#include "ui/runfilterproxy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace evalbench {

RunFilterBar::RunFilterBar(RunFilterProxy* proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("runSearch"));
    m_search->setPlaceholderText(tr("Search by name, dataset or run id (Ctrl+F)"));
    m_search->setToolTip(tr("Shows the runs whose name, dataset path or id contains the text, ignoring case (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->addItem(tr("All sources"), int(RunFilterProxy::Source::All));
    m_source->addItem(tr("File"), int(RunFilterProxy::Source::File));
    m_source->addItem(tr("API"), int(RunFilterProxy::Source::Api));
    m_source->addItem(tr("Workspace"), int(RunFilterProxy::Source::Workspace));

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), int(RunFilterProxy::Status::All));
    m_status->addItem(tr("Running"), int(RunFilterProxy::Status::Running));
    m_status->addItem(tr("Completed"), int(RunFilterProxy::Status::Completed));
    m_status->addItem(tr("Failed"), int(RunFilterProxy::Status::Failed));
    m_status->addItem(tr("Cancelled"), int(RunFilterProxy::Status::Cancelled));
    m_status->setItemData(1, tr("Importing, queued or running"), Qt::ToolTipRole);

    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItem(tr("Any date"), int(RunFilterProxy::Period::All));
    m_period->addItem(tr("Today"), int(RunFilterProxy::Period::Today));
    m_period->addItem(tr("Last 7 days"), int(RunFilterProxy::Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(RunFilterProxy::Period::Last30Days));

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("runCount"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_source);
    layout->addWidget(m_status);
    layout->addWidget(m_period);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &RunFilterProxy::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, &RunFilterBar::searchAccepted);
    connect(m_source, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setSource(RunFilterProxy::Source(m_source->currentData().toInt())); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setStatus(RunFilterProxy::Status(m_status->currentData().toInt())); });
    connect(m_period, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setPeriod(RunFilterProxy::Period(m_period->currentData().toInt())); });
    // Any change of the visible rows, whether from a filter or a (re)load, updates the count.
    connect(m_proxy, &RunFilterProxy::filterChanged, this, &RunFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RunFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RunFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RunFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RunFilterBar::updateCount);
    updateCount();
}

void RunFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RunFilterBar::updateCount()
{
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    m_count->setText(m_proxy->isFiltering() ? tr("%1 of %n run(s)", nullptr, total).arg(m_proxy->rowCount())
                                            : tr("%n run(s)", nullptr, total));
}

} // namespace evalbench
