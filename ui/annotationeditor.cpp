// SPDX-License-Identifier: MIT
#include "ui/annotationeditor.h"

#include "ui/reportannotations.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace evalbench {

namespace {
// The spin box's minimum stands for "no score" (a label or comment alone).
constexpr double kNoScore = -0.05;
} // namespace

AnnotationEditor::AnnotationEditor(ReportAnnotations* annotations, QWidget* parent)
    : QWidget(parent)
    , m_annotations(annotations)
{
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("annotationMetric"));
    m_metric->addItem(tr("Overall"), QString());

    m_thumbUp = new QPushButton(QStringLiteral("\u2713 ") + tr("Good"), this);
    m_thumbUp->setObjectName(QStringLiteral("thumbUpButton"));
    m_thumbUp->setToolTip(tr("Thumb up: save a score of 1"));
    m_thumbDown = new QPushButton(QStringLiteral("\u2717 ") + tr("Bad"), this);
    m_thumbDown->setObjectName(QStringLiteral("thumbDownButton"));
    m_thumbDown->setToolTip(tr("Thumb down: save a score of 0"));

    m_score = new QDoubleSpinBox(this);
    m_score->setObjectName(QStringLiteral("annotationScore"));
    m_score->setRange(kNoScore, 1.0);
    m_score->setSingleStep(0.05);
    m_score->setDecimals(2);
    m_score->setSpecialValueText(tr("no score"));
    m_score->setValue(kNoScore);

    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("annotationLabel"));
    m_label->setPlaceholderText(tr("e.g. hallucination, correct, off-topic"));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("annotationComment"));
    m_comment->setPlaceholderText(tr("Why, in a sentence"));
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 4);

    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveAnnotationButton"));
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("clearAnnotationButton"));
    m_clear->setToolTip(tr("Remove this sample's annotation for the chosen metric"));

    m_list = new QLabel(this);
    m_list->setObjectName(QStringLiteral("annotationList"));
    m_list->setTextFormat(Qt::PlainText);
    m_list->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("annotationStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto* thumbs = new QHBoxLayout;
    thumbs->addWidget(m_thumbUp);
    thumbs->addWidget(m_thumbDown);
    thumbs->addWidget(m_score, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_save);
    auto* form = new QFormLayout;
    form->addRow(tr("Annotate"), m_metric);
    form->addRow(tr("Score"), thumbs);
    form->addRow(tr("Label"), m_label);
    form->addRow(tr("Comment"), m_comment);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Your verdict</b>"), this));
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_list);

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        m_fieldsFrom = {};
        loadFields();
    });
    connect(m_thumbUp, &QPushButton::clicked, this, [this] { saveScore(1.0); });
    connect(m_thumbDown, &QPushButton::clicked, this, [this] { saveScore(0.0); });
    connect(m_save, &QPushButton::clicked, this, &AnnotationEditor::save);
    connect(m_clear, &QPushButton::clicked, this, &AnnotationEditor::clearAnnotation);
    connect(m_annotations, &ReportAnnotations::changed, this, &AnnotationEditor::onAnnotationsChanged);
    connect(m_annotations, &ReportAnnotations::written, this, [this](const QString& error) {
        m_status->setText(error.isEmpty() ? tr("Saved.") : tr("Could not save: %1").arg(error));
    });
    clearSample();
}

void AnnotationEditor::setMetrics(const QStringList& metrics)
{
    const QString current = currentMetric();
    const QSignalBlocker blocker(m_metric);
    while (m_metric->count() > 1)
        m_metric->removeItem(1);
    for (const QString& metric : metrics)
        m_metric->addItem(metric, metric);
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(current)));
}

void AnnotationEditor::showSample(int sampleIndex, qint64 sampleKey)
{
    m_sampleIndex = sampleIndex;
    m_sampleKey = sampleKey;
    m_fieldsFrom = {};
    m_status->clear();
    setEditable(true);
    loadFields();
    updateList();
}

void AnnotationEditor::clearSample()
{
    m_sampleIndex = -1;
    m_sampleKey = 0;
    m_fieldsFrom = {};
    m_status->clear();
    setEditable(false);
    loadFields();
    m_list->setText(tr("Select a sample to annotate it."));
}

QString AnnotationEditor::currentMetric() const
{
    return m_metric->currentData().toString();
}

std::optional<double> AnnotationEditor::currentScore() const
{
    if (m_score->value() < 0)
        return std::nullopt;
    return m_score->value();
}

void AnnotationEditor::loadFields()
{
    const QList<SampleAnnotation> all =
        m_sampleIndex >= 0 ? m_annotations->annotationsOf(m_sampleIndex) : QList<SampleAnnotation> {};
    const SampleAnnotation* stored = findAnnotation(all, currentMetric());
    m_fieldsFrom = stored ? stored->updatedAt : QDateTime();
    m_score->setValue(stored && stored->score ? *stored->score : kNoScore);
    m_label->setText(stored ? stored->label : QString());
    m_comment->setPlainText(stored ? stored->comment : QString());
    m_clear->setEnabled(stored != nullptr);
}

void AnnotationEditor::onAnnotationsChanged()
{
    if (m_sampleIndex < 0)
        return;
    const QList<SampleAnnotation> all = m_annotations->annotationsOf(m_sampleIndex);
    const SampleAnnotation* stored = findAnnotation(all, currentMetric());
    if ((stored ? stored->updatedAt : QDateTime()) != m_fieldsFrom)
        loadFields();
    updateList();
}

void AnnotationEditor::save()
{
    if (m_sampleIndex < 0)
        return;
    SampleAnnotation annotation;
    annotation.metric = currentMetric();
    annotation.score = currentScore();
    annotation.label = m_label->text().trimmed();
    annotation.comment = m_comment->toPlainText().trimmed();
    m_status->setText(tr("Saving…"));
    m_annotations->save(m_sampleKey, annotation);
}

void AnnotationEditor::saveScore(double score)
{
    m_score->setValue(score);
    save();
}

void AnnotationEditor::clearAnnotation()
{
    if (m_sampleIndex < 0)
        return;
    m_status->setText(tr("Removing…"));
    m_annotations->remove(m_sampleKey, currentMetric());
}

void AnnotationEditor::updateList()
{
    const QList<SampleAnnotation> all = m_annotations->annotationsOf(m_sampleIndex);
    if (all.isEmpty()) {
        m_list->setText(tr("This sample has no annotation yet."));
        return;
    }
    const QLocale locale;
    QStringList lines;
    for (const SampleAnnotation& a : all) {
        QString line = (a.isOverall() ? tr("Overall") : a.metric) + QStringLiteral(": ")
            + (a.score ? locale.toString(*a.score, 'f', 2) : tr("no score"));
        if (!a.label.isEmpty())
            line += QStringLiteral(" [") + a.label + QLatin1Char(']');
        if (!a.comment.isEmpty())
            line += QStringLiteral(" — ") + a.comment;
        line += QStringLiteral(" (")
            + tr("%1, %2").arg(a.author, locale.toString(a.updatedAt.toLocalTime(), QLocale::ShortFormat))
            + QLatin1Char(')');
        lines.append(line);
    }
    m_list->setText(lines.join(QLatin1Char('\n')));
}

void AnnotationEditor::setEditable(bool editable)
{
    for (QWidget* widget :
        std::initializer_list<QWidget*> { m_metric, m_thumbUp, m_thumbDown, m_score, m_label, m_comment, m_save })
        widget->setEnabled(editable);
    if (!editable)
        m_clear->setEnabled(false);
}

} // namespace evalbench
