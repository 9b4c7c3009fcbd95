// SPDX-License-Identifier: MIT
#include "ui/reportcharts/chartimagewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QImageWriter>

namespace evalbench {

QString writeChartImages(const QList<ChartImage>& images)
{
    for (const ChartImage& chart : images) {
        QImageWriter writer(chart.path, "png");
        if (!writer.write(chart.image))
            return QCoreApplication::translate("ReportPage", "%1: %2")
                .arg(QDir::toNativeSeparators(chart.path), writer.errorString());
    }
    return {};
}

} // namespace evalbench
