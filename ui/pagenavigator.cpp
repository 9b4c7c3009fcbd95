// SPDX-License-Identifier: MIT
#include "ui/pagenavigator.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>

namespace evalbench {

namespace {

constexpr int kHistoryLimit = 50;
constexpr int kNumberedPages = 9; // Ctrl+1 … Ctrl+9

} // namespace

PageNavigator::PageNavigator(QListWidget* navigation, QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_navigation(navigation)
{
    for (int page = 0; page < std::min(navigation->count(), kNumberedPages); ++page) {
        QListWidgetItem* item = navigation->item(page);
        const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_1 + page));
        item->setToolTip(tr("%1 (%2)").arg(item->text(), keys.toString(QKeySequence::NativeText)));
        auto* action = menu->addAction(item->text());
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, [this, page] {
            if (QListWidgetItem* target = m_navigation->item(page); target && (target->flags() & Qt::ItemIsEnabled))
                m_navigation->setCurrentRow(page);
        });
    }
    menu->addSeparator();
    auto* backAction = menu->addAction(tr("Back"));
    backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    backAction->setToolTip(tr("The page shown before this one"));
    connect(backAction, &QAction::triggered, this, &PageNavigator::back);
    auto* refreshAction = menu->addAction(tr("Refresh"));
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refreshAction, &QAction::triggered, this, [this] {
        if (m_current >= 0)
            Q_EMIT refreshRequested(m_current);
    });

    m_current = navigation->currentRow();
    connect(navigation, &QListWidget::currentRowChanged, this, &PageNavigator::onPageChanged);
}

void PageNavigator::onPageChanged(int page)
{
    if (!m_goingBack && m_current >= 0 && m_current != page) {
        m_history.append(m_current);
        if (m_history.size() > kHistoryLimit)
            m_history.removeFirst();
    }
    m_current = page;
}

bool PageNavigator::back()
{
    // A page disabled since it was shown (its run was deleted) is passed over.
    while (!m_history.isEmpty()) {
        const int page = m_history.takeLast();
        const QListWidgetItem* item = m_navigation->item(page);
        if (!item || !(item->flags() & Qt::ItemIsEnabled) || page == m_current)
            continue;
        m_goingBack = true;
        m_navigation->setCurrentRow(page);
        m_goingBack = false;
        return true;
    }
    return false;
}

} // namespace evalbench
