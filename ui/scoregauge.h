// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QWidget>

namespace evalbench {

// A half-ring that fills with the weighted score (0..1), red through amber to green. The
// colours are picked against the widget's palette, so the ring reads on light and dark
// windows alike.
class ScoreGauge : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreGauge(QWidget* parent = nullptr);

    void setScore(std::optional<double> score);
    std::optional<double> score() const { return m_score; }
    // The fill colour of `score` (clamped to 0..1) on `palette`'s window.
    static QColor colorFor(double score, const QPalette& palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<double> m_score;
};

} // namespace evalbench
