// SPDX-License-Identifier: MIT
#include "annotatedrun.h"
#include "common/datadir.h"
#include "common/testprinters.h"
#include "ui/agreementmodel.h"
#include "ui/annotationeditor.h"
#include "ui/reportannotations.h"
#include "ui/reportpage.h"

#include <functional>
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace evalbench;
using namespace annotatedrun;

namespace {

const QString kRun = QStringLiteral("run-annotate");
#ifdef Q_OS_WIN
constexpr const char* kUserVariable = "USERNAME";
#else
constexpr const char* kUserVariable = "USER";
#endif

// Waits on `spy` until `done` holds (or 20 s pass without a signal).
bool waitUntil(QSignalSpy& spy, const std::function<bool()>& done)
{
    while (!done()) {
        if (!spy.wait(20000))
            return false;
    }
    return true;
}

QString figure(double value)
{
    return QLocale().toString(value, 'f', 3);
}

class AnnotationEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_savedUser = qgetenv(kUserVariable);
        qputenv(kUserVariable, "ui-annotator");
        m_dataDir = std::make_unique<DataDir>(m_dir.path());
        m_writer = std::make_unique<StoreWriter>(m_dataDir->databasePath());
        ASSERT_TRUE(m_writer->openError().isEmpty());
        ASSERT_EQ(write(*m_writer, kRun).size(), 4);
        m_page = std::make_unique<ReportPage>(*m_writer, *m_dataDir);
        m_page->resize(1400, 900);
        m_annotations = m_page->findChild<ReportAnnotations*>(QStringLiteral("reportAnnotations"));
        m_model = m_page->findChild<AgreementModel*>(QStringLiteral("agreementModel"));
        m_editor = m_page->findChild<AnnotationEditor*>(QStringLiteral("annotationEditor"));
        ASSERT_TRUE(m_annotations && m_model && m_editor);
        m_tester =
            std::make_unique<QAbstractItemModelTester>(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_changed = std::make_unique<QSignalSpy>(m_annotations, &ReportAnnotations::changed);

        QSignalSpy loaded(m_page.get(), &ReportPage::loaded);
        m_page->showRun(kRun);
        ASSERT_TRUE(loaded.count() > 0 || loaded.wait(20000));
        // Overall, token_f1, exact_match once the (empty) annotations are read.
        ASSERT_TRUE(waitUntil(*m_changed, [this] { return m_model->rowCount() == 3; }));
    }

    void TearDown() override
    {
        m_tester.reset();
        m_changed.reset();
        m_page.reset();
        QThreadPool::globalInstance()->waitForDone();
        m_writer.reset();
        if (m_savedUser.isNull())
            qunsetenv(kUserVariable);
        else
            qputenv(kUserVariable, m_savedUser);
    }

    template <typename T> T* child(const char* name) const
    {
        T* found = m_editor->findChild<T*>(QLatin1String(name));
        EXPECT_TRUE(found) << name;
        return found;
    }

    QString cell(int row, int column) const { return m_model->index(row, column).data().toString(); }
    int overallPairs() const { return m_model->index(0, AgreementModel::PairsColumn).data().toInt(); }

    void select(int sampleIndex)
    {
        QSignalSpy shown(m_page.get(), &ReportPage::sampleShown);
        ASSERT_TRUE(m_page->selectSample(sampleIndex));
        ASSERT_TRUE(waitUntil(shown, [&] { return m_editor->sampleIndex() == sampleIndex; }));
    }

    // Clicks and waits until the agreement has `pairs` overall pairs.
    void clickAndWait(QPushButton* button, int pairs)
    {
        ASSERT_TRUE(button && button->isEnabled());
        button->click();
        ASSERT_TRUE(waitUntil(*m_changed, [&] { return overallPairs() == pairs; })) << "pairs " << pairs;
    }

    QByteArray m_savedUser;
    QTemporaryDir m_dir;
    std::unique_ptr<DataDir> m_dataDir;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<ReportPage> m_page;
    ReportAnnotations* m_annotations = nullptr;
    AgreementModel* m_model = nullptr;
    AnnotationEditor* m_editor = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_changed;
};

} // namespace

