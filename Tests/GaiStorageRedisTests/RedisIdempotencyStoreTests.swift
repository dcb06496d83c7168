import GaiRedis
import GaiRedisTesting
import GaiStorage
import GaiStorageRedis
import NIOCore
import Testing

/// Two gateway replicas: two stores with clients of their own on one Redis, in a namespace of
/// their own, each running its background work.
private struct Replicas: Sendable {
    let a: RedisIdempotencyStore
    let b: RedisIdempotencyStore
    /// For looking at the keys directly.
    let client: RedisClient
    let prefix: String

    static func with(
        ttl: Duration = .seconds(60), runningLease: Duration = .seconds(60), _ body: (Replicas) async throws -> Void
    ) async throws {
        let server = try await RedisTestServer.shared()
        let prefix = "gai:idem:test:\(UInt64.random(in: 0...UInt64.max)):"
        let configuration = RedisIdempotencyStore.Configuration(
            keyPrefix: prefix, ttl: ttl, runningLease: runningLease, pollInterval: .milliseconds(10))
        let clients = [try server.client(), try server.client(), try server.client()]
        let replicas = Replicas(
            a: RedisIdempotencyStore(client: clients[0], configuration: configuration),
            b: RedisIdempotencyStore(client: clients[1], configuration: configuration), client: clients[2], prefix: prefix)
        // Connect and load the scripts first, so a short TTL or lease cannot end during the
        // first claim's connect on a busy machine.
        for store in [replicas.a, replicas.b] {
            if case .acquired(let ticket) = await store.claim(IdempotencyScope(caller: "warm", key: "up"), fingerprint: "f") {
                await store.abandon(ticket)
            }
        }
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await replicas.a.run() }
                group.addTask { await replicas.b.run() }
                do {
                    try await body(replicas)
                } catch {
                    group.cancelAll()
                    throw error
                }
                group.cancelAll()
            }
        } catch {
            for client in clients { await client.shutdown() }
            throw error
        }
        for client in clients { await client.shutdown() }
    }

    /// The keys of this namespace.
    func keys() async throws -> [String] {
        (try await client.send(["KEYS", .string(prefix + "*")]).elements ?? []).compactMap(\.string)
    }
}

private struct TimedOut: Error {}

/// `body`'s result, or a failure after `seconds`: a broken store fails the test, never hangs it.
private func within<T: Sendable>(seconds: Int = 10, _ body: @escaping @Sendable () async -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { await body() }
        group.addTask {
            try? await Task.sleep(for: .seconds(seconds))
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let result = first else { throw TimedOut() }
        return result
    }
}

private func events(_ recording: StreamRecording, after lastEventID: Int? = nil) async throws -> [ByteBuffer] {
    try await within {
        var frames: [ByteBuffer] = []
        for await frame in recording.events(after: lastEventID) { frames.append(frame) }
        return frames
    }
}

private func event(_ index: Int, _ framing: StreamRecording.Framing) -> ByteBuffer {
    switch framing {
    case .sse: ByteBuffer(string: "event: delta\ndata: {\"n\":\(index),\"text\":\"chunk \(index)\"}\n\n")
    case .ndjson: ByteBuffer(string: "{\"n\":\(index),\"text\":\"chunk \(index)\"}\n")
    }
}

private let answer = IdempotentResponse(
    status: 200, headers: ["content-type": "application/json", "x-gai-deployment": "openai/gpt"],
    body: ByteBuffer(bytes: Array("{\"id\":\"1\"}".utf8) + [0, 0xFF, 0x0A, 0x80]))

@Suite("RedisIdempotencyStore")
struct RedisIdempotencyStoreTests {
    let scope = IdempotencyScope(caller: "caller", key: "key-1")

    @Test("the first claim runs; duplicates on both replicas wait and get its answer")
    func duplicatesWaitForTheAnswer() async throws {
        try await Replicas.with { r in
            guard case .acquired(let ticket) = await r.a.claim(scope, fingerprint: "f") else { Issue.record("expected acquired"); return }
            guard case .running(let remote) = await r.b.claim(scope, fingerprint: "f"),
                case .running(let local) = await r.a.claim(scope, fingerprint: "f")
            else { Issue.record("expected running"); return }
            async let remoteOutcome = within { await remote.outcome() }
            async let localOutcome = within { await local.outcome() }
            #expect(await r.a.count() == 1)
            await r.a.complete(ticket, outcome: .response(answer), keep: true)
            guard case .response(let fromB)? = try await remoteOutcome, case .response(let fromA)? = try await localOutcome else {
                Issue.record("expected a response")
                return
            }
            #expect(fromB == answer)
            #expect(fromA == answer)
            #expect(await r.a.count() == 0)
        }
    }

