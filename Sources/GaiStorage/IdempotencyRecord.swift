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
    /// Which run of the key this ticket owns, so a late `complete` or `abandon` of an earlier
    /// run (whose record expired and was claimed again) cannot touch the current one.
    public let generation: UInt64

    /// Creates a ticket; for stores, which hand tickets out from ``IdempotencyStore/claim(_:fingerprint:)``.
    public init(scope: IdempotencyScope, generation: UInt64) {
        self.scope = scope
        self.generation = generation
    }
}

/// A running request's eventual response, for a duplicate that waits.
public final class IdempotencyWaiter: Sendable {
    /// Set when the outcome comes from a promise in this process (``fulfil(_:)`` feeds it).
    let promise: ResponsePromise?
    private let wait: @Sendable () async -> IdempotencyOutcome?

    init(promise: ResponsePromise) {
        self.promise = promise
        self.wait = { await promise.value() }
    }

    /// A waiter whose outcome another store computes, e.g. by polling a shared record.
    ///
    /// - Parameter outcome: Returns the first request's outcome, or `nil` when it ended without
    ///   one or the calling task was cancelled; it may be called by several tasks at once.
    public init(_ outcome: @escaping @Sendable () async -> IdempotencyOutcome?) {
        self.promise = nil
        self.wait = outcome
    }

    /// A waiter fulfilled in this process with ``fulfil(_:)``, for stores in other modules:
    /// every duplicate of one running key can share it.
    package convenience init() {
        self.init(promise: ResponsePromise())
    }

    /// Hands `outcome` to every task waiting in ``outcome()``, once; later calls do nothing.
    /// Only waiters made with ``init()`` can be fulfilled this way.
    package func fulfil(_ outcome: IdempotencyOutcome?) {
        promise?.fulfil(outcome)
    }

    /// The outcome of the first request, or `nil` when it ended without one (its client went
    /// away before an answer) or this task was cancelled.
    public func outcome() async -> IdempotencyOutcome? {
        await wait()
    }
}
