#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Json.h"
#include "core/Progress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QIODevice;

class QTemporaryDir;

namespace vv {

class Transaction;
class ProjectFilePin;

/// Whom the project's requirements bind: the AI Act's provider, its deployer, or both.
enum class ProjectRole { Provider, Deployer, Both };
QString roleToString(ProjectRole role);
std::optional<ProjectRole> roleFromString(const QString &text);

/// What a team member may do: editors change the project, reviewers may only review evidence, read-only members
/// look. A project without members (a file on one laptop) treats everyone as an editor.
enum class MemberRole { Editor, Reviewer, ReadOnly };
QString memberRoleToString(MemberRole role);
std::optional<MemberRole> memberRoleFromString(const QString &text);

/// What a change touches: the project's own content, or a reviewer's findings. A review project (made by
/// `review open` from a package) takes only the second kind; its content is the package's and stays as it came.
enum class ChangeScope { Project, Review };

/// What a new project starts with.
struct NewProject {
    QString name;
    QString systemVersion;
    ProjectRole role = ProjectRole::Deployer;
};

/// The overview shown by `project info` and the GUI's project page.
struct ProjectInfo {
    QString location;
    QString name;
    QString systemVersion;
    ProjectRole role = ProjectRole::Deployer;
    int schemaVersion = 0;
    QString writtenBy;
    QDateTime created;
    QDateTime modified;
    /// Row counts by kind ("audit_entries", "blobs", ...); later modules add theirs.
    QMap<QString, qint64> counts;
};

/// A stored blob: its SHA-256 and size.
struct BlobRef {
    QString sha256;
    qint64 size = 0;
    bool alreadyStored = false; ///< the content was in the project before this write (deduplicated)
};

/// One entry of the audit chain, as stored.
struct AuditEntry {
    qint64 seq = 0;
    QDateTime time;
    QString actor;
    QString action;
    QString payload; ///< canonical JSON text
    QString prevHash;
    QString hash;
};

/// A point of the audit chain: an entry's number and hash. A signed package or review records the head it was built
/// from, which anchors the history up to it: a rewrite of those entries, even with every hash recomputed, no
/// longer meets the anchor.
struct AuditHead {
    qint64 seq = 0;
    QString hash;
};

/// The outcome of walking the audit chain.
struct AuditVerification {
    qint64 entries = 0;
    bool intact = true;
    qint64 firstBadSeq = 0; ///< the first entry that does not verify (0 when the chain itself is intact)
    bool damaged = false;   ///< SQLite's integrity check failed: nothing else was checked
    bool stateDiffers = false; ///< the chain is whole, but the tables differ from the state it records
    bool anchorChecked = false; ///< an anchor was given and the chain meets it
    QString problem;        ///< translated, one sentence
};

/// How a project is opened: by whom, with which clock, and whether it may be changed.
struct StoreOptions {
    enum class Access { ReadWrite, ReadOnly };
    const Clock *clock = nullptr; ///< the system clock when null
    QString actor;                ///< the OS user when empty
    Access access = Access::ReadWrite;
    /// What a read-only open does with a project file of an older format. Reading never upgrades the file, so by
    /// default it is refused with its version; the portfolio reads an upgraded copy in a temporary folder instead,
    /// and the file stays exactly as it was.
    enum class OlderFormat { Refuse, ReadUpgradedCopy };
    OlderFormat olderFormat = OlderFormat::Refuse;

    static StoreOptions readOnly()
    {
        StoreOptions o;
        o.access = Access::ReadOnly;
        return o;
    }
};

/// A Veiviser project, one SQLite file in WAL mode opened through QtSql, behind one API.
/// A store is used from the thread that opened it; a worker thread opens its own with reopen().
class ProjectStore {
    Q_DECLARE_TR_FUNCTIONS(vv::ProjectStore)
public:
    using Options = StoreOptions;
    using Access = StoreOptions::Access;

