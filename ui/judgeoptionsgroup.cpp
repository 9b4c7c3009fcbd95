// SPDX-License-Identifier: MIT
#include "ui/judgeoptionsgroup.h"

#include "io/datasetreader.h"
#include "judge/judgeestimate.h"
#include "judge/judgeprofilerepository.h"
#include "ui/backgroundtask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace evalbench {

namespace {

struct EstimateOutcome
{
    JudgeEstimate estimate;
    QString error;
    bool stale = false;
};

} // namespace

JudgeOptionsGroup::JudgeOptionsGroup(JudgeProfileRepository* repository, QWidget* parent)
    : QGroupBox(tr("Judge"), parent)
    , m_repository(repository)
    , m_estimateGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    m_profile = new QComboBox;
    m_profile->setObjectName(QStringLiteral("judgeProfileCombo"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("judgeLanguageCombo"));
    m_language->addItem(tr("Auto (from the dataset)"), QStringLiteral("auto"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Chinese"), QStringLiteral("zh"));
    m_language->setToolTip(tr("Language of the judge's prompts"));
    m_fresh = new QCheckBox(tr("Fresh judge calls (ignore the cache)"));
    m_fresh->setObjectName(QStringLiteral("freshCallsCheck"));
    m_rubricCriteria = new QLineEdit;
    m_rubricCriteria->setObjectName(QStringLiteral("rubricCriteriaEdit"));
    m_rubricCriteria->setPlaceholderText(
        tr("What the rubric metric should judge, e.g. helpful, polite, cites its sources"));
    m_rubricCriteria->setEnabled(false);
    m_estimate = new QLabel;
    m_estimate->setObjectName(QStringLiteral("judgeEstimateLabel"));
    m_estimate->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Profile"), m_profile);
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), m_fresh);
    form->addRow(tr("Rubric criteria"), m_rubricCriteria);
    form->addRow(tr("Estimate"), m_estimate);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &JudgeOptionsGroup::profileChanged);
    if (m_repository)
        connect(m_repository, &JudgeProfileRepository::profilesChanged, this, &JudgeOptionsGroup::reload);
    setProfiles({});
    reload();
}

JudgeOptionsGroup::~JudgeOptionsGroup()
{
    // The combo is destroyed after this group (and after a page owning it) and may
    // emit currentIndexChanged on the way: nobody half-destroyed must hear it.
    m_profile->disconnect(this);
    disconnect();
}

void JudgeOptionsGroup::reload()
{
    if (!m_repository)
        return;
    const quint64 generation = ++m_profilesGeneration;
    JudgeProfileRepository* repository = m_repository;
    runInBackground(
        this, [repository] { return repository->profiles(); },
        [this, generation](const QList<JudgeProfile>& profiles) {
            if (generation == m_profilesGeneration)
                setProfiles(profiles);
        });
}

void JudgeOptionsGroup::setProfiles(const QList<JudgeProfile>& profiles)
{
    const QString current = m_profile->currentData().toString();
    m_profiles = profiles;
    {
        const QSignalBlocker blocker(m_profile);
        m_profile->clear();
        m_profile->addItem(tr("No judge (offline metrics only)"), QString());
        for (const JudgeProfile& profile : profiles)
            m_profile->addItem(profile.name, profile.id);
        m_profile->setCurrentIndex(std::max(0, m_profile->findData(current)));
    }
    // The selection survives a reload unless its profile went away (or changed).
    Q_EMIT profileChanged();
    Q_EMIT profilesReloaded();
}

std::optional<JudgeProfile> JudgeOptionsGroup::selectedProfile() const
{
    const QString id = m_profile->currentData().toString();
    for (const JudgeProfile& profile : m_profiles) {
        if (!id.isEmpty() && profile.id == id)
            return profile;
    }
    return std::nullopt;
}

bool JudgeOptionsGroup::selectProfile(const QString& idOrName)
{
    for (int i = 1; i < m_profile->count(); ++i) {
        if (m_profile->itemData(i).toString() == idOrName || m_profile->itemText(i) == idOrName) {
            m_profile->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QJsonObject JudgeOptionsGroup::judgeSettings() const
{
    const std::optional<JudgeProfile> profile = selectedProfile();
    if (!profile)
        return {};
    QJsonObject settings = profile->toJson(); // never carries the key
    settings.insert(QStringLiteral("language"), m_language->currentData().toString());
    if (m_fresh->isChecked())
        settings.insert(QStringLiteral("fresh_calls"), true);
    if (m_rubricCriteria->isEnabled() && !m_rubricCriteria->text().trimmed().isEmpty())
        settings.insert(QStringLiteral("rubric_criteria"), m_rubricCriteria->text().trimmed());
    return settings;
}

void JudgeOptionsGroup::setRubricChecked(bool checked)
{
    m_rubricCriteria->setEnabled(checked);
}

void JudgeOptionsGroup::updateEstimate(const QString& datasetPath, const QStringList& llmMetrics)
{
    const quint64 generation = ++*m_estimateGeneration;
    const std::optional<JudgeProfile> profile = selectedProfile();
    if (!profile || llmMetrics.isEmpty() || datasetPath.isEmpty()) {
        m_estimate->setText(profile ? tr("Choose LLM metrics to see the judge work.")
                                    : tr("No judge: only offline metrics are scored."));
        Q_EMIT estimateShown();
        return;
    }
    m_estimate->setText(tr("Estimating…"));
    auto current = m_estimateGeneration;
    runInBackground(
        this,
        [datasetPath, llmMetrics, profile = *profile, generation, current] {
            EstimateOutcome outcome;
            JudgeEstimator estimator(llmMetrics, profile);
            DatasetReader reader(datasetPath);
            const auto error = reader.read([&](QList<Sample>&& chunk) {
                for (const Sample& sample : chunk)
                    estimator.add(sample);
                return current->load() == generation;
            });
            outcome.stale = reader.wasCancelled();
            if (error)
                outcome.error = error->message;
            outcome.estimate = estimator.estimate();
            return outcome;
        },
        [this, generation](const EstimateOutcome& outcome) {
            if (outcome.stale || generation != m_estimateGeneration->load())
                return;
            const QLocale locale;
            const JudgeEstimate& e = outcome.estimate;
            QString text = tr("≈ %1 judge calls (%2 embedding), ≈ %3 tokens")
                               .arg(locale.toString(e.calls()), locale.toString(e.embeddingCalls),
                                   locale.toString(e.promptTokens + e.completionTokens));
            if (const auto profile = selectedProfile();
                profile && (profile->pricePer1kInput > 0 || profile->pricePer1kOutput > 0))
                text += tr(", ≈ %1 (at the profile's prices)").arg(locale.toString(e.cost, 'f', 2));
            if (!outcome.error.isEmpty())
                text += QLatin1Char('\n') + tr("Counted up to a bad record: %1").arg(outcome.error);
            m_estimate->setText(text);
            Q_EMIT estimateShown();
        });
}

} // namespace evalbench
