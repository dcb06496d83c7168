import NIOCore
import Testing
@testable import GaiRedis
import GaiRedisTesting
import GaiServerTesting

/// Failure handling, each test with a redis-server of its own since they kill connections,
/// flush scripts, stop the server or need a password.
@Suite("Redis client resilience")
struct RedisResilienceTests {
    @Test func evalScriptLoadsOnMissThenUsesEVALSHA() async throws {
        try await RedisTestServer.with { server in
            let client = try server.client()
            let script = RedisScript("return redis.call('INCRBY', KEYS[1], ARGV[1])")
            _ = try await client.send(["SCRIPT", "FLUSH"])
            _ = try await client.send(["CONFIG", "RESETSTAT"])
            #expect(try await client.evalScript(script, keys: ["gai:script"], args: [5]) == .integer(5))
            #expect(try await client.evalScript(script, keys: ["gai:script"], args: [2]) == .integer(7))
            let stats = try await client.send(["INFO", "commandstats"]).string ?? ""
            // One NOSCRIPT miss and its retry, then a plain hit; the source was loaded once.
            #expect(Self.calls("evalsha", in: stats) == 3)
            #expect(Self.calls("script|load", in: stats) == 1)
            #expect(Self.calls("eval", in: stats) == 0)
            await client.shutdown()
        }
    }

    @Test func reconnectsAfterTheServerKillsTheConnection() async throws {
        try await RedisTestServer.with { server in
            let client = try server.client()
            let killer = try server.client()
            try await client.ping()
            let killed = try await killer.send(["CLIENT", "KILL", "TYPE", "normal"])
            #expect((killed.int64 ?? 0) >= 1)
            // Let the client see the close; a command racing it fails like any broken request.
            try await Task.sleep(for: .milliseconds(500))
            try await client.ping()
            try await client.set("gai:after-kill", to: "ok")
            #expect(try await client.get("gai:after-kill").map { String(buffer: $0) } == "ok")
            await client.shutdown()
            await killer.shutdown()
        }
    }

    @Test func reconnectsAfterTheServerRestarts() async throws {
        let server = try await RedisTestServer.start()
        let client = try server.client { $0.reconnectBackoff = .milliseconds(50) }
        try await client.ping()
        server.stop()
        let started = ContinuousClock.now
        await #expect(throws: RedisError.self) { try await client.ping() }
        // Bounded by the connect timeout (500 ms here), with room for a loaded machine.
        #expect(ContinuousClock.now - started < .seconds(3))
        let restarted = try await RedisTestServer.start(port: server.port)
        try await Task.sleep(for: .milliseconds(300))
        try await client.ping()
        await client.shutdown()
        restarted.stop()
    }

    @Test func connectingToAClosedPortFailsFastThenBacksOff() async throws {
        let closed = try ReservedPort()
        var configuration = RedisConfiguration(port: closed.port)
        // Far above a refused connect's time even on a loaded machine (3 s once took 3.6 s with
        // builds running beside the tests); a client that waited for the timeout instead would
        // still take all of it and fail.
        configuration.connectTimeout = .seconds(20)
        configuration.reconnectBackoff = .seconds(60)
        let client = RedisClient(configuration: configuration, logger: testLogger)
        let started = ContinuousClock.now
        do {
            try await client.ping()
            Issue.record("ping to a closed port succeeded")
        } catch {
            guard case .connectionFailed = error else {
                Issue.record("expected connectionFailed, got \(error)")
                return
            }
        }
        #expect(ContinuousClock.now - started < configuration.connectTimeout)
        // During the backoff the client does not even try: with a server now listening on the
        // port, commands still fail at once instead of connecting.
        closed.release()
        let server = try await RedisTestServer.start(port: closed.port)
        await #expect(throws: RedisError.self) { try await client.ping() }
        await client.shutdown()
        server.stop()
    }

    @Test func authAndDatabaseFromTheURL() async throws {
        try await RedisTestServer.with(arguments: ["--requirepass", "s3cr3t"]) { server in
            let logger = testLogger
            let authed = try RedisClient(url: server.url(password: "s3cr3t", database: 3), logger: logger)
            try await authed.set("gai:db3", to: "three")
            let db0 = try RedisClient(url: server.url(password: "s3cr3t"), logger: logger)
            #expect(try await db0.get("gai:db3") == nil)
            #expect(try await authed.get("gai:db3").map { String(buffer: $0) } == "three")

            let wrong = try RedisClient(url: server.url(password: "nope"), logger: logger)
            do {
                try await wrong.ping()
                Issue.record("a wrong password was accepted")
            } catch let error as RedisError {
                guard case .connectionFailed(let reason) = error else {
                    Issue.record("expected connectionFailed, got \(error)")
                    return
                }
                #expect(!reason.contains("nope"))
            }
            let anonymous = try RedisClient(url: server.url(), logger: logger)
            await #expect(throws: RedisError.self) { try await anonymous.ping() }
            for client in [authed, db0, wrong, anonymous] { await client.shutdown() }
        }
    }

    @Test func poolNeverOpensMoreThanItsSize() async throws {
        try await RedisTestServer.with { server in
            let client = try server.client { $0.poolSize = 2 }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<100 { group.addTask { try await client.ping() } }
                try await group.waitForAll()
            }
            let list = try await client.send(["CLIENT", "LIST", "TYPE", "normal"]).string ?? ""
            let connections = list.split(separator: "\n").count
            #expect(connections >= 1 && connections <= 2)
            await client.shutdown()
        }
    }

    /// `calls=N` of a command in `INFO commandstats`, 0 when it never ran.
    private static func calls(_ command: String, in stats: String) -> Int {
        for line in stats.split(whereSeparator: \.isNewline) where line.hasPrefix("cmdstat_\(command):") {
            let fields = line.dropFirst("cmdstat_\(command):".count).split(separator: ",")
            for field in fields where field.hasPrefix("calls=") {
                return Int(field.dropFirst("calls=".count)) ?? -1
            }
        }
        return 0
    }
}