    static Result<std::unique_ptr<ProjectStore>> create(const QString &location, const NewProject &project,
                                                        Options options = {});
    static Result<std::unique_ptr<ProjectStore>> open(const QString &location, Options options = {});
    /// Copies a whole project to a new location (a file or an empty PostgreSQL database, either way round): every
    /// row, blob and audit entry, plus one "project.copy" entry at the end of the chain. The copy is built like
    /// a new project (a file appears only when complete) and is verified before it is returned: same rows, every
    /// blob re-hashed, audit chain intact and continuing the source's.
    static Result<std::unique_ptr<ProjectStore>> copy(const ProjectStore &source, const QString &destination,
                                                      Options options = {}, const ProgressSink &progress = {});
    /// A second connection to the same project (for a worker thread).
    Result<std::unique_ptr<ProjectStore>> reopen() const;

    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    const QString &location() const { return m_location; }
    const Clock &clock() const { return *m_options.clock; }
    const QString &actor() const { return m_options.actor; }
    bool isReadOnly() const { return m_options.access == Access::ReadOnly; }
    /// True for a team project on PostgreSQL (opened by a postgresql:// URL), false for a project file.
    bool isTeamProject() const { return m_team; }
    /// True when another Veiviser process has this project file open at the same time (the GUI while the CLI
    /// runs). Always false for team projects, whose server keeps many users apart.
    bool isOpenElsewhere() const;
    /// A URI through which SQLite opens another read-only connection to this project file (for reading on another
    /// thread), or nothing for a team project.
    QString sqliteReaderUri() const;

    /// How long a commit waits for the disk.
    enum class Durability {
        PowerCut,      ///< the default: every commit is on disk before commit() returns
        KilledProcess, ///< a commit survives a killed program at once, a power cut from the next PowerCut commit on
    };
    /// KilledProcess is for results a machine can produce again (an engine run's cases), where syncing every commit
    /// costs more than the work; the next commit made with PowerCut syncs those before it too. The project is
    /// consistent either way. Set it outside a transaction.
    Status setDurability(Durability durability);
    /// Whether a location names a team project (postgresql://user@host:port/db) rather than a file.
    static bool isTeamLocation(const QString &location);
    /// The keychain entry that holds the password for a team database address (see secrets::Keychain).
    static Result<QString> keychainEntry(const QString &teamLocation);

    /// The role of this store's actor in the project's member list (Editor when the list is empty).
    MemberRole memberRole() const { return m_memberRole; }
    /// Every member and role, by actor name.
    Result<QMap<QString, MemberRole>> members() const;
    /// Adds a member or changes a member's role, in one audited transaction. Only editors may; the first member
    /// added must be an editor, so that a project never locks everyone out.
    Status setMemberRole(const QString &actor, MemberRole role);
    /// For a team project: creates the database roles DB_editor, DB_reviewer and DB_read_only and grants them what
    /// each role may do (no one but the owner may alter or delete audit entries), so the server enforces the roles
    /// too; setMemberRole() then also grants the member's login the matching database role. Needs the database
    /// owner's rights. Returns the three role names.
    Result<QStringList> setUpTeamGrants();
    /// Refuses with an input error unless this store's actor may do what needs the given role ("change answers").
    Status require(MemberRole needed, const QString &what) const;

    /// True for a review project: one made from a package by `review open`, whose content is sealed.
    bool isReviewProject() const { return m_review; }
    /// The format version of the project file when this store reads an upgraded copy of it
    /// (StoreOptions::OlderFormat::ReadUpgradedCopy); 0 when it reads the file itself.
    int upgradedFrom() const { return m_upgradedFrom; }
    /// The largest project file read through an upgraded copy: the copy takes as much room again on disk.
    static constexpr qint64 maxUpgradedCopyBytes = qint64(2) << 30;
    /// Refuses with an input error (naming the file and what to do instead) unless a change of this scope may be
    /// made: the project is open for writing, the actor is not a read-only member, and a review project takes only
    /// review changes. begin() checks it; long work (imports, package builds, test runs) calls it first, so that it
    /// fails before it starts rather than when it stores its result.
    Status mayChange(ChangeScope scope = ChangeScope::Project) const;

    Result<ProjectInfo> info() const;

    /// Starts a write. Every change to a project is one Transaction that appends to the audit chain. The review
    /// side (findings, the reviewer, review exports) begins with ChangeScope::Review; see mayChange().
    Result<Transaction> begin(ChangeScope scope = ChangeScope::Project);

