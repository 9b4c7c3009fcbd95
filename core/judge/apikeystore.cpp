// SPDX-License-Identifier: MIT
#include "judge/apikeystore.h"

#include <atomic>

#include <QCoro/QCoroSignal>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QScopeGuard>
#include <qt6keychain/keychain.h>

namespace evalbench {

namespace {

const auto kService = QStringLiteral("EvalBench");
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString entryName(const QString& profileId)
{
    return QStringLiteral("judge-profile/") + profileId;
}

// Errors QtKeychain reports when there is no usable backend at all (no secret
// service or KWallet on the session bus, no session bus): then the file takes over.
bool meansNoBackend(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        return true;
    default:
        return false;
    }
}

// Once the keychain has said it has no backend, no store of this process asks it again:
// QtKeychain's D-Bus backend can block for good on a second request after such a failure.
std::atomic<bool> s_keychainUnusable { false };

} // namespace

ApiKeyStore::ApiKeyStore(DataDir dataDir, Backend backend, QObject* parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_useFile(backend == Backend::File || s_keychainUnusable.load()
          || qEnvironmentVariable("EVALBENCH_KEYSTORE").compare(QLatin1String("file"), Qt::CaseInsensitive) == 0)
{ }

QString ApiKeyStore::environmentKey()
{
    return qEnvironmentVariable("EVALBENCH_JUDGE_API_KEY").trimmed();
}

QString ApiKeyStore::keyFilePath() const
{
    return QDir(m_dataDir.root()).filePath(QStringLiteral("judge-keys.json"));
}

QString ApiKeyStore::fallbackWarning() const
{
    if (!m_useFile)
        return {};
    return tr("No system keychain: the API key is stored in %1, readable only by you.")
        .arg(QDir::toNativeSeparators(keyFilePath()));
}

QCoro::Task<KeyResult> ApiKeyStore::readKey(QString profileId)
{
    if (m_useFile)
        co_return fromFile(Op::Read, profileId, {});
    QCoro::Task<KeyResult> reading = keychain(Op::Read, profileId, {});
    co_return co_await reading;
}

QCoro::Task<KeyResult> ApiKeyStore::writeKey(QString profileId, QString key)
{
    if (key.isEmpty()) {
        QCoro::Task<KeyResult> deleting = deleteKey(profileId);
        co_return co_await deleting;
    }
    if (m_useFile)
        co_return fromFile(Op::Write, profileId, key);
    QCoro::Task<KeyResult> writing = keychain(Op::Write, profileId, key);
    co_return co_await writing;
}

QCoro::Task<KeyResult> ApiKeyStore::deleteKey(QString profileId)
{
    if (m_useFile)
        co_return fromFile(Op::Delete, profileId, {});
    QCoro::Task<KeyResult> deleting = keychain(Op::Delete, profileId, {});
    KeyResult result = co_await deleting;
    // A key written while the keychain was unavailable may still be in the file.
    if (result.ok() && QFile::exists(keyFilePath()))
        fromFile(Op::Delete, profileId, {});
    co_return result;
}

QCoro::Task<KeyResult> ApiKeyStore::keychain(Op op, QString profileId, QString key)
{
    QPointer self(this);
    QKeychain::Job* job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(kService);
        break;
    case Op::Write: {
        auto* write = new QKeychain::WritePasswordJob(kService);
        write->setTextData(key);
        job = write;
        break;
    }
    case Op::Delete:
        job = new QKeychain::DeletePasswordJob(kService);
        break;
    }
    // QCoro 0.8 may resume us inside finished(): never delete the job there.
    job->setAutoDelete(false);
    const auto cleanup = qScopeGuard([job] { job->deleteLater(); });
    job->setKey(entryName(profileId));
    // Connected before start(), so a job that finishes at once is not missed.
    auto finished = qCoro(job, &QKeychain::Job::finished);
    job->start();
    co_await finished;
    if (!self) {
        KeyResult gone;
        gone.error = QStringLiteral("the key store went away");
        co_return gone;
    }

    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        KeyResult result;
        if (op == Op::Read)
            result.key = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
        co_return result;
    }
    if (error == QKeychain::EntryNotFound) {
        // Not in the keychain: perhaps saved to the file on a session without one.
        if (op == Op::Read && QFile::exists(keyFilePath())) {
            KeyResult fromFallback = fromFile(Op::Read, profileId, {});
            fromFallback.warning.clear();
            co_return fromFallback;
        }
        co_return KeyResult();
    }
    if (meansNoBackend(error)) {
        qInfo("EvalBench: no usable system keychain (%s); API keys go to the key file",
            qUtf8Printable(job->errorString()));
        m_useFile = true;
        s_keychainUnusable.store(true);
        co_return fromFile(op, profileId, key);
    }
    KeyResult refused;
    refused.error = tr("The system keychain refused: %1").arg(job->errorString());
    co_return refused;
}

KeyResult ApiKeyStore::fromFile(Op op, const QString& profileId, const QString& key)
{
    KeyResult result;
    result.warning = m_useFile ? fallbackWarning() : QString();
    const QString path = keyFilePath();
    QJsonObject keys;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            result.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), existing.errorString());
            return result;
        }
        keys = QJsonDocument::fromJson(existing.readAll()).object();
        existing.close();
    }
    if (op == Op::Read) {
        result.key = keys.value(profileId).toString();
        return result;
    }
    if (op == Op::Write)
        keys.insert(profileId, key);
    else if (!keys.contains(profileId))
        return result;
    else
        keys.remove(profileId);

    if (!QDir().mkpath(m_dataDir.root())) {
        result.error = tr("Cannot create %1").arg(QDir::toNativeSeparators(m_dataDir.root()));
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    // Owner-only before any byte of a key is written (the permissions go with the rename).
    file.setPermissions(kOwnerOnly);
    file.write(QJsonDocument(keys).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        result.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    QFile::setPermissions(path, kOwnerOnly);
    return result;
}

} // namespace evalbench
