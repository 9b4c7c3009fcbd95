// SPDX-License-Identifier: MIT
#include "ui/metriccard.h"

#include "common/runrecord.h"
#include "metrics/metricregistry.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace evalbench {

namespace {

// How many reasons a tooltip lists before "and N more".
constexpr int kShownReasons = 8;

QLabel* plainLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

MetricCard::MetricCard(const QString& metric, QWidget* parent)
    : QFrame(parent)
    , m_metric(metric)
{
    setObjectName(QStringLiteral("metricCard_") + metric);
    setFrameShape(QFrame::StyledPanel);
    auto* title = plainLabel(QStringLiteral("cardTitle"), this);
    title->setText(metric);
    if (const Metric* known = MetricRegistry::builtin().find(metric))
        title->setToolTip(
            QCoreApplication::translate("MetricDescription", known->info().description.toUtf8().constData()));
    m_mean = plainLabel(QStringLiteral("cardMean"), this);
    QFont meanFont = m_mean->font();
    meanFont.setBold(true);
    meanFont.setPointSizeF(meanFont.pointSizeF() * 1.5);
    m_mean->setFont(meanFont);
    m_counts = plainLabel(QStringLiteral("cardCounts"), this);
    m_nan = plainLabel(QStringLiteral("cardNan"), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(m_mean);
    layout->addWidget(m_counts);
    layout->addWidget(m_nan);
    setSummary(std::nullopt);
}

void MetricCard::setSummary(const std::optional<MetricSummary>& summary)
{
    const QLocale locale;
    if (!summary) {
        m_mean->setText(QStringLiteral("—"));
        m_counts->setText(tr("not aggregated yet"));
        m_nan->clear();
        return;
    }
    // Without one scored sample a mean is undefined, not 0.
    m_mean->setText(summary->scored > 0 ? locale.toString(summary->mean, 'f', 3) : tr("NaN"));
    m_counts->setText(
        tr("%1 scored, %2 skipped").arg(locale.toString(summary->scored), locale.toString(summary->skipped)));
    m_nan->setText(tr("%n NaN", nullptr, summary->nan));
}

void MetricCard::setNanReasons(const QList<NanReason>& reasons)
{
    if (reasons.isEmpty()) {
        m_nan->setToolTip(QString());
        return;
    }
    QStringList lines;
    for (qsizetype i = 0; i < reasons.size() && i < kShownReasons; ++i) {
        const NanReason& reason = reasons.at(i);
        lines.append(
            tr("%1× %2").arg(reason.count).arg(reason.reason.isEmpty() ? tr("(no reason given)") : reason.reason));
    }
    if (reasons.size() > kShownReasons)
        lines.append(tr("and %n more reason(s)", nullptr, int(reasons.size() - kShownReasons)));
    m_nan->setToolTip(lines.join(QLatin1Char('\n')));
}

} // namespace evalbench
