// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>
#include <QImage>

namespace evalbench {

// A chart view for the report: no animation, a theme that follows the widget palette (so a
// chart is no white block in a dark window), and a picture of the chart for export.
class ReportChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ReportChartView(QWidget* parent = nullptr);

    // The chart laid out at `size` (whatever the view's own size, even while it is hidden in
    // another tab), on an opaque background.
    QImage renderImage(const QSize& size) const;
    // Removes and deletes the chart's axes (a removed axis is the caller's to delete), before
    // the series get new ones.
    void clearAxes();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();
};

} // namespace evalbench
