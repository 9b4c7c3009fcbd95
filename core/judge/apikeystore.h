// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QString>

namespace evalbench {

// Outcome of one key operation. `key` is only filled by readKey (empty: none stored).
// `warning` and `error` never contain the key.
struct KeyResult
{
    QString key;
    QString warning; // e.g. the key went to the file fallback
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// The API key of a judge profile, kept out of SQLite: in the OS keychain through
// QtKeychain (service "EvalBench", entry "judge-profile/<profileId>"). Where no
// keychain backend answers (headless Linux without a secret service, CI) the keys
// go to <data dir>/judge-keys.json, readable only by the owner, and every result
// carries a warning saying so. EVALBENCH_KEYSTORE=file forces the file.
//
// Lives on the GUI thread (QtKeychain jobs need an event loop); every call is a
// coroutine.
class ApiKeyStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend
    {
        Auto, // the keychain, the file when it is unavailable
        File
    };

    explicit ApiKeyStore(DataDir dataDir, Backend backend = Backend::Auto, QObject* parent = nullptr);

    QCoro::Task<KeyResult> readKey(QString profileId);
    // An empty key deletes the entry.
    QCoro::Task<KeyResult> writeKey(QString profileId, QString key);
    QCoro::Task<KeyResult> deleteKey(QString profileId);

    // EVALBENCH_JUDGE_API_KEY. When set it wins over every stored key, for every
    // profile: CI and scripted runs pass the key without touching the keychain.
    static QString environmentKey();

    bool usesFile() const { return m_useFile; }
    QString keyFilePath() const;
    // Empty while the keychain is used; otherwise the notice to show the analyst.
    QString fallbackWarning() const;

private:
    enum class Op
    {
        Read,
        Write,
        Delete
    };
    QCoro::Task<KeyResult> keychain(Op op, QString profileId, QString key);
    KeyResult fromFile(Op op, const QString& profileId, const QString& key);

    DataDir m_dataDir;
    bool m_useFile = false; // forced, or the keychain said it has no backend
};

} // namespace evalbench
