// SPDX-License-Identifier: MIT
#include "ui/samplefilterbar.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace evalbench {

SampleFilterBar::SampleFilterBar(QWidget* parent)
    : QWidget(parent)
{
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("sampleFilter"));
    m_text->setPlaceholderText(tr("Filter by id or question"));
    m_text->setClearButtonEnabled(true);

    m_belowCheck = new QCheckBox(tr("Any metric below"), this);
    m_belowCheck->setObjectName(QStringLiteral("belowFilterCheck"));
    m_belowCheck->setToolTip(tr("Show only samples where at least one metric scored below this value"));
    m_belowValue = new QDoubleSpinBox(this);
    m_belowValue->setObjectName(QStringLiteral("belowFilterValue"));
    m_belowValue->setRange(0, 1);
    m_belowValue->setSingleStep(0.05);
    m_belowValue->setDecimals(2);
    m_belowValue->setValue(0.5);
    m_belowValue->setEnabled(false);
    m_nanCheck = new QCheckBox(tr("Has NaN"), this);
    m_nanCheck->setObjectName(QStringLiteral("nanFilterCheck"));
    m_nanCheck->setToolTip(tr("Show only samples where at least one metric could not be computed"));

    const auto notify = [this] {
        if (!m_clearing)
            emit changed();
    };
    connect(m_text, &QLineEdit::textChanged, this, notify);
    connect(m_belowCheck, &QCheckBox::toggled, this, [this, notify](bool on) {
        m_belowValue->setEnabled(on);
        notify();
    });
    connect(m_belowValue, &QDoubleSpinBox::valueChanged, this, [this, notify] {
        if (m_belowCheck->isChecked())
            notify();
    });
    connect(m_nanCheck, &QCheckBox::toggled, this, notify);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_belowCheck);
    layout->addWidget(m_belowValue);
    layout->addWidget(m_nanCheck);
}

QString SampleFilterBar::text() const
{
    return m_text->text();
}

std::optional<double> SampleFilterBar::belowThreshold() const
{
    if (!m_belowCheck->isChecked())
        return std::nullopt;
    return m_belowValue->value();
}

bool SampleFilterBar::nanOnly() const
{
    return m_nanCheck->isChecked();
}

void SampleFilterBar::clear()
{
    m_clearing = true;
    m_text->clear();
    m_belowCheck->setChecked(false);
    m_nanCheck->setChecked(false);
    m_clearing = false;
    emit changed();
}

} // namespace evalbench
