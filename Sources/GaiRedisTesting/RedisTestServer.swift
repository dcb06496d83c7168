import Foundation
import GaiServerTesting
import Logging
import Synchronization
import GaiRedis

/// The logger every test client uses, quiet below errors: the readiness probe's refused
/// connects are expected.
public let testLogger: Logger = {
    var logger = Logger(label: "gai.redis.tests")
    logger.logLevel = .error
    return logger
}()

/// Why a test Redis server could not be started. Tests fail with this (never skip): the test
/// command installs `redis-server`, so its absence is a broken setup, not an optional feature.
public struct RedisTestServerError: Error, CustomStringConvertible {
    public var description: String
}

/// A real `redis-server` on a free loopback port, owned by this test process.
///
/// Every server is registered so an `atexit` hook kills it when the test process exits, and a
/// tiny shell watchdog kills it if the test process dies without running `atexit` (a crash):
/// no server outlives `swift test`.
public struct RedisTestServer: Sendable {
    /// The server's loopback port.
    public let port: Int
    /// The server's process id.
    public let pid: Int32

    /// A `redis://` URL for this server, optionally with a password and database.
    public func url(password: String? = nil, database: Int? = nil) -> String {
        let auth = password.map { ":\($0)@" } ?? ""
        return "redis://\(auth)127.0.0.1:\(self.port)" + (database.map { "/\($0)" } ?? "")
    }

    /// A client for this server with short timeouts; `configure` adjusts the configuration.
    public func client(_ configure: (inout RedisConfiguration) -> Void = { _ in }) throws -> RedisClient {
        var configuration = try RedisConfiguration(url: self.url())
        configuration.connectTimeout = .milliseconds(500)
        configuration.commandTimeout = .seconds(2)
        configure(&configuration)
        return RedisClient(configuration: configuration, logger: testLogger)
    }

    /// The server most tests share: started on first use, killed when the test process exits.
    public static func shared() async throws -> RedisTestServer {
        try await SharedServer.instance.server()
    }

    /// Starts a server of its own for a test that disturbs the server (kills clients, flushes
    /// scripts, needs a password); stop it with ``stop()``.
    public static func start(arguments: [String] = [], port fixedPort: Int? = nil) async throws -> RedisTestServer {
        guard let executable = Self.findExecutable("redis-server") else {
            throw RedisTestServerError(
                description: "redis-server is not on PATH: these tests need a real Redis. Install it with "
                    + "`apt-get install redis-server` (scripts/test does this before running the tests).")
        }
        var lastError: (any Error)?
        // A port found free can be taken before redis binds it; a few tries make that harmless.
        for _ in 0..<3 {
            do {
                var port = fixedPort ?? 0
                if fixedPort == nil { port = try Self.freePort() }
                return try await Self.launch(executable: executable, port: port, arguments: arguments)
            } catch {
                lastError = error
            }
        }
        throw lastError ?? RedisTestServerError(description: "redis-server did not start")
    }

    /// Runs `body` with a server of its own, stopped afterwards whatever happens.
    public static func with(arguments: [String] = [], _ body: (RedisTestServer) async throws -> Void) async throws {
        let server = try await Self.start(arguments: arguments)
        do {
            try await body(server)
        } catch {
            server.stop()
            throw error
        }
        server.stop()
    }

    /// Kills the server.
    public func stop() {
        ServerRegistry.stop(self.pid)
    }

    private static func launch(executable: String, port: Int, arguments: [String]) async throws -> RedisTestServer {
        let logFile = FileManager.default.temporaryDirectory.appendingPathComponent("gai-redis-test-\(port).log").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--port", "\(port)", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", FileManager.default.temporaryDirectory.path, "--logfile", logFile,
        ] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = RedisTestServer(port: port, pid: process.processIdentifier)
        ServerRegistry.register(process, logFile: logFile)
        let probe = try server.client { $0.poolSize = 1; $0.reconnectBackoff = .milliseconds(1) }
        let ready = await Self.waitUntilReady(probe, pid: server.pid)
        await probe.shutdown()
        guard ready else {
            let log = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
            server.stop()
            throw RedisTestServerError(description: "redis-server on port \(port) did not answer PING:\n\(log.suffix(2000))")
        }
        return server
    }

    /// Polls with PING for up to 5 s; a password-protected server answering NOAUTH is ready too.
    private static func waitUntilReady(_ probe: RedisClient, pid: Int32) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(5)
        // Foundation reaps an exited server, after which `kill(pid, 0)` fails.
        while ContinuousClock.now < deadline, kill(pid, 0) == 0 {
            do {
                try await probe.ping()
                return true
            } catch RedisError.server(let message) where message.hasPrefix("NOAUTH") {
                return true
            } catch {
                try? await Task.sleep(for: .milliseconds(20))
            }
        }
        return false
    }

    private static func freePort() throws -> Int {
        let reserved = try ReservedPort()
        reserved.release()
        return reserved.port
    }

    private static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Starts the shared server once, however many tests ask for it at the same time.
private actor SharedServer {
    static let instance = SharedServer()
    private var starting: Task<RedisTestServer, any Error>?

    func server() async throws -> RedisTestServer {
        if let starting { return try await starting.value }
        let task = Task { try await RedisTestServer.start() }
        self.starting = task
        return try await task.value
    }
}
