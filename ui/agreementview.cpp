// SPDX-License-Identifier: MIT
#include "ui/agreementview.h"

#include "ui/agreementmodel.h"
#include "ui/reportannotations.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace evalbench {

AgreementView::AgreementView(ReportAnnotations* annotations, QWidget* parent)
    : QWidget(parent)
    , m_annotations(annotations)
{
    m_model = new AgreementModel(this);
    m_model->setObjectName(QStringLiteral("agreementModel"));

    auto* title = new QLabel(tr("<b>Human vs run agreement</b>"), this);
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("agreementThreshold"));
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(AnnotationAgreement::kDefaultThreshold);
    m_threshold->setToolTip(tr("A score of at least this passes, for Cohen's kappa"));
    auto* thresholdLabel = new QLabel(tr("Pass at"), this);
    thresholdLabel->setBuddy(m_threshold);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("agreementSummary"));
    m_summary->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("agreementTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    auto* top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(thresholdLabel);
    top->addWidget(m_threshold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &AgreementView::refresh);
    connect(m_annotations, &ReportAnnotations::changed, this, &AgreementView::refresh);
    refresh();
}

double AgreementView::threshold() const
{
    return m_threshold->value();
}

void AgreementView::setThreshold(double threshold)
{
    m_threshold->setValue(threshold);
}

void AgreementView::refresh()
{
    const RunAnnotations& annotations = m_annotations->annotations();
    m_model->setRows(m_annotations->agreement().rows(threshold()), threshold());
    m_summary->setText(annotations.isEmpty()
            ? tr("No sample is annotated yet. Score samples by hand below to see whether the judge can be trusted.")
            : tr("%n sample(s) annotated by hand.", nullptr, int(annotations.size())));
}

} // namespace evalbench
