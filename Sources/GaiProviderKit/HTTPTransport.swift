import GaiCore
import NIOCore
import NIOHTTP1

/// How adapters reach upstreams: send a request, get status, headers and a body stream.
///
/// Adapters depend on this protocol only, so a leaner transport (a per-event-loop SwiftNIO pool)
/// can replace the AsyncHTTPClient one without touching them. Cancelling the task that iterates
/// a response body cancels the upstream request.
public protocol HTTPTransport: Sendable {
    /// Sends `request`. Transport failures are thrown as `network` or `timeout` ``GaiError``s.
    /// `request` is consumed: a wrapper (tracing) changes it in place instead of copying it.
    func send(_ request: consuming UpstreamRequest) async throws(GaiError) -> UpstreamResponse
}

/// A request to an upstream.
public struct UpstreamRequest: Sendable {
    public var method: HTTPMethod
    public var url: String
    public var headers: HTTPHeaders
    public var body: ByteBuffer?
    /// When the whole exchange, body included, must be finished.
    public var deadline: NIODeadline
    /// W3C trace context for the upstream (`traceparent`, `tracestate`), sent as those headers
    /// in place of any in ``headers``. A field of its own so that tracing adds it without
    /// copying the header list: the transport builds its request head anyway.
    public var traceContext: UpstreamTraceContext?
    /// Notes this call for the request's trace (``ProviderContext/callRecorder``): the tracing
    /// transport reports the call to it and sends the trace headers it returns.
    public var callRecorder: (any UpstreamCallRecorder)?

    /// ``headers`` with ``traceContext`` set: what goes on the wire.
    public var effectiveHeaders: HTTPHeaders {
        guard let traceContext else { return headers }
        var headers = headers
        headers.set(traceContext)
        return headers
    }

    public init(
        method: HTTPMethod, url: String, headers: HTTPHeaders = [:], body: ByteBuffer? = nil, deadline: NIODeadline,
        callRecorder: (any UpstreamCallRecorder)? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.deadline = deadline
        self.callRecorder = callRecorder
    }
}

/// The W3C trace-context headers of an upstream request (``UpstreamRequest/traceContext``).
///
/// The `traceparent` is text as received (a client's header forwarded) or the parts of one the
/// gateway made (``W3CTraceParent``), which the NIO transport writes straight into the request
/// head: no string to build and no bytes to check.
public struct UpstreamTraceContext: Sendable, Hashable {
    public enum Parent: Sendable, Hashable {
        case text(String)
        case parts(W3CTraceParent)
    }

    public var parent: Parent
    public var tracestate: String?

    public init(traceparent: String, tracestate: String? = nil) {
        self.parent = .text(traceparent)
        self.tracestate = tracestate
    }

    public init(_ traceparent: W3CTraceParent, tracestate: String? = nil) {
        self.parent = .parts(traceparent)
        self.tracestate = tracestate
    }

    /// The `traceparent` value as text.
    public var traceparent: String {
        switch parent {
        case .text(let text): text
        case .parts(let parts): parts.text
        }
    }

    /// Equal when the headers they send are: a value as text equals the same value as parts.
    public static func == (left: Self, right: Self) -> Bool {
        left.traceparent == right.traceparent && left.tracestate == right.tracestate
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(traceparent)
        hasher.combine(tracestate)
    }
}

extension HTTPHeaders {
    /// Sets `context`'s headers, replacing any of those names. A header that is not there yet is
    /// only added: `replaceOrAdd` and `remove` rework the list even when nothing matches, and
    /// every traced upstream call comes through here.
    public mutating func set(_ context: UpstreamTraceContext) {
        setOne("traceparent", context.traceparent)
        if let state = context.tracestate {
            setOne("tracestate", state)
        } else if contains(name: "tracestate") {
            remove(name: "tracestate")
        }
    }

    private mutating func setOne(_ name: String, _ value: String) {
        if contains(name: name) { replaceOrAdd(name: name, value: value) } else { add(name: name, value: value) }
    }
}

/// An upstream's answer; the body arrives as it is read.
public struct UpstreamResponse: Sendable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: UpstreamBody

    public init(status: Int, headers: HTTPHeaders, body: UpstreamBody) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// A response body as a sequence of byte buffers. Errors are ``GaiError``s (`network`, `timeout`).
