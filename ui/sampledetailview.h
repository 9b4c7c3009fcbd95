// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextBrowser>

namespace evalbench {

struct StoredSample;

// The right-hand panel of the report: everything about one sample, its inputs
// and how each metric ended. Read-only rich text; every dataset string is
// escaped before it goes into the HTML.
class SampleDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SampleDetailView(QWidget* parent = nullptr);

    // `metrics` gives the order of the score lines (the run's metric order).
    void showSample(const StoredSample& sample, const QStringList& metrics);
    void showMessage(const QString& message);
};

} // namespace evalbench