TEST_F(AnnotationEditorTest, AnnotatingSamplesMovesTheAgreement)
{
    EXPECT_EQ(overallPairs(), 0);
    EXPECT_EQ(cell(0, AgreementModel::SpearmanColumn), QStringLiteral("—"));
    EXPECT_EQ(cell(1, AgreementModel::MetricColumn), kF1);

    // s0: thumb up (1) against the run's 0.1. One pair: no rank correlation; the human
    // passes it and the run fails it: po = 0, pe = 0, kappa 0.
    select(0);
    clickAndWait(child<QPushButton>("thumbUpButton"), 1);
    EXPECT_EQ(cell(0, AgreementModel::SpearmanColumn), QStringLiteral("—"));
    EXPECT_EQ(cell(0, AgreementModel::KappaColumn), figure(0.0));
    // Changed to a thumb down (the last click wins): both fail it, chance agreement is 1, kappa undefined.
    child<QPushButton>("thumbDownButton")->click();
    ASSERT_TRUE(waitUntil(*m_changed, [this] { return cell(0, AgreementModel::KappaColumn) == QStringLiteral("—"); }));
    EXPECT_EQ(overallPairs(), 1);
    EXPECT_EQ(child<QDoubleSpinBox>("annotationScore")->value(), 0.0);

    // s2: thumb up (1) against 0.8: same order, same pass / fail -> rho 1, kappa 1.
    select(2);
    clickAndWait(child<QPushButton>("thumbUpButton"), 2);
    EXPECT_EQ(cell(0, AgreementModel::SpearmanColumn), figure(1.0));
    EXPECT_EQ(cell(0, AgreementModel::KappaColumn), figure(1.0));

    // s1: 1.0 typed with a label, against 0.3. Human 0 1 1 -> ranks 1 2.5 2.5, run 0.1 0.8 0.3
    // -> ranks 1 3 2: rho = 1.5 / sqrt(1.5 * 2) = 0.866. Pass F T T vs F T F: kappa 0.4.
    select(1);
    child<QDoubleSpinBox>("annotationScore")->setValue(1.0);
    child<QLineEdit>("annotationLabel")->setText(QStringLiteral("close enough"));
    clickAndWait(child<QPushButton>("saveAnnotationButton"), 3);
    EXPECT_EQ(cell(0, AgreementModel::SpearmanColumn), figure(0.866));
    EXPECT_EQ(cell(0, AgreementModel::KappaColumn), figure(0.4));
    EXPECT_TRUE(child<QLabel>("annotationList")->text().contains(QStringLiteral("close enough")));
    EXPECT_TRUE(child<QLabel>("annotationList")->text().contains(QStringLiteral("ui-annotator")));
    EXPECT_EQ(cell(1, AgreementModel::PairsColumn), QStringLiteral("0")); // no token_f1 annotation yet

    // A per-metric annotation pairs with the sample's token_f1 (0.4), not the overall.
    auto* metric = child<QComboBox>("annotationMetric");
    metric->setCurrentIndex(metric->findData(kF1));
    EXPECT_EQ(child<QDoubleSpinBox>("annotationScore")->value(), child<QDoubleSpinBox>("annotationScore")->minimum());
    child<QPushButton>("thumbDownButton")->click();
    ASSERT_TRUE(waitUntil(*m_changed, [this] { return cell(1, AgreementModel::PairsColumn) == QStringLiteral("1"); }));
    EXPECT_EQ(overallPairs(), 3);

    // The threshold moves kappa only: at 0.9 the human passes s1, s2 and the run none:
    // po = 1/3, pe = (2*0 + 1*3) / 9 = 1/3 -> 0.
    m_page->findChild<QDoubleSpinBox*>(QStringLiteral("agreementThreshold"))->setValue(0.9);
    EXPECT_EQ(cell(0, AgreementModel::KappaColumn), figure(0.0));
    EXPECT_EQ(cell(0, AgreementModel::SpearmanColumn), figure(0.866));
    EXPECT_TRUE(m_model->headerData(AgreementModel::KappaColumn, Qt::Horizontal)
                    .toString()
                    .contains(QLocale().toString(0.9, 'f', 2)));

    // Clear removes s0's overall annotation.
    select(0);
    metric->setCurrentIndex(0);
    clickAndWait(child<QPushButton>("clearAnnotationButton"), 2);

    // Stored with the OS user as author; the last click won.
    const RunAnnotations stored = StoreReader(m_dataDir->databasePath()).annotations(kRun);
    EXPECT_EQ(stored.keys(), (QList<int> { 1, 2 }));
    ASSERT_EQ(stored.value(1).size(), 2);
    EXPECT_EQ(stored.value(1)[0].label, QStringLiteral("close enough"));
    EXPECT_EQ(stored.value(1)[0].author, QStringLiteral("ui-annotator"));
    EXPECT_EQ(stored.value(1)[1].metric, kF1);
    EXPECT_EQ(stored.value(1)[1].score, std::optional(0.0));
}