    /// Changes the project's name, system version or role, in one audited transaction.
    Status updateProject(const QString &name, const QString &systemVersion, ProjectRole role);

    /// Checks the whole file: SQLite's integrity check, the chain, the replay of the audited state against the
    /// tables, and, with an anchor, that the chain still holds that entry unchanged.
    Result<AuditVerification> verifyAudit(const ProgressSink &progress = {},
                                          const std::optional<AuditHead> &anchor = std::nullopt) const;
    /// The newest entry of the chain (seq 0 and no hash for an empty chain).
    Result<AuditHead> auditHead() const;
    /// Entries with seq >= fromSeq, oldest first, at most limit of them.
    Result<std::vector<AuditEntry>> auditEntries(qint64 fromSeq = 1, int limit = 1000) const;

    /// The stored blob with this hash, or nullopt.
    Result<std::optional<BlobRef>> findBlob(const QString &sha256) const;
    /// Streams a blob to out chunk by chunk, checking its hash on the way; a mismatch is an error.
    Status readBlob(const QString &sha256, QIODevice &out, const CancellationToken *cancel = nullptr,
                    const ProgressSink &progress = {}) const;
    /// The first maxBytes of a blob (all of it when smaller), for previews. A head cannot be checked against the
    /// hash; readBlob checks the whole.
    Result<QByteArray> readBlobHead(const QString &sha256, qint64 maxBytes) const;

    /// The newest schema this program knows, and the program version that introduced it.
    static int latestSchemaVersion();
    /// The SQLite application_id in every project file's header ("VVIS").
    static constexpr qint32 applicationId = 0x56564953;
    /// What the first 100 bytes of a file say it is: the one reading of a project's header (open, output checks).
    enum class HeaderKind { NotSqlite, OtherSqlite, Project };
    static HeaderKind headerKind(QByteArrayView header);
    /// The project file a companion path belongs to ("P.veiviser" for "P.veiviser-wal", -shm or -journal), or the
    /// path itself when it has none of those suffixes.
    static QString companionOf(const QString &path);
    /// Blob chunk size: large enough for fast I/O, small enough that memory use stays flat.
    static constexpr qint64 chunkSize = 4 << 20;
    /// SQLite page size of new project files.
    static constexpr int pageSize = 65536;

    /// For the store module's own table classes; nothing outside modules/store uses SQL.
    const QSqlDatabase &database() const { return m_db; }

private:
    ProjectStore(QString location, Options options);
    /// immutable: read a file that nothing can change while it is open (a read-only folder without -wal and -shm
    /// files, where SQLite could otherwise not open it at all).
    Status connect(bool readOnly, bool immutable = false);
    Status connectTeam(bool readOnly);
    Status configureConnection();
    Status loadMemberRole();
    Status loadAccess();
    using Filler = std::function<Status(ProjectStore &store, Transaction &tx)>;
    /// Builds a new project at location (schema, then fill() inside one transaction) and opens it.
    static Result<std::unique_ptr<ProjectStore>> createWith(const QString &location, Options options,
                                                            const Filler &fill);
    static Result<std::unique_ptr<ProjectStore>> createTeam(const QString &location, Options options,
                                                            const Filler &fill);
    static Result<std::unique_ptr<ProjectStore>> openTeam(const QString &location, Options options);
    /// Reads a project of an older format through a copy upgraded in a temporary folder; older is open read-only.
    static Result<std::unique_ptr<ProjectStore>> openUpgradedCopy(std::unique_ptr<ProjectStore> older, int version);

    QString m_location;
    Options m_options;
    QString m_connectionName;
    std::shared_ptr<ProjectFilePin> m_pin; ///< for a project file: keeps its locks safe while m_db is open
    QSqlDatabase m_db;
    bool m_team = false;
    bool m_immutable = false; ///< opened as a file nothing can change (see connect())
    MemberRole m_memberRole = MemberRole::Editor;
    bool m_review = false;
    QString m_reviewedPackage; ///< the package file a review project was made from
    QString m_notWritable;     ///< why a project opened for writing could only be opened for reading
    int m_upgradedFrom = 0;
    std::shared_ptr<QTemporaryDir> m_copyFolder; ///< holds the upgraded copy while this store reads it
    friend class Transaction;
};

} // namespace vv
