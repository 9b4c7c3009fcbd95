// SPDX-License-Identifier: MIT
#include "ui/apijudgeselector.h"

#include "jobs/apijobservice.h"
#include "judge/judgeprofilerepository.h"

#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QVBoxLayout>

namespace evalbench {

namespace {

const QString kSettingsKey = QStringLiteral("api/judgeProfile");

} // namespace

ApiJudgeSelector::ApiJudgeSelector(JudgeProfileRepository& profiles, ApiJobService& jobs, QWidget* parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_jobs(jobs)
{
    m_combo = new QComboBox;
    m_combo->setObjectName(QStringLiteral("apiJudgeCombo"));
    m_combo->setToolTip(tr("The LLM profile that judges posts asking for judged metrics (faithfulness, …). A post's "
                           "judge_model replaces the profile's model."));
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("apiJudgeNote"));
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(m_note);

    connect(&m_profiles, &JudgeProfileRepository::profilesChanged, this, &ApiJudgeSelector::reload);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            choose();
    });
    reload(); // the remembered profile judges from the start
}

void ApiJudgeSelector::reload()
{
    const QString wanted =
        m_combo->count() > 0 ? m_combo->currentData().toString() : QSettings().value(kSettingsKey).toString();
    m_reloading = true;
    m_list = m_profiles.profiles();
    m_combo->clear();
    m_combo->addItem(tr("No judge: judged metrics in posts are NaN"), QString());
    for (const JudgeProfile& profile : std::as_const(m_list))
        m_combo->addItem(tr("%1 (%2)").arg(profile.name, profile.chatModel), profile.id);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(wanted)));
    m_reloading = false;
    // Applied again: a deleted or edited profile must not keep judging with its old settings.
    choose();
}

void ApiJudgeSelector::choose()
{
    const QString id = m_combo->currentData().toString();
    QSettings().setValue(kSettingsKey, id);
    const quint64 generation = ++m_generation;
    for (const JudgeProfile& profile : std::as_const(m_list)) {
        if (profile.id == id) {
            m_note->setText(tr("Reading the key of %1…").arg(profile.name));
            apply(profile, generation);
            return;
        }
    }
    m_jobs.setJudge(std::nullopt);
    m_appliedId.clear();
    m_note->setText(tr("Posts are scored with the offline metrics; judged ones are NaN until a profile is chosen."));
    emit judgeApplied(QString());
}

QCoro::Task<> ApiJudgeSelector::apply(JudgeProfile profile, quint64 generation)
{
    QPointer<ApiJudgeSelector> self(this);
    QCoro::Task<KeyedJudgeProfile> reading = m_profiles.withKey(profile);
    const KeyedJudgeProfile keyed = co_await reading;
    if (!self || generation != m_generation)
        co_return; // closed, or another profile was chosen meanwhile
    m_jobs.setJudge(keyed.profile);
    m_appliedId = keyed.profile.id;
    QString note = tr("Posts asking for judged metrics are judged by %1 at %2.")
                       .arg(keyed.profile.chatModel, keyed.profile.baseUrl.toString());
    if (!keyed.error.isEmpty())
        note += QLatin1Char(' ') + tr("Its key could not be read (%1): calls go without one.").arg(keyed.error);
    else if (!keyed.warning.isEmpty())
        note += QLatin1Char(' ') + keyed.warning;
    m_note->setText(note);
    emit judgeApplied(m_appliedId);
}

} // namespace evalbench
