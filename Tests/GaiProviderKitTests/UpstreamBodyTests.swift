import GaiCore
import NIOCore
import Synchronization
import Testing

@testable import GaiProviderKit

/// `onEnd` observes how a body ends without changing what it yields.
@Suite struct UpstreamBodyTests {
    /// A sequence of buffers that fails with `failure` after them, if set.
    struct Chunks: AsyncSequence, Sendable {
        var chunks: [String]
        var failure: (any Error & Sendable)?

        struct AsyncIterator: AsyncIteratorProtocol {
            var remaining: [String]
            var failure: (any Error & Sendable)?
            mutating func next() async throws -> ByteBuffer? {
                if !remaining.isEmpty { return ByteBuffer(string: remaining.removeFirst()) }
                if let failure { self.failure = nil; throw failure }
                return nil
            }
        }

        func makeAsyncIterator() -> AsyncIterator { AsyncIterator(remaining: chunks, failure: failure) }
    }

    struct Broken: Error {}

    final class Ends: Sendable {
        let seen = Mutex<[String]>([])
        func record(_ tag: String) -> UpstreamBody.EndObserver {
            { errorType, _ in self.seen.withLock { $0.append("\(tag):\(errorType ?? "ok")") } }
        }
        var all: [String] { seen.withLock { $0 } }
    }

    static func body(_ chunks: [String], failure: (any Error & Sendable)? = nil) -> UpstreamBody {
        UpstreamBody(Chunks(chunks: chunks, failure: failure)) { _ in GaiError(.network, "classified") }
    }

    @Test("a body that finishes calls its observer once, after the last chunk, and yields the same bytes")
    func finishing() async throws {
        let ends = Ends()
        let body = Self.body(["a", "b", "c"]).onEnd(ends.record("x"))
        var iterator = body.makeAsyncIterator()
        var text = ""
        while let chunk = try await iterator.next() {
            #expect(ends.all.isEmpty)
            text += String(buffer: chunk)
        }
        #expect(text == "abc")
        #expect(try await iterator.next() == nil)
        #expect(ends.all == ["x:ok"])
    }

    @Test("a failing body reports the taxonomy code of its error once", arguments: [true, false])
    func failing(gaiError: Bool) async throws {
        let ends = Ends()
        let failure: any Error & Sendable = gaiError ? GaiError(.timeout, "slow") : Broken()
        let body = Self.body(["a"], failure: failure).onEnd(ends.record("x"))
        await #expect(throws: GaiError.self) { _ = try await body.collect(upTo: 100) }
        // A non-GaiError is classified by the body first, so the observer sees `network`.
        #expect(ends.all == [gaiError ? "x:timeout" : "x:network"])
    }

    @Test("collecting past the limit fails with provider_unavailable, and the observer is told so")
    func pastTheLimit() async throws {
        let ends = Ends()
        let body = Self.body(["abc", "def"]).onEnd(ends.record("x"))
        do {
            _ = try await body.collect(upTo: 4)
            Issue.record("a 6-byte body fit in 4 bytes")
        } catch {
            #expect(error.code == .providerUnavailable)
        }
        #expect(ends.all == ["x:provider_unavailable"])
    }

    @Test("observers chain in the order they were added; the body without them calls none")
    func chained() async throws {
        let ends = Ends()
        let plain = Self.body(["a"])
        let observed = plain.onEnd(ends.record("first")).onEnd(ends.record("second"))
        #expect(String(buffer: try await plain.collect(upTo: 10)) == "a")
        #expect(ends.all.isEmpty)
        #expect(String(buffer: try await observed.collect(upTo: 10)) == "a")
        #expect(ends.all == ["first:ok", "second:ok"])
    }

    /// A call recorder that keeps what it is told about call ends.
    final class EndRecorder: UpstreamCallRecorder {
        let ends = Mutex<[String]>([])
        func upstreamCallStarted(method: String, url: String) -> (index: Int, traceparent: W3CTraceParent, tracestate: String?) {
            (0, W3CTraceParent(traceIDHigh: 0, traceIDLow: 1, spanID: 1, sampled: true), nil)
        }
        func upstreamCallResponded(_ index: Int, status: Int) {
            ends.withLock { $0.append("call \(index) responded \(status)") }
        }
        func upstreamCallEnded(_ index: Int, errorType: String?, message: String?) {
            ends.withLock { $0.append("call \(index):\(errorType ?? "ok")") }
        }
        var all: [String] { ends.withLock { $0 } }
    }

    @Test(
        "a call recorder is told the body's end once, with the call's index, in turn with closure observers (set by copy or in place)",
        arguments: [nil, "slow"] as [String?], [false, true])
    func recorderHook(failure: String?, inPlace: Bool) async throws {
        let ends = Ends()
        let recorder = EndRecorder()
        var body = Self.body(["a", "b"], failure: failure.map { GaiError(.timeout, $0) }).onEnd(ends.record("before"))
        if inPlace {
            // The status goes with the end (the protocol's default: responded, then ended).
            body.reportEnd(to: recorder, call: 7, status: 201)
        } else {
            body = body.onEnd(recorder, call: 7)
        }
        body = body.onEnd(ends.record("after"))
        var iterator = body.makeAsyncIterator()
        do {
            while try await iterator.next() != nil { #expect(recorder.all.isEmpty) }
        } catch {
            #expect(failure != nil)
        }
        let outcome = failure == nil ? "ok" : "timeout"
        #expect(recorder.all == (inPlace ? ["call 7 responded 201"] : []) + ["call 7:\(outcome)"])
        #expect(ends.all == ["before:\(outcome)", "after:\(outcome)"])
        // Collecting reports through the same hooks.
        let collected = Self.body(["xyz"]).onEnd(recorder, call: 8)
        #expect(String(buffer: try await collected.collect(upTo: 10)) == "xyz")
        #expect(recorder.all.last == "call 8:ok")
    }
}
