import GaiCore
import GaiRouting
import GaiStorage
import GaiTracing
import Hummingbird
import Logging
import NIOCore
import Synchronization
import Tracing

/// Hummingbird's per-request context, plus the gateway's request id and access record.
public struct GatewayRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Assigned by ``GatewayMiddleware`` before any handler runs.
    public var requestID: GaiCore.RequestID
    /// Filled in by handlers, written as one access-log line when the request ends.
    public var access: AccessRecord
    /// The client connection; a stream watches it to cancel the upstream when the client leaves.
    public let channel: any Channel
    /// The gateway key the request authenticated with (`auth: keys`).
    public var apiKey: GatewayKey?
    /// The sampled request's recorder under native tracing, set by ``GatewayMiddleware``: the
    /// gateway's own code reads it here, and hands it to the upstream calls in their
    /// `ProviderContext` (no task local: a read walks the task's bound values).
    public var traceRecorder: RequestTraceRecorder?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.channel = source.channel
        self.requestID = GaiCore.RequestID()
        self.access = AccessRecord()
    }
}

/// What the access log says about one request. Handlers fill it; the middleware (or, for a
/// stream, the end of the stream) writes it. Shared between the two by reference.
public final class AccessRecord: Sendable {
    struct Fields {
        var model: String?
        var provider: String?
        var errorCode: ErrorCode?
        var usage: Usage?
        var stream = false
        var streamStatus: Int?
        var loggedByStream = false
        /// Every attempt of the call, for `x-gai-attempts`, `x-gai-deployment` and the log.
        var attempts: [AttemptRecord] = []
        /// Set on a failed call: the `x-should-retry` answer.
        var shouldRetry: Bool?
        /// The answer was an idempotent replay.
        var replayed = false
        /// The gateway key's id (never the key).
        var keyID: String?
        /// The limiter's reservations, released when the request ends.
        var admission: RequestLimiter.Admission?
        /// The budgets' reservation, settled when the request ends.
        var budgetReservation: SpendTracker.Reservation?
        /// The gateway key the request authenticated with.
        var apiKey: GatewayKey?
        /// When the middleware took the request.
        var startedAt: ContinuousClock.Instant?
        /// For a stream: how long after ``startedAt`` its first content was ready (the commit point).
        var firstContentAfter: Duration?
        /// USD of the request's usage, once known.
        var costUSD: Double?
        /// The request's span (tracing on), ended with the access-log line.
        var span: (any Span)?
        /// The request's span under native tracing (``GatewayTracing/native``): written when the
        /// access-log line is.
        var nativeSpan: RequestTraceRecorder?
        /// The request's trace id: its span's, else the client's `traceparent`'s.
        var traceID: String?
        /// The answering provider's adapter kind (`gen_ai.provider.name`).
        var providerKind: String?
        /// Why the answer ended (`gen_ai.response.finish_reasons`).
        var finishReasons: [String] = []
    }

    // Guards the fields: a stream's writer task and the middleware may touch them.
    let fields = Mutex(Fields())

    /// Whether the request has a span being recorded (tracing on and sampled).
    var hasSpan: Bool { fields.withLock { $0.span != nil || $0.nativeSpan != nil } }

    init() {}

    func update(_ body: (inout Fields) -> Void) {
        fields.withLock { body(&$0) }
    }
}
