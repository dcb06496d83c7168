import GaiCore
import GaiProviderKit
import NIOCore
import NIOHTTP1
import Synchronization

/// An ``HTTPTransport`` that answers from a script instead of the network, and records what it
/// was asked. Adapter tests use it to replay fixture files byte for byte.
public final class MockTransport: HTTPTransport {
    /// One scripted answer.
    public struct Reply: Sendable {
        public var status: Int
        public var headers: HTTPHeaders
        /// The body, delivered as these pieces in order (to exercise split frames).
        public var chunks: [ByteBuffer]
        /// Thrown after the chunks, to simulate a connection reset mid-body.
        public var failure: GaiError?

        public init(status: Int = 200, headers: HTTPHeaders = [:], chunks: [ByteBuffer], failure: GaiError? = nil) {
            self.status = status
            self.headers = headers
            self.chunks = chunks
            self.failure = failure
        }

        /// A whole body in one piece.
        public init(status: Int = 200, headers: HTTPHeaders = [:], body: String) {
            self.init(status: status, headers: headers, chunks: [ByteBuffer(string: body)])
        }

        /// A body cut into pieces of `size` bytes.
        public static func split(_ body: String, every size: Int, status: Int = 200, failure: GaiError? = nil) -> Reply {
            let bytes = Array(body.utf8)
            let pieces = stride(from: 0, to: bytes.count, by: max(1, size)).map { start in
                ByteBuffer(bytes: bytes[start..<min(bytes.count, start + max(1, size))])
            }
            return Reply(status: status, chunks: pieces, failure: failure)
        }
    }

    private struct State {
        var replies: [Reply]
        var requests: [UpstreamRequest] = []
        var connectionFailure: GaiError?
    }

    private let state: Mutex<State>

    /// - Parameter replies: answered in order; the last one repeats.
    public init(replies: [Reply]) {
        self.state = Mutex(State(replies: replies))
    }

    /// A transport whose every send fails before any answer (refused, DNS, TLS…).
    public init(failingWith error: GaiError) {
        self.state = Mutex(State(replies: [], connectionFailure: error))
    }

    /// Every request sent so far.
    public var requests: [UpstreamRequest] { state.withLock { $0.requests } }

    public func send(_ request: consuming UpstreamRequest) async throws(GaiError) -> UpstreamResponse {
        let sent = copy request
        let reply: Reply? = try state.withLock { state throws(GaiError) in
            state.requests.append(sent)
            if let failure = state.connectionFailure { throw failure }
            guard let first = state.replies.first else { return nil }
            if state.replies.count > 1 { state.replies.removeFirst() }
            return first
        }
        guard let reply else {
            throw GaiError(.network, "MockTransport has no scripted reply")
        }
        return UpstreamResponse(
            status: reply.status, headers: reply.headers,
            body: UpstreamBody(ScriptedBody(chunks: reply.chunks, failure: reply.failure), classify: { error in
                error as? GaiError ?? GaiError(.network, "\(error)")
            }))
    }
}

/// A body that yields its pieces, then optionally fails.
struct ScriptedBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let chunks: [ByteBuffer]
    let failure: GaiError?

    func makeAsyncIterator() -> Iterator { Iterator(chunks: chunks, failure: failure) }

    struct Iterator: AsyncIteratorProtocol {
        let chunks: [ByteBuffer]
        let failure: GaiError?
        var index = 0

        mutating func next() async throws -> ByteBuffer? {
            if index < chunks.count {
                defer { index += 1 }
                return chunks[index]
            }
            if let failure { throw failure }
            return nil
        }
    }
}