    @Test("a completed answer is replayed on either replica with the same status, headers and bytes")
    func completedAnswerIsReplayed() async throws {
        try await Replicas.with { r in
            let refused = IdempotentResponse(status: 422, headers: ["content-type": "application/json"], body: ByteBuffer(string: "{}"))
            guard case .acquired(let ticket) = await r.a.claim(scope, fingerprint: "f"),
                case .acquired(let other) = await r.b.claim(IdempotencyScope(caller: "caller", key: "key-2"), fingerprint: "f")
            else { Issue.record("expected acquired"); return }
            await r.a.complete(ticket, outcome: .response(answer), keep: true)
            await r.b.complete(other, outcome: .response(refused), keep: true)
            for store in [r.a, r.b] {
                guard case .completed(let replayed) = await store.claim(scope, fingerprint: "f"),
                    case .completed(let replayedRefusal) = await store.claim(IdempotencyScope(caller: "caller", key: "key-2"), fingerprint: "f")
                else { Issue.record("expected completed"); return }
                #expect(replayed == answer)
                #expect(replayedRefusal == refused)
            }
            // The same key from another caller is another record.
            guard case .acquired = await r.b.claim(IdempotencyScope(caller: "someone else", key: "key-1"), fingerprint: "f") else {
                Issue.record("expected acquired")
                return
            }
        }
    }

    @Test("the same key with another fingerprint is a mismatch, while running and after")
    func differentBodyIsAMismatch() async throws {
        try await Replicas.with { r in
            guard case .acquired(let ticket) = await r.a.claim(scope, fingerprint: "f") else { Issue.record("expected acquired"); return }
            guard case .mismatch = await r.b.claim(scope, fingerprint: "g") else { Issue.record("expected mismatch while running"); return }
            await r.a.complete(ticket, outcome: .response(answer), keep: true)
            guard case .mismatch = await r.b.claim(scope, fingerprint: "g") else { Issue.record("expected mismatch when done"); return }
        }
    }

    @Test("completing without keep frees the key; the duplicates already waiting still get the answer")
    func completeWithoutKeepFreesTheKey() async throws {
        try await Replicas.with { r in
            guard case .acquired(let ticket) = await r.a.claim(scope, fingerprint: "f"),
                case .running(let waiter) = await r.b.claim(scope, fingerprint: "f")
            else { Issue.record("expected acquired, then running"); return }
            async let outcome = within { await waiter.outcome() }
            await r.a.complete(ticket, outcome: .response(answer), keep: false)
            guard case .response(let response)? = try await outcome else { Issue.record("expected the answer"); return }
            #expect(response == answer)
            guard case .acquired = await r.b.claim(scope, fingerprint: "g") else { Issue.record("expected the key to be free"); return }
        }
    }

    @Test("abandoning wakes every waiter with nothing and frees the key")
    func abandonFreesTheKey() async throws {
        try await Replicas.with { r in
            guard case .acquired(let ticket) = await r.a.claim(scope, fingerprint: "f"),
                case .running(let remote) = await r.b.claim(scope, fingerprint: "f"),
                case .running(let local) = await r.a.claim(scope, fingerprint: "f")
            else { Issue.record("expected acquired, then running"); return }
            async let remoteOutcome = within { await remote.outcome() }
            async let localOutcome = within { await local.outcome() }
            await r.a.abandon(ticket)
            let fromB = try await remoteOutcome
            let fromA = try await localOutcome
            #expect(fromB == nil)
            #expect(fromA == nil)
            guard case .acquired = await r.b.claim(scope, fingerprint: "f") else { Issue.record("expected the key to be free"); return }
        }
    }

