// SPDX-License-Identifier: MIT
#include "ui/metriccardstrip.h"

#include "common/runrecord.h"
#include "ui/metriccard.h"

#include <QHBoxLayout>
#include <QScrollBar>

namespace evalbench {

MetricCardStrip::MetricCardStrip(QWidget* parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_content = new QWidget(this);
    m_layout = new QHBoxLayout(m_content);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch();
    setWidget(m_content);
}

void MetricCardStrip::setRun(const RunRecord& run)
{
    // Same order as the summary table: the requested metrics, then any other one summarised.
    QStringList metrics = run.settings.metrics;
    for (auto it = run.summary.cbegin(); it != run.summary.cend(); ++it) {
        if (!metrics.contains(it.key()))
            metrics.append(it.key());
    }
    QStringList shown;
    for (const MetricCard* card : std::as_const(m_cards))
        shown.append(card->metric());
    if (shown != metrics) {
        qDeleteAll(m_cards);
        m_cards.clear();
        for (const QString& metric : std::as_const(metrics)) {
            auto* card = new MetricCard(metric, m_content);
            m_layout->insertWidget(m_layout->count() - 1, card);
            m_cards.append(card);
        }
    }
    for (MetricCard* card : std::as_const(m_cards)) {
        const auto summary = run.summary.constFind(card->metric());
        card->setSummary(summary != run.summary.cend() ? std::optional(summary.value()) : std::nullopt);
        card->setNanReasons({});
    }
    // Tall enough for the cards and a sideways scroll bar.
    setFixedHeight(m_content->sizeHint().height() + horizontalScrollBar()->sizeHint().height());
}

void MetricCardStrip::setNanReasons(const QMap<QString, QList<NanReason>>& reasons)
{
    for (MetricCard* card : std::as_const(m_cards))
        card->setNanReasons(reasons.value(card->metric()));
}

} // namespace evalbench
