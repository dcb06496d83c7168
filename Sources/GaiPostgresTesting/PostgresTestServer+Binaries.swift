import Foundation

/// The unprivileged account a root test process runs PostgreSQL as.
struct ServerUser: Sendable {
    var uid: uid_t
    var gid: gid_t
    /// The `setpriv` executable that switches to it.
    var setpriv: String
}

extension PostgresTestServer {
    /// `initdb` and `postgres` of the newest PostgreSQL under `/usr/lib/postgresql/*/bin`
    /// (Debian's layout), else from `PATH`.
    static func findBinaries() throws -> (initdb: String, postgres: String) {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap { name in Double(name).map { (name, $0) } }
            .sorted { $0.1 > $1.1 }
        for (name, _) in versions {
            let bin = "\(root)/\(name)/bin"
            if isExecutable("\(bin)/initdb"), isExecutable("\(bin)/postgres") {
                return ("\(bin)/initdb", "\(bin)/postgres")
            }
        }
        if let initdb = findOnPath("initdb"), let postgres = findOnPath("postgres") {
            return (initdb, postgres)
        }
        throw PostgresTestServerError(
            description: "PostgreSQL (initdb, postgres) is not installed: these tests need a real PostgreSQL. Install it "
                + "with `apt-get install postgresql` (scripts/test does this before running the tests).")
    }

    /// `nil` when this process is not root; otherwise the `postgres` system user, since `initdb`
    /// and `postgres` refuse to run as root.
    static func serverUser() throws -> ServerUser? {
        guard getuid() == 0 else { return nil }
        guard let entry = getpwnam("postgres") else {
            throw PostgresTestServerError(
                description: "running as root, but there is no `postgres` user to run PostgreSQL as (the postgresql package creates it)")
        }
        guard let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first(where: isExecutable) ?? findOnPath("setpriv") else {
            throw PostgresTestServerError(description: "running as root, but setpriv (util-linux) is missing to run PostgreSQL as `postgres`")
        }
        return ServerUser(uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid, setpriv: setpriv)
    }

    private static func isExecutable(_ path: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: path)
    }

    private static func findOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first(where: isExecutable)
    }
}
