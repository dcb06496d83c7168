import GaiStorage
import NIOCore
import Synchronization
import Testing

@Suite("InMemoryIdempotencyStore")
struct IdempotencyStoreTests {
    let scope = IdempotencyScope(caller: "client", key: "k1")

    @Test("50 concurrent claims: exactly one runs, the others wait and get its answer")
    func coalescing() async throws {
        let store = InMemoryIdempotencyStore()
        let scope = self.scope
        let results = await withTaskGroup(of: (ran: Bool, answer: String?).self) { group in
            for _ in 0..<50 {
                group.addTask {
                    switch await store.claim(scope, fingerprint: "f") {
                    case .acquired(let ticket):
                        try? await Task.sleep(for: .milliseconds(20))
                        let response = IdempotentResponse(status: 200, headers: [:], body: ByteBuffer(string: "answer"))
                        await store.complete(ticket, outcome: .response(response), keep: true)
                        return (true, "answer")
                    case .running(let waiter):
                        guard case .response(let response)? = await waiter.outcome() else { return (false, nil) }
                        return (false, String(buffer: response.body))
                    case .completed(let response):
                        return (false, String(buffer: response.body))
                    case .stream, .mismatch:
                        return (false, nil)
                    }
                }
            }
            var all: [(ran: Bool, answer: String?)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count(where: \.ran) == 1)
        #expect(results.map(\.answer) == Array(repeating: "answer", count: 50))
    }

    @Test("a different fingerprint is a mismatch; a transient failure frees the key; the TTL expires records")
    func lifecycle() async throws {
        let now = Mutex(ContinuousClock.now)
        let store = InMemoryIdempotencyStore(ttl: .seconds(60), now: { now.withLock { $0 } })
        guard case .acquired(let ticket) = await store.claim(scope, fingerprint: "f") else { Issue.record("expected to run"); return }
        guard case .mismatch = await store.claim(scope, fingerprint: "other") else { Issue.record("expected a mismatch"); return }
        await store.complete(ticket, outcome: .response(IdempotentResponse(status: 503, headers: [:], body: ByteBuffer())), keep: false)
        guard case .acquired(let second) = await store.claim(scope, fingerprint: "f") else { Issue.record("the key should be free"); return }
        await store.complete(second, outcome: .response(IdempotentResponse(status: 200, headers: [:], body: ByteBuffer())), keep: true)
        guard case .completed = await store.claim(scope, fingerprint: "f") else { Issue.record("expected a replay"); return }
        now.withLock { $0 += .seconds(61) }
        guard case .acquired = await store.claim(scope, fingerprint: "f") else { Issue.record("expired records run again"); return }
    }

    @Test("abandoning frees the key and wakes waiters with no outcome")
    func abandon() async throws {
        let store = InMemoryIdempotencyStore()
        guard case .acquired(let ticket) = await store.claim(scope, fingerprint: "f") else { return }
        guard case .running(let waiter) = await store.claim(scope, fingerprint: "f") else { Issue.record("expected running"); return }
        async let outcome = waiter.outcome()
        await store.abandon(ticket)
        #expect(await outcome == nil)
    }
}

@Suite("StreamRecording")
struct StreamRecordingTests {
    @Test("SSE events are numbered from 0; a reader resumes after Last-Event-ID and follows live events")
    func numberingAndResume() async throws {
        let recording = StreamRecording(framing: .sse, contentType: "text/event-stream")
        let sent = recording.append(ByteBuffer(string: "data: a\n\ndata: b\n\n"))
        #expect(String(buffer: sent) == "id: 0\ndata: a\n\nid: 1\ndata: b\n\n")
        // Events that carry their own id (gai.events.v1) are kept as they are.
        #expect(String(buffer: recording.append(ByteBuffer(string: "id: 2\ndata: c\n\n"))) == "id: 2\ndata: c\n\n")
        async let rest: [String] = {
            var frames: [String] = []
            for await frame in recording.events(after: 1) { frames.append(String(buffer: frame)) }
            return frames
        }()
        try await Task.sleep(for: .milliseconds(20))
        _ = recording.append(ByteBuffer(string: "data: [DONE]\n\n"))
        recording.finish()
        #expect(await rest == ["id: 2\ndata: c\n\n", "id: 3\ndata: [DONE]\n\n"])
    }

    @Test("a stream over the byte bound stops being replayable but the live bytes still flow")
    func overflow() async {
        let recording = StreamRecording(framing: .ndjson, contentType: "application/x-ndjson", maxBytes: 8)
        #expect(String(buffer: recording.append(ByteBuffer(string: "{\"a\":1}\n{\"b\":2}\n"))) == "{\"a\":1}\n{\"b\":2}\n")
        recording.finish()
        #expect(recording.overflowed)
        var count = 0
        for await _ in recording.events(after: nil) { count += 1 }
        #expect(count == 0)
    }

    @Test("a waiting reader whose client left stops when woken, while the recording goes on")
    func stoppedReader() async {
        let recording = StreamRecording(framing: .sse, contentType: "text/event-stream")
        let stopped = Mutex(false)
        async let frames: Int = {
            var count = 0
            for await _ in recording.events(after: nil, stopped: { stopped.withLock { $0 } }) { count += 1 }
            return count
        }()
        _ = recording.append(ByteBuffer(string: "data: a\n\n"))
        try? await Task.sleep(for: .milliseconds(20))
        stopped.withLock { $0 = true }
        recording.wakeReaders()
        #expect(await frames <= 1, "it returned instead of waiting for the next event")
        _ = recording.append(ByteBuffer(string: "data: b\n\n"))
        recording.finish()
        #expect(recording.isComplete)
    }
}