    @Test("50 concurrent claims across two replicas: exactly one runs, every other gets its answer")
    func concurrentClaimsAcquireOnce() async throws {
        try await Replicas.with { r in
            let scope = self.scope
            let claims = await withTaskGroup(of: (store: RedisIdempotencyStore, claim: IdempotencyClaim).self) { group in
                for index in 0..<50 {
                    let store = index.isMultiple(of: 2) ? r.a : r.b
                    group.addTask { (store, await store.claim(scope, fingerprint: "f")) }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let tickets = claims.compactMap { entry -> (RedisIdempotencyStore, IdempotencyTicket)? in
                if case .acquired(let ticket) = entry.claim { return (entry.store, ticket) }
                return nil
            }
            let waiters = claims.compactMap { entry -> IdempotencyWaiter? in
                if case .running(let waiter) = entry.claim { return waiter }
                return nil
            }
            #expect(tickets.count == 1)
            #expect(waiters.count == 49)
            guard let (winner, ticket) = tickets.first else { return }
            await winner.complete(ticket, outcome: .response(answer), keep: true)
            let answers = try await within {
                await withTaskGroup(of: IdempotentResponse?.self) { group in
                    for waiter in waiters {
                        group.addTask {
                            guard case .response(let response)? = await waiter.outcome() else { return nil }
                            return response
                        }
                    }
                    return await group.reduce(into: []) { $0.append($1) }
                }
            }
            #expect(answers.count == 49)
            #expect(answers.allSatisfy { $0 == answer })
        }
    }

    @Test("a stream is mirrored: the other replica replays the same frames, attached mid-stream or resumed", arguments: [
        StreamRecording.Framing.sse, .ndjson,
    ])
    func streamIsMirrored(framing: StreamRecording.Framing) async throws {
        try await Replicas.with { r in
            guard case .acquired(let ticket) = await r.a.claim(scope, fingerprint: "f") else { Issue.record("expected acquired"); return }
            let contentType = framing == .sse ? "text/event-stream" : "application/x-ndjson"
            let recording = StreamRecording(framing: framing, contentType: contentType, headers: ["x-gai-deployment": "d1"])
            await r.a.complete(ticket, outcome: .stream(recording), keep: true)
            await r.a.indexRecording(recording, caller: "caller", requestID: "req-1")
            var sent: [ByteBuffer] = []
            for index in 0..<3 { sent.append(recording.append(event(index, framing))) }

            guard case .stream(let followed) = await r.b.claim(scope, fingerprint: "f"),
                case .stream(let again) = await r.b.claim(scope, fingerprint: "f"),
                case .stream(let original) = await r.a.claim(scope, fingerprint: "f")
            else { Issue.record("expected stream"); return }
            #expect(followed !== recording)
            #expect(again === followed)
            #expect(original === recording)
            #expect(followed.framing == framing)
            #expect(followed.contentType == contentType)
            #expect(followed.headers == ["x-gai-deployment": "d1"])
            async let all = events(followed)
            async let resumed = events(followed, after: 2)
            for index in 3..<8 { sent.append(recording.append(event(index, framing))) }
            recording.finish()

            let read = try await all
            let readAfterTwo = try await resumed
            #expect(read == sent)
            #expect(readAfterTwo == Array(sent[3...]))
            #expect(followed.isComplete)
            if framing == .sse { #expect(String(buffer: sent[5]).hasPrefix("id: 5\n")) }

            // After the end, a duplicate on the other replica replays it all at once.
            guard case .stream(let late) = await r.b.claim(scope, fingerprint: "f") else { Issue.record("expected stream"); return }
            let replayed = try await events(late)
            let replayedAfterSix = try await events(late, after: 6)
            #expect(replayed == sent)
            #expect(replayedAfterSix == [sent[7]])
        }
    }

    @Test("a stream is found by request id from the other replica, while it runs")
    func recordingByRequestID() async throws {
        try await Replicas.with { r in
            guard case .acquired(let ticket) = await r.a.claim(scope, fingerprint: "f") else { Issue.record("expected acquired"); return }
            let recording = StreamRecording(framing: .sse, contentType: "text/event-stream")
            await r.a.complete(ticket, outcome: .stream(recording), keep: true)
            await r.a.indexRecording(recording, caller: "caller", requestID: "req-1")
            var sent = [recording.append(event(0, .sse))]
            guard let followed = await r.b.recording(caller: "caller", requestID: "req-1") else {
                Issue.record("expected the recording")
                return
            }
            #expect(await r.a.recording(caller: "caller", requestID: "req-1") === recording)
            async let resumed = events(followed, after: 0)
            for index in 1..<4 { sent.append(recording.append(event(index, .sse))) }
            recording.finish()
            let read = try await resumed
            #expect(read == Array(sent[1...]))
            #expect(await r.b.recording(caller: "caller", requestID: "unknown") == nil)
            #expect(await r.b.recording(caller: "someone else", requestID: "req-1") == nil)
        }
    }

    @Test("a stream longer than its recording's bound is not replayable on the other replica either")
    func overflowedStreamIsNotReplayable() async throws {
        try await Replicas.with { r in
            guard case .acquired(let ticket) = await r.a.claim(scope, fingerprint: "f") else { Issue.record("expected acquired"); return }
            let recording = StreamRecording(framing: .ndjson, contentType: "application/x-ndjson", maxBytes: 64)
            await r.a.complete(ticket, outcome: .stream(recording), keep: true)
            _ = recording.append(event(0, .ndjson))
            guard case .stream(let followed) = await r.b.claim(scope, fingerprint: "f") else { Issue.record("expected stream"); return }
            for index in 1..<6 { _ = recording.append(event(index, .ndjson)) }
            recording.finish()
            #expect(recording.overflowed)
            _ = try await events(followed)
            #expect(followed.overflowed)
            #expect(!followed.isComplete)
        }
    }

    @Test("kept records expire after the TTL, and the key runs again")
    func recordsExpire() async throws {
        try await Replicas.with(ttl: .milliseconds(500)) { r in
            guard case .acquired(let ticket) = await r.a.claim(scope, fingerprint: "f") else { Issue.record("expected acquired"); return }
            await r.a.complete(ticket, outcome: .response(answer), keep: true)
            guard case .completed = await r.b.claim(scope, fingerprint: "f") else { Issue.record("expected completed"); return }
            for key in try await r.keys() {
                let ttl = try await r.client.send(["PTTL", .string(key)]).int64 ?? -1
                #expect(ttl > 0 && ttl <= 500)
            }
            let deadline = ContinuousClock.now + .seconds(5)
            while try await !r.keys().isEmpty, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(10))
            }
            guard case .acquired = await r.b.claim(scope, fingerprint: "g") else { Issue.record("expected the key to be free"); return }
        }
    }

    @Test("a replica that dies mid-request frees the key when its lease ends")
    func runningLeaseEnds() async throws {
        try await Replicas.with(runningLease: .milliseconds(500)) { r in
            let first = await r.a.claim(scope, fingerprint: "f")
            let second = await r.b.claim(scope, fingerprint: "f")
            guard case .acquired = first, case .running(let waiter) = second else {
                Issue.record("expected acquired, then running: \(first), \(second)")
                return
            }
            let outcome = try await within { await waiter.outcome() }
            #expect(outcome == nil)
            guard case .acquired = await r.b.claim(scope, fingerprint: "f") else { Issue.record("expected the key to be free"); return }
        }
    }

    @Test("Redis unreachable: claims fall back to this replica's memory within the timeout")
    func fallsBackWhenRedisIsDown() async throws {
        let server = try await RedisTestServer.start()
        let client = try server.client {
            $0.commandTimeout = .milliseconds(500)
            $0.connectTimeout = .milliseconds(300)
        }
        let store = RedisIdempotencyStore(
            client: client, configuration: .init(keyPrefix: "gai:idem:down:", pollInterval: .milliseconds(10)), logger: testLogger)
        guard case .acquired(let warm) = await store.claim(IdempotencyScope(caller: "c", key: "warm"), fingerprint: "f") else {
            Issue.record("expected acquired while Redis is up")
            return
        }
        await store.abandon(warm)
        server.stop()

        let started = ContinuousClock.now
        let first = await store.claim(scope, fingerprint: "f")
        #expect(ContinuousClock.now - started < .seconds(1))
        guard case .acquired(let ticket) = first, case .running(let waiter) = await store.claim(scope, fingerprint: "f") else {
            Issue.record("expected acquired, then running, from the fallback")
            await client.shutdown()
            return
        }
        #expect(store.fallbackCount == 2)
        #expect(await store.count() == 1)
        async let outcome = within { await waiter.outcome() }
        await store.complete(ticket, outcome: .response(answer), keep: true)
        guard case .response(let response)? = try await outcome else { Issue.record("expected the answer"); return }
        #expect(response == answer)
        guard case .completed = await store.claim(scope, fingerprint: "f") else { Issue.record("expected completed"); return }
        #expect(await store.recording(caller: "c", requestID: "r") == nil)
        await client.shutdown()
    }
}
