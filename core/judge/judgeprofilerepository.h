// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgeprofile.h"

#include <optional>

#include <QCoro/QCoroTask>
#include <QList>
#include <QObject>
#include <QString>

namespace evalbench {

class ApiKeyStore;
class StoreReader;
class StoreWriter;

// A profile ready for calls: apiKey filled from EVALBENCH_JUDGE_API_KEY, else the key store.
struct KeyedJudgeProfile
{
    JudgeProfile profile;
    QString warning; // the key store's file-fallback notice, if any
    QString error; // the key could not be read; profile.apiKey is then empty
};

// Judge profiles: their settings in SQLite (through the store's writer), their
// API keys in the ApiKeyStore. Lives on the GUI thread; profiles() and find()
// read on the calling thread, so call them from a background task in the window.
class JudgeProfileRepository : public QObject
{
    Q_OBJECT
public:
    JudgeProfileRepository(StoreWriter& writer, ApiKeyStore& keys, QObject* parent = nullptr);

    // By name, without keys.
    QList<JudgeProfile> profiles() const;
    std::optional<JudgeProfile> find(const QString& idOrName) const;
    // The same through any reader (the command line has no key store): an id match first, then a name.
    static QList<JudgeProfile> profilesIn(const StoreReader& reader);
    static std::optional<JudgeProfile> findIn(const QList<JudgeProfile>& profiles, const QString& idOrName);

    // Validates, gives a new profile an id, stores the settings, then the key when
    // `newKey` is set (an empty key removes it; nullopt keeps the stored one).
    // Returns an error text, empty on success. The profile's own apiKey is ignored.
    QCoro::Task<QString> save(JudgeProfile profile, std::optional<QString> newKey);
    // The profile row and its key.
    QCoro::Task<QString> remove(QString id);
    QCoro::Task<KeyedJudgeProfile> withKey(JudgeProfile profile);

    ApiKeyStore& keyStore() const { return m_keys; }
    // The id given to the profile most recently saved (new profiles get one in save()).
    QString lastSavedId() const { return m_lastSavedId; }

Q_SIGNALS:
    // After a successful save or remove, for combos and lists to reload.
    void profilesChanged();
    // The key store fell back to the key file: show it.
    void keyStoreWarning(const QString& warning);

private:
    StoreWriter& m_writer;
    ApiKeyStore& m_keys;
    QString m_lastSavedId;
};

} // namespace evalbench
