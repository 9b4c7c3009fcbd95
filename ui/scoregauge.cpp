// SPDX-License-Identifier: MIT
#include "ui/scoregauge.h"

#include <algorithm>

#include <QLocale>
#include <QPainter>

namespace evalbench {

ScoreGauge::ScoreGauge(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ScoreGauge::setScore(std::optional<double> score)
{
    m_score = score;
    setToolTip(
        score ? tr("Weighted score %1 of 1").arg(QLocale().toString(*score, 'f', 3)) : tr("No weighted score yet"));
    update();
}

QColor ScoreGauge::colorFor(double score, const QPalette& palette)
{
    const double t = std::clamp(score, 0.0, 1.0);
    // Red (0°) to amber (40°) over the lower half, amber to green (120°) over the upper.
    const double hue = t < 0.5 ? 80.0 * t : 40.0 + 160.0 * (t - 0.5);
    // Bright on dark windows, deeper on light ones: the ring keeps its contrast either way.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return QColor::fromHsvF(float(hue / 360.0), dark ? 0.65f : 0.9f, dark ? 0.95f : 0.75f);
}

QSize ScoreGauge::sizeHint() const
{
    return { 96, 56 };
}

QSize ScoreGauge::minimumSizeHint() const
{
    return sizeHint();
}

void ScoreGauge::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal thickness = 10;
    // The half-ring's full circle: as wide as the widget, centred on its bottom edge.
    const qreal diameter = std::min<qreal>(width(), 2.0 * height()) - thickness;
    const QRectF circle((width() - diameter) / 2, height() - diameter / 2 - thickness / 2, diameter, diameter);

    QPen track(palette().color(QPalette::Mid), thickness, Qt::SolidLine, Qt::FlatCap);
    painter.setPen(track);
    painter.drawArc(circle, 0, 180 * 16);
    if (!m_score)
        return;
    const double t = std::clamp(*m_score, 0.0, 1.0);
    QPen fill(colorFor(t, palette()), thickness, Qt::SolidLine, Qt::FlatCap);
    painter.setPen(fill);
    // Qt angles run counter-clockwise from 3 o'clock: start at 9 o'clock, sweep clockwise.
    painter.drawArc(circle, 180 * 16, -int(180 * 16 * t));
}

} // namespace evalbench
