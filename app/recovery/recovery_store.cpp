#include "app/recovery/recovery_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>

namespace bp {

namespace {

constexpr char kSuffix[] = ".bpx.json";

QString lockPathOf(const QString &recoveryPath)
{
    return recoveryPath.left(recoveryPath.size() - static_cast<int>(sizeof kSuffix - 1)) + ".lock";
}

std::unique_ptr<QLockFile> makeLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    // A lock is stale only when its process is gone, however old it is: a class runs for hours.
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

RecoveryStore::RecoveryStore(const QString &folder) : m_folder(folder)
{
    if (!QDir().mkpath(folder))
        return;
    // The counter keeps two stores of one process apart even within one millisecond (tests make
    // several; the app makes one).
    static std::atomic<int> made{0};
    const QString name = QStringLiteral("session-%1-%2-%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch())
                             .arg(made++);
    const QString ownPath = QDir(folder).filePath(name + kSuffix);
    m_ownLock = makeLock(lockPathOf(ownPath));
    if (m_ownLock->tryLock(0))
        m_ownPath = ownPath;
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultFolder()
{
    const QByteArray fromEnvironment = qgetenv("BP_RECOVERY_DIR");
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath("recovery");
}

void RecoveryStore::removeOwn()
{
    if (!m_ownPath.isEmpty())
        QFile::remove(m_ownPath);
}

QList<RecoveryStore::Orphan> RecoveryStore::claimOrphans()
{
    QList<Orphan> orphans;
    const QDir dir(m_folder);
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("session-*") + kSuffix}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        const QString path = file.absoluteFilePath();
        if (path == QFileInfo(m_ownPath).absoluteFilePath())
            continue;
        if (m_claims.count(path)) {
            orphans.push_back({path, file.lastModified()});
            continue;
        }
        auto lock = makeLock(lockPathOf(path));
        // Held by a running session (this one's other windows, another instance): not an orphan.
        if (!lock->tryLock(0))
            continue;
        m_claims[path] = std::move(lock);
        orphans.push_back({path, file.lastModified()});
    }
    // A session killed before its first autosave leaves only its lock: tidy those away.
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("session-*.lock")}, QDir::Files)) {
        const QString base = file.absoluteFilePath().chopped(5);
        if (QFileInfo::exists(base + kSuffix) || file.absoluteFilePath() == lockPathOf(m_ownPath))
            continue;
        auto lock = makeLock(file.absoluteFilePath());
        if (lock->tryLock(0))
            lock->unlock(); // removes the file
    }
    std::stable_sort(orphans.begin(), orphans.end(),
                     [](const Orphan &a, const Orphan &b) { return a.written > b.written; });
    return orphans;
}

void RecoveryStore::release(const QString &orphanPath)
{
    const auto it = m_claims.find(orphanPath);
    if (it == m_claims.end())
        return;
    it->second->unlock();
    m_claims.erase(it);
}

bool RecoveryStore::adopt(const QString &orphanPath)
{
    if (m_ownPath.isEmpty() || !m_claims.count(orphanPath))
        return false;
    QFile::remove(m_ownPath);
    const bool moved = QFile::rename(orphanPath, m_ownPath);
    release(orphanPath);
    return moved;
}

void RecoveryStore::discard(const QString &orphanPath)
{
    if (!m_claims.count(orphanPath))
        return;
    QFile::remove(orphanPath);
    release(orphanPath);
}

QString RecoveryStore::setAside(const QString &orphanPath)
{
    if (!m_claims.count(orphanPath))
        return {};
    const QString target =
        orphanPath + QStringLiteral(".broken-") + QDateTime::currentDateTime().toString("yyyyMMdd-hhmmss");
    const bool moved = QFile::rename(orphanPath, target);
    release(orphanPath);
    return moved ? target : QString();
}

} // namespace bp
