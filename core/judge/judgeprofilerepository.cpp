// SPDX-License-Identifier: MIT
#include "judge/judgeprofilerepository.h"

#include "judge/apikeystore.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QCoro/QCoroFuture>
#include <QPointer>
#include <QUuid>

namespace evalbench {

JudgeProfileRepository::JudgeProfileRepository(StoreWriter& writer, ApiKeyStore& keys, QObject* parent)
    : QObject(parent)
    , m_writer(writer)
    , m_keys(keys)
{ }

QList<JudgeProfile> JudgeProfileRepository::profiles() const
{
    return profilesIn(StoreReader(m_writer.databasePath()));
}

std::optional<JudgeProfile> JudgeProfileRepository::find(const QString& idOrName) const
{
    return findIn(profiles(), idOrName);
}

QList<JudgeProfile> JudgeProfileRepository::profilesIn(const StoreReader& reader)
{
    QList<JudgeProfile> result;
    for (const JudgeProfileRow& row : reader.judgeProfiles()) {
        JudgeProfile profile = JudgeProfile::fromJson(row.profile);
        // The row's columns are authoritative (the JSON may predate a rename).
        profile.id = row.id;
        profile.name = row.name;
        result.append(profile);
    }
    return result;
}

std::optional<JudgeProfile> JudgeProfileRepository::findIn(const QList<JudgeProfile>& profiles, const QString& idOrName)
{
    for (const JudgeProfile& profile : profiles) {
        if (profile.id == idOrName)
            return profile;
    }
    for (const JudgeProfile& profile : profiles) {
        if (profile.name == idOrName)
            return profile;
    }
    return std::nullopt;
}

QCoro::Task<QString> JudgeProfileRepository::save(JudgeProfile profile, std::optional<QString> newKey)
{
    QPointer self(this);
    profile.apiKey.clear();
    profile.name = profile.name.trimmed();
    if (QString invalid = profile.validationError(); !invalid.isEmpty())
        co_return invalid;
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    // Named locals, not temporaries, around co_await: GCC 12 mishandles temporaries
    // living across a suspension (double destruction seen under ASan).
    JudgeProfileRow row;
    row.id = profile.id;
    row.name = profile.name;
    row.profile = profile.toJson();
    QFuture<WriteResult> saving = m_writer.saveJudgeProfile(row);
    const WriteResult written = co_await saving;
    if (!self)
        co_return QStringLiteral("the profile list went away");
    if (!written.ok())
        co_return written.error;
    m_lastSavedId = profile.id;
    Q_EMIT profilesChanged();

    if (newKey) {
        QCoro::Task<KeyResult> writing = m_keys.writeKey(profile.id, *newKey);
        const KeyResult stored = co_await writing;
        if (!self)
            co_return {};
        if (!stored.warning.isEmpty())
            Q_EMIT keyStoreWarning(stored.warning);
        if (!stored.ok())
            co_return tr("The profile was saved, but not its API key: %1").arg(stored.error);
    }
    co_return {};
}

QCoro::Task<QString> JudgeProfileRepository::remove(QString id)
{
    QPointer self(this);
    QFuture<WriteResult> removing = m_writer.deleteJudgeProfile(id);
    const WriteResult removed = co_await removing;
    if (!self)
        co_return QStringLiteral("the profile list went away");
    if (!removed.ok())
        co_return removed.error;
    Q_EMIT profilesChanged();
    QCoro::Task<KeyResult> deleting = m_keys.deleteKey(id);
    const KeyResult key = co_await deleting;
    if (!self)
        co_return {};
    if (!key.ok())
        co_return tr("The profile was deleted, but not its API key: %1").arg(key.error);
    co_return {};
}

QCoro::Task<KeyedJudgeProfile> JudgeProfileRepository::withKey(JudgeProfile profile)
{
    KeyedJudgeProfile result;
    result.profile = profile;
    if (const QString fromEnvironment = ApiKeyStore::environmentKey(); !fromEnvironment.isEmpty()) {
        result.profile.apiKey = fromEnvironment;
        co_return result;
    }
    QPointer self(this);
    QCoro::Task<KeyResult> reading = m_keys.readKey(profile.id);
    const KeyResult stored = co_await reading;
    if (!self)
        co_return result;
    result.profile.apiKey = stored.key;
    result.warning = stored.warning;
    result.error = stored.error;
    if (!stored.warning.isEmpty())
        Q_EMIT keyStoreWarning(stored.warning);
    co_return result;
}

} // namespace evalbench
