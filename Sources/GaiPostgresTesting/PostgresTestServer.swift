import Foundation
import GaiServerTesting
import Logging
import PostgresNIO
import Synchronization

/// The logger the test support uses, quiet below errors: the readiness probe's refused
/// connects are expected.
public let postgresTestLogger: Logger = {
    var logger = Logger(label: "gai.postgres.tests")
    logger.logLevel = .error
    return logger
}()

/// Why a test PostgreSQL could not be started. Tests fail with this (never skip): the test
/// command installs PostgreSQL, so its absence is a broken setup, not an optional feature.
public struct PostgresTestServerError: Error, CustomStringConvertible {
    public var description: String
}

/// A real PostgreSQL on a free loopback port, owned by this test process.
///
/// `initdb` makes a throw-away cluster (trust authentication, superuser `gai`, no fsync) in a
/// temporary directory, and `postgres` serves it on `127.0.0.1` only. Since `initdb` and
/// `postgres` refuse to run as root, a root test process runs them as the `postgres` system user
/// (`setpriv`, which execs, so the process id is the postmaster's own).
///
/// Every server is registered so an `atexit` hook stops it and removes its directory when the
/// test process exits, and a tiny shell watchdog does the same if the test process dies without
/// running `atexit` (a crash): no server outlives `swift test`.
public struct PostgresTestServer: Sendable {
    /// The server's loopback port.
    public let port: Int
    /// The postmaster's process id.
    public let pid: Int32
    /// The temporary directory holding the cluster and the socket.
    public let directory: String

    /// The role every test connects as: a superuser, no password.
    public static let username = "gai"

    /// A `postgres://` URL for `database` on this server.
    public func url(database: String = "postgres") -> String {
        "postgres://\(Self.username)@127.0.0.1:\(port)/\(database)?sslmode=disable"
    }

    /// Creates an empty database with a unique name and returns its URL, so each test has its
    /// own schema and data.
    public func createDatabase() async throws -> String {
        let name = "gai_test_\(Self.databaseCounter.add(1, ordering: .relaxed).newValue)_\(UInt32.random(in: 0...UInt32.max))"
        let connection = try await connect(database: "postgres")
        do {
            // A name cannot be a bound parameter; this one is made above of [a-z0-9_] only.
            try await connection.query("CREATE DATABASE \(unescaped: name)", logger: postgresTestLogger)
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
        return url(database: name)
    }

    /// A plain connection to `database` (close it when done).
    public func connect(database: String) async throws -> PostgresConnection {
        let configuration = PostgresConnection.Configuration(
            host: "127.0.0.1", port: port, username: Self.username, password: nil, database: database, tls: .disable)
        return try await PostgresConnection.connect(configuration: configuration, id: 1, logger: postgresTestLogger)
    }

    /// The server most tests share: started on first use, stopped when the test process exits.
    public static func shared() async throws -> PostgresTestServer {
        try await SharedPostgresServer.instance.server()
    }

    /// Starts a server of its own; stop it with ``stop()``.
    public static func start() async throws -> PostgresTestServer {
        let binaries = try Self.findBinaries()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gai-pg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/socket", withIntermediateDirectories: true)
        let owner = try Self.serverUser()
        if let owner {
            for path in [directory, directory + "/socket"] where chown(path, owner.uid, owner.gid) != 0 {
                throw PostgresTestServerError(description: "could not hand \(path) to the postgres user: errno \(errno)")
            }
        }
        do {
            try Self.initdb(binaries.initdb, directory: directory, owner: owner)
            var lastError: (any Error)?
            // A port found free can be taken before postgres binds it; a few tries make that harmless.
            for _ in 0..<3 {
                do {
                    return try await Self.launch(binaries.postgres, directory: directory, owner: owner)
                } catch {
                    lastError = error
                }
            }
            throw lastError ?? PostgresTestServerError(description: "postgres did not start")
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
    }

    /// Stops the server and removes its directory.
    public func stop() {
        PostgresServerRegistry.stop(pid)
    }

    private static let databaseCounter = Atomic<Int>(0)

    private static func initdb(_ executable: String, directory: String, owner: ServerUser?) throws {
        let log = directory + "/initdb.log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        defer { try? output.close() }
        let process = Self.process(
            executable,
            ["-D", directory + "/data", "-A", "trust", "-U", username, "--no-sync", "-E", "UTF8", "--locale=C"],
            directory: directory, owner: owner)
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw PostgresTestServerError(description: "initdb failed (status \(process.terminationStatus)):\n\(text.suffix(2000))")
        }
    }

    private static func launch(_ executable: String, directory: String, owner: ServerUser?) async throws -> PostgresTestServer {
        let reserved = try ReservedPort()
        let port = reserved.port
        reserved.release()
        let log = directory + "/postgres-\(port).log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        defer { try? output.close() }
        let settings = [
            "listen_addresses=127.0.0.1", "fsync=off", "synchronous_commit=off", "full_page_writes=off",
            "max_connections=300", "shared_buffers=32MB",
        ]
        let process = Self.process(
            executable,
            ["-D", directory + "/data", "-p", "\(port)", "-k", directory + "/socket"] + settings.flatMap { ["-c", $0] },
            directory: directory, owner: owner)
        process.standardOutput = output
        process.standardError = output
        try process.run()
        PostgresServerRegistry.register(process, directory: directory)
        let server = PostgresTestServer(port: port, pid: process.processIdentifier, directory: directory)
        guard await server.waitUntilReady() else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            // Stopping would remove the directory the next try needs: only kill this postmaster.
            kill(process.processIdentifier, SIGQUIT)
            process.waitUntilExit()
            throw PostgresTestServerError(description: "postgres on port \(port) did not accept connections:\n\(text.suffix(2000))")
        }
        return server
    }

    /// Polls with a connection for up to 30 s (a cold start on a loaded machine is slow).
    private func waitUntilReady() async -> Bool {
        let deadline = ContinuousClock.now + .seconds(30)
        // Foundation reaps an exited server, after which `kill(pid, 0)` fails.
        while ContinuousClock.now < deadline, kill(pid, 0) == 0 {
            if let connection = try? await connect(database: "postgres") {
                try? await connection.close()
                return true
            }
            try? await Task.sleep(for: .milliseconds(25))
        }
        return false
    }

    /// A process running `executable`, as the `postgres` user when `owner` is set.
    private static func process(_ executable: String, _ arguments: [String], directory: String, owner: ServerUser?) -> Process {
        let process = Process()
        if let owner {
            // `setpriv` execs the command, unlike `runuser`, so killing the pid kills postgres.
            process.executableURL = URL(fileURLWithPath: owner.setpriv)
            process.arguments = ["--reuid=\(owner.uid)", "--regid=\(owner.gid)", "--clear-groups", "--", executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = FileHandle.nullDevice
        return process
    }
}

/// Starts the shared server once, however many tests ask for it at the same time.
private actor SharedPostgresServer {
    static let instance = SharedPostgresServer()
    private var starting: Task<PostgresTestServer, any Error>?

    func server() async throws -> PostgresTestServer {
        if let starting { return try await starting.value }
        let task = Task { try await PostgresTestServer.start() }
        self.starting = task
        return try await task.value
    }
}
