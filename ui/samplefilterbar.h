// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;

namespace evalbench {

// The controls above the report's sample table: a text search, "any metric below [x]" and
// "has NaN". It only holds the choices; the page hands them to the table's proxy.
class SampleFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit SampleFilterBar(QWidget* parent = nullptr);

    QString text() const;
    std::optional<double> belowThreshold() const;
    bool nanOnly() const;
    // Turns every filter off (one changed() signal).
    void clear();

signals:
    void changed();

private:
    QLineEdit* m_text = nullptr;
    QCheckBox* m_belowCheck = nullptr;
    QDoubleSpinBox* m_belowValue = nullptr;
    QCheckBox* m_nanCheck = nullptr;
    bool m_clearing = false;
};

} // namespace evalbench
