#pragma once

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>

#include <map>
#include <memory>

namespace bp {

/// The crash-recovery files of Backprop Studio sessions, all in one folder.
///
/// Every running session owns one file, named by its process id and start time, and holds a lock
/// file beside it (QLockFile) for as long as it runs. A recovery file whose lock nobody holds was
/// left by a session that ended without cleaning up (a crash, a power cut): an orphan, which the
/// next session offers to restore. Two sessions running side by side never see each other's file
/// as an orphan, because each holds its own lock; and a session claims (locks) an orphan before it
/// offers it, so two sessions starting together never both restore it.
class RecoveryStore {
public:
    /// folder: where the files live (created when missing).
    explicit RecoveryStore(const QString &folder);
    /// Releases this session's lock and every claim; the own file stays (removeOwn() on a clean exit).
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    /// $BP_RECOVERY_DIR when set (tests, portable installs), else "recovery" in the application's
    /// data folder (QStandardPaths::AppDataLocation).
    static QString defaultFolder();

    /// False when the folder cannot be written or locked: there is then no autosave.
    bool isUsable() const { return !m_ownPath.isEmpty(); }
    QString folder() const { return m_folder; }
    /// This session's recovery file (it exists only once something was autosaved).
    QString ownPath() const { return m_ownPath; }
    /// Removes this session's recovery file: after an explicit save, or on a clean exit.
    void removeOwn();

    struct Orphan {
        QString path;
        QDateTime written;
    };
    /// Recovery files of sessions that are no longer running, newest first. Each is claimed
    /// (locked) by this store until it is adopted, discarded or set aside, or the store ends.
    QList<Orphan> claimOrphans();
    /// Makes a claimed orphan this session's own recovery file (renamed, so it stays protected
    /// while the restored session runs). Returns false when it could not be moved.
    bool adopt(const QString &orphanPath);
    /// Deletes a claimed orphan.
    void discard(const QString &orphanPath);
    /// Gives up the claim on an orphan without touching it: the next session offers it again.
    void keep(const QString &orphanPath) { release(orphanPath); }
    /// Renames a claimed orphan that cannot be read to "<name>.broken-<yyyyMMdd-hhmmss>" beside it,
    /// so it is neither offered again nor lost; returns the new path ("" when it could not).
    QString setAside(const QString &orphanPath);

private:
    void release(const QString &orphanPath);

    QString m_folder;
    QString m_ownPath;
    std::unique_ptr<QLockFile> m_ownLock;
    std::map<QString, std::unique_ptr<QLockFile>> m_claims;
};

} // namespace bp
