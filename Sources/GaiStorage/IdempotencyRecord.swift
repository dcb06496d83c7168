import NIOCore

/// Who an idempotency key belongs to and the key itself. Keys are never shared between callers:
/// the same key from two API keys (or two clients, before keys exist) is two records.
public struct IdempotencyScope: Sendable, Hashable, CustomStringConvertible {
    /// The caller: an API key's id once keys exist, otherwise the client's address.
    public var caller: String
    public var key: String

    public init(caller: String, key: String) {
        self.caller = caller
        self.key = key
    }

    public var description: String { "\(caller):\(key)" }
}

/// A finished non-streaming response, kept to be replayed byte for byte.
public struct IdempotentResponse: Sendable, Hashable {
    public var status: Int
    /// The headers worth replaying (content type, the gateway's own `x-gai-*` summary).
    public var headers: [String: String]
    public var body: ByteBuffer

    public init(status: Int, headers: [String: String], body: ByteBuffer) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// How a request with an idempotency key ended, as its duplicates see it.
public enum IdempotencyOutcome: Sendable {
    /// A complete response (non-streaming, or an error before a stream began).
    case response(IdempotentResponse)
    /// A stream, recorded event by event as it is sent.
    case stream(StreamRecording)
}

/// What a request with an idempotency key should do, decided atomically by the store.
public enum IdempotencyClaim: Sendable {
    /// The first request with this key: run it, then report with ``IdempotencyStore/complete(_:outcome:keep:)``
    /// or give it up with ``IdempotencyStore/abandon(_:)``.
    case acquired(IdempotencyTicket)
    /// The same request already completed: replay this.
    case completed(IdempotentResponse)
    /// The same request is running and has not answered yet: wait for its outcome.
    case running(IdempotencyWaiter)
    /// The same request streams (or streamed): follow its recorded events.
    case stream(StreamRecording)
    /// The key was used with a different request body.
    case mismatch
}

/// Proof of owning a key's first run; hand it back exactly once.
public struct IdempotencyTicket: Sendable, Hashable {
    public let scope: IdempotencyScope
    let generation: UInt64
}

/// A running request's eventual response, for a duplicate that waits.
public final class IdempotencyWaiter: Sendable {
    let promise: ResponsePromise

    init(promise: ResponsePromise) {
        self.promise = promise
    }

    /// The outcome of the first request, or `nil` when it ended without one (its client went
    /// away before an answer) or this task was cancelled.
    public func outcome() async -> IdempotencyOutcome? {
        await promise.value()
    }
}
