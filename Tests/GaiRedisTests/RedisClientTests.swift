import NIOCore
import Testing
@testable import GaiRedis
import GaiRedisTesting

/// Commands against the shared real redis-server. Every test uses keys of its own, so these run
/// in parallel; tests that disturb the server live in `RedisResilienceTests` with servers of
/// their own.
@Suite("Redis client")
struct RedisClientTests {
    private func withClient(
        poolSize: Int = 4,
        commandTimeout: Duration = .seconds(2),
        _ body: (RedisClient) async throws -> Void
    ) async throws {
        let client = try await RedisTestServer.shared().client {
            $0.poolSize = poolSize
            $0.commandTimeout = commandTimeout
        }
        do {
            try await body(client)
        } catch {
            await client.shutdown()
            throw error
        }
        await client.shutdown()
    }

    private func key(_ name: String) -> String { "gai:test:\(name):\(UInt64.random(in: 0...UInt64.max))" }

    @Test func ping() async throws {
        try await self.withClient { client in
            try await client.ping()
            #expect(try await client.send(["PING", "hello"]) == .bulkString(ByteBuffer(string: "hello")))
        }
    }

    @Test func setGetRoundTripIsBinarySafe() async throws {
        try await self.withClient { client in
            let key = self.key("binary")
            let value = ByteBuffer(bytes: (0...255).map { UInt8($0) } + Array("\r\n$-1\r\n*".utf8))
            try await client.set(key, to: .bytes(value))
            #expect(try await client.get(key) == value)
            try await client.set(key, to: "text", px: 60_000)
            #expect(try await client.get(key).map { String(buffer: $0) } == "text")
            let ttl = try await client.send(["PTTL", .string(key)]).int64 ?? -1
            #expect(ttl > 0 && ttl <= 60_000)
            #expect(try await client.del(key) == 1)
            #expect(try await client.get(key) == nil)
        }
    }

    @Test func incrByAndExpire() async throws {
        // Spelled out: a closure whose only `try`s are inside #expect is not inferred as throwing.
        try await self.withClient { (client: RedisClient) async throws in
            let key = self.key("counter")
            #expect(try await client.incrBy(key, 5) == 5)
            #expect(try await client.incrBy(key, -2) == 3)
            #expect(try await client.expire(key, seconds: 100))
            #expect(try await client.send(["TTL", .string(key)]).int64 == 100)
            #expect(try await client.get(key).map { String(buffer: $0) } == "3")
            #expect(try await client.expire(self.key("missing"), seconds: 100) == false)
        }
    }

    @Test func pipelineOfAThousandCommandsKeepsOrder() async throws {
        try await self.withClient { client in
            let key = self.key("pipeline")
            let commands: [[RedisArgument]] = (0..<1000).map { _ in ["INCR", .string(key)] }
            let replies = try await client.pipeline(commands)
            #expect(replies == (1...1000).map { .integer(Int64($0)) })
        }
    }

    @Test func serverErrorFailsOnlyThatCommand() async throws {
        // One connection, so the commands before and after provably share it.
        try await self.withClient(poolSize: 1) { client in
            let key = self.key("wrongtype")
            try await client.set(key, to: "not a number")
            let connectionID = try await client.send(["CLIENT", "ID"])
            await #expect(throws: RedisError.self) { try await client.incrBy(key, 1) }
            do {
                _ = try await client.send(["LPUSH", .string(key), "x"])
                Issue.record("LPUSH on a string should fail")
            } catch let error as RedisError {
                #expect(error.serverCode == "WRONGTYPE")
            }
            #expect(try await client.send(["CLIENT", "ID"]) == connectionID)
            let replies = try await client.pipeline([["GET", .string(key)], ["INCR", .string(key)], ["PING"]])
            #expect(replies.count == 3)
            #expect(replies[0] == .bulkString(ByteBuffer(string: "not a number")))
            #expect(replies[1].isError)
            #expect(replies[2] == .simpleString("PONG"))
        }
    }

    @Test func commandTimeoutClosesTheConnectionAndTheClientRecovers() async throws {
        // The timeout is the one for every command, the reconnect and PING after it included, so it
        // must leave room for a loaded CI machine (a 100 ms one failed there once); BLPOP's 60 s is
        // far beyond it, so a reply that arrives at all proves the timeout did not fire.
        try await self.withClient(poolSize: 1, commandTimeout: .seconds(1)) { client in
            // BLPOP holds the reply for 60 s: the server is as slow as a wedged one for us.
            let started = ContinuousClock.now
            await #expect(throws: RedisError.timeout) { try await client.send(["BLPOP", .string(self.key("never")), "60"]) }
            #expect(ContinuousClock.now - started < .seconds(30))
            try await client.ping()
        }
    }

    @Test func concurrentCommandsOnAPoolGetTheirOwnReplies() async throws {
        try await self.withClient { client in
            let prefix = self.key("concurrent")
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<200 {
                    group.addTask {
                        let key = "\(prefix):\(index)"
                        try await client.set(key, to: .string("value-\(index)"))
                        let value = try await client.get(key)
                        #expect(value.map { String(buffer: $0) } == "value-\(index)")
                    }
                }
                try await group.waitForAll()
            }
        }
    }

    @Test func shutdownRefusesFurtherCommands() async throws {
        let client = try await RedisTestServer.shared().client()
        try await client.ping()
        await client.shutdown()
        await #expect(throws: RedisError.closed) { try await client.ping() }
    }
}

extension RESPValue {
    fileprivate var isError: Bool {
        if case .error = self { return true }
        return false
    }
}