public struct UpstreamBody: AsyncSequence, Sendable {
    public typealias Element = ByteBuffer

    private let makeIterator: @Sendable () -> AsyncIterator
    /// Called once when the body ends; see ``onEnd(_:)``.
    var endHook: EndHook?

    /// What ``onEnd(_:)`` calls: `nil`s when the body finished, or an `error.type` value and a
    /// message when it failed or its reader stopped early.
    public typealias EndObserver = @Sendable (_ errorType: String?, _ message: String?) -> Void

    /// Wraps a sequence of buffers; `classify` turns its errors into ``GaiError``s.
    public init<Base: AsyncSequence & Sendable>(
        _ base: Base, classify: @escaping @Sendable (any Error) -> GaiError
    ) where Base.Element == ByteBuffer {
        self.makeIterator = {
            var iterator = base.makeAsyncIterator()
            return AsyncIterator {
                do {
                    return try await iterator.next()
                } catch let error as GaiError {
                    throw error
                } catch {
                    throw classify(error)
                }
            }
        }
    }

    /// A body that is already complete.
    public init(bytes: ByteBuffer) {
        self.makeIterator = {
            var pending: ByteBuffer? = bytes
            return AsyncIterator {
                defer { pending = nil }
                return pending
            }
        }
    }

    /// What is told when a body ends: an ``EndObserver`` closure, or a call's recorder and the
    /// call's index (no closure to allocate per call), or both in turn.
    enum EndHook: Sendable {
        case observer(EndObserver)
        /// `status`: the call's response status, reported with its end; `nil` when the caller
        /// reported it already.
        case recorder(any UpstreamCallRecorder, call: Int, status: Int?)
        indirect case both(EndHook, then: EndHook)

        func callAsFunction(_ errorType: String?, _ message: String?) {
            switch self {
            case .observer(let observer): observer(errorType, message)
            case .recorder(let recorder, let call, let status):
                if let status {
                    recorder.upstreamCallEnded(call, status: status, errorType: errorType, message: message)
                } else {
                    recorder.upstreamCallEnded(call, errorType: errorType, message: message)
                }
            case .both(let first, let second):
                first(errorType, message)
                second(errorType, message)
            }
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        var iterator = makeIterator()
        iterator.endHook = endHook
        return iterator
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        let nextBuffer: () async throws -> ByteBuffer?
        var endHook: EndHook?

        init(nextBuffer: @escaping () async throws -> ByteBuffer?) {
            self.nextBuffer = nextBuffer
        }

        public mutating func next() async throws -> ByteBuffer? {
            guard let endHook else { return try await nextBuffer() }
            do {
                let next = try await nextBuffer()
                if next == nil { self.endHook = nil; endHook(nil, nil) }
                return next
            } catch {
                self.endHook = nil
                let (errorType, message) = UpstreamBody.endReport(for: error)
                endHook(errorType, message)
                throw error
            }
        }
    }

    /// What an end observer is told about a body that failed: its taxonomy code and message,
    /// `cancelled` when its reader stopped early, `network` for any other error.
    static func endReport(for error: any Error) -> (errorType: String, message: String) {
        switch error {
        case let error as GaiError: (error.code.rawValue, error.message)
        case is CancellationError: ("cancelled", "The reader stopped before the body ended")
        default: (ErrorCode.network.rawValue, "\(error)")
        }
    }

    /// Reads the whole body, failing with `provider_unavailable` past `limit` bytes.
    public func collect(upTo limit: Int) async throws(GaiError) -> ByteBuffer {
        // The buffers come straight from the source's closure, not through `next()`, and the end
        // observer is called here: each async layer between this loop and the socket costs the
        // request an executor switch per chunk.
        let nextBuffer = makeIterator().nextBuffer
        var collected = ByteBuffer()
        do {
            while var chunk = try await nextBuffer() {
                guard collected.readableBytes + chunk.readableBytes <= limit else {
                    throw GaiError(.providerUnavailable, "The upstream response is larger than \(limit) bytes")
                }
                collected.writeBuffer(&chunk)
            }
        } catch {
            if let endHook {
                let (errorType, message) = Self.endReport(for: error)
                endHook(errorType, message)
            }
            throw error as? GaiError ?? GaiError(.network, "Reading the upstream response failed: \(error)")
        }
        endHook?(nil, nil)
        return collected
    }
}
