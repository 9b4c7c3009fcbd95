// SPDX-License-Identifier: MIT
#pragma once

#include "common/jobrecord.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace evalbench {

// Paints a job's state as a coloured badge. The badge carries its own background and a text
// colour chosen for contrast with it, so it reads the same in light and dark palettes.
class JobStateBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `stateRole` holds the JobState as int; the display role holds the badge's text.
    explicit JobStateBadgeDelegate(int stateRole, QObject* parent = nullptr);

    static QColor badgeColor(JobState state);
    static QColor textColor(JobState state);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_stateRole;
};

} // namespace evalbench
