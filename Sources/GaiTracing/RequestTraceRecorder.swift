import GaiCore
import Synchronization
import Tracing

/// The spans of one sampled request under the gateway's native tracing: its span, one per
/// routing attempt, one per upstream HTTP call. While the request runs they are a typed record
/// (ids, times, a template, a status); when it ends, ``finish(end:name:attributes:)`` writes
/// them all as OTLP bytes in one go, straight into the tracer's queue.
///
/// Why not span objects through the swift-distributed-tracing API (``GaiSpan``): each is an
/// allocation with a locked attribute dictionary of existential values, bound per task and
/// converted again by the exporter; at three spans per request that cost the gateway a fifth
/// of its throughput (docs/benchmarks.md). Here a request makes this one object, binds it once
/// (``current``), and its attempts and calls are stores into it (the first of each inline).
///
/// The spans are written when the request ends, not later by the exporter: deferring the write
/// kept each request's record (and a copy of its access record) alive until the export, and
/// writing those cold records in a batch measured 1–2 % slower than writing them while warm.
///
/// The gateway hands it to the request's upstream calls in the request itself
/// (``UpstreamCallRecorder``, through `ProviderContext.callRecorder`); ``current`` is for code
/// that traces upstream calls outside the gateway's request path.
///
/// Attempts run one after another (retries, fallbacks), so an upstream call belongs to the
/// attempt open when it starts.
public final class RequestTraceRecorder: UpstreamCallRecorder {
    public let tracer: GaiTracer
    /// The request span's context (its parent is the client's span, if any).
    public let context: GaiSpanContext
    /// When the request started (Unix nanoseconds).
    public let start: UInt64
    /// ``start`` on the monotonic clock. Every later time of the request's spans is ``start``
    /// plus monotonic time since this (``nanoseconds(at:)``): moments the gateway has read
    /// already (an attempt's start and end, the request's end) cost no clock read, and the spans
    /// nest exactly — wall-clock readings mixed with them could be off by the gap between the
    /// two anchor reads, or by the wall clock's slewing.
    public let startInstant: ContinuousClock.Instant

    struct Attempt: Sendable {
        var spanID: UInt64
        var start: UInt64
        var end: UInt64 = 0
        var template: SpanTemplate
        var number: Int
        var errorType: String?
        var errorMessage: String?
    }

    struct Call: Sendable {
        var spanID: UInt64
        var parentSpanID: UInt64
        var start: UInt64
        var end: UInt64 = 0
        var method: String
        var url: String
        var status: Int = 0
        var errorType: String?
        var errorMessage: String?
    }

    /// Not copyable: the compiler cannot copy the record behind our back (passing it from the
    /// lock's `inout` to the borrowing writer copied it: about 20 retains and releases per
    /// request).
    private struct State: ~Copyable {
        var attempts = InlineList<Attempt>()
        var calls = InlineList<Call>()
        /// The open attempt (its index), the parent of calls made now.
        var openAttempt: Int?
        var finished = false
    }

    private let state = Mutex(State())

    /// The sampled request the current task works for, when one is bound (the gateway passes
    /// its recorder in the upstream request instead: ``UpstreamRequest/callRecorder``).
    @TaskLocal public static var current: RequestTraceRecorder?

    /// - Parameters:
    ///   - start: the request's start in Unix nanoseconds, read just now;
    ///   - startInstant: the same moment on the monotonic clock (read now, when not given).
    public init(tracer: GaiTracer, context: GaiSpanContext, start: UInt64, startInstant: ContinuousClock.Instant = .now) {
        self.tracer = tracer
        self.context = context
        self.start = start
        self.startInstant = startInstant
    }

    /// `instant` in Unix nanoseconds: ``start`` plus the monotonic time since ``startInstant``.
    /// Within a request this is more exact than reading the wall clock again (it cannot step).
    public func nanoseconds(at instant: ContinuousClock.Instant) -> UInt64 {
        let offset = (instant - startInstant).wholeNanoseconds
        if offset >= 0 {
            let (sum, carry) = start.addingReportingOverflow(UInt64(offset))
            return carry ? .max : sum
        }
        return offset.magnitude >= start ? 0 : start - offset.magnitude
    }

    // MARK: While the request runs

    /// An attempt starts now; pass the result to ``attemptEnded(_:errorType:message:)``.
    public func attemptStarted(_ template: SpanTemplate, number: Int) -> Int {
        attemptStarted(template, number: number, at: .now)
    }

    /// ``attemptStarted(_:number:)`` at `instant`, a moment the caller has read already.
    public func attemptStarted(_ template: SpanTemplate, number: Int, at instant: ContinuousClock.Instant) -> Int {
        let spanID = tracer.nextSpanID()
        let start = nanoseconds(at: instant)
        return state.withLock { state in
            // Made where it is stored (appended `consuming`): made outside and captured, it was
            // copied in, a retain and a release of each of its strings.
            state.attempts.append(Attempt(spanID: spanID, start: start, template: template, number: number))
            state.openAttempt = state.attempts.count - 1
            return state.attempts.count - 1
        }
    }

    /// The attempt ended now, failed with `errorType` (a taxonomy code) if set.
    public func attemptEnded(_ index: Int, errorType: String? = nil, message: String? = nil) {
        attemptEnded(index, errorType: errorType, message: message, at: .now)
    }

    /// ``attemptEnded(_:errorType:message:)`` at `instant`, a moment the caller has read already.
    public func attemptEnded(_ index: Int, errorType: String?, message: String?, at instant: ContinuousClock.Instant) {
        let end = nanoseconds(at: instant)
        state.withLock { state in
            state.attempts.update(index) { attempt in
                attempt.end = end
                attempt.errorType = errorType
                attempt.errorMessage = message
            }
            if state.openAttempt == index { state.openAttempt = nil }
        }
    }

    /// An upstream call starts: its index, and its span's context (for `traceparent`).
    public func callStarted(method: String, url: String) -> (index: Int, context: GaiSpanContext) {
        let spanID = tracer.nextSpanID()
        let start = nanoseconds(at: .now)
        return state.withLock { state in
            let parent = state.openAttempt.flatMap { state.attempts.read($0) { $0.spanID } } ?? context.spanID
            state.calls.append(Call(spanID: spanID, parentSpanID: parent, start: start, method: method, url: url))
            let callContext = GaiSpanContext(
                traceID: context.traceID, spanID: spanID, parentSpanID: parent, sampled: true, traceState: context.traceState)
            return (state.calls.count - 1, callContext)
        }
    }

    /// The call's response head arrived with `status`.
    public func callResponded(_ index: Int, status: Int) {
        state.withLock { state in
            state.calls.update(index) { $0.status = status }
        }
    }

    /// The call ended (its body finished, or it failed with `errorType`); only the first end
    /// counts. `status`, when given, is its response's (``callResponded(_:status:)``, under the
    /// same lock).
    public func callEnded(_ index: Int, status: Int? = nil, errorType: String? = nil, message: String? = nil) {
        let end = nanoseconds(at: .now)
        state.withLock { state in
            state.calls.update(index) { call in
                if let status { call.status = status }
                guard call.end == 0 else { return }
                call.end = end
                call.errorType = errorType
                call.errorMessage = message
            }
        }
    }

    // MARK: As the request's upstream call recorder

    public func upstreamCallStarted(method: String, url: String) -> (index: Int, traceparent: W3CTraceParent, tracestate: String?) {
        let (index, context) = callStarted(method: method, url: url)
        return (index, context.w3cTraceParent, context.traceState)
    }

    public func upstreamCallResponded(_ index: Int, status: Int) {
        callResponded(index, status: status)
    }

    public func upstreamCallEnded(_ index: Int, errorType: String?, message: String?) {
        callEnded(index, errorType: errorType, message: message)
    }

    public func upstreamCallEnded(_ index: Int, status: Int, errorType: String?, message: String?) {
        callEnded(index, status: status, errorType: errorType, message: message)
    }

    // MARK: When it ends

    /// Writes the request's spans and queues them for export, once. The request span gets
    /// `attributes`; attempts and calls that never ended end now. `attributes` runs under the
    /// tracer's queue lock (the spans are written straight into its buffer): it must only write,
    /// and write the same each time it runs (twice when the spans did not fit the queue's stage).
    public func finish(end: UInt64, name: String, attributes: (inout SpanWriter) -> Void) {
        finish(end: end, name: name, nameSuffix: nil, attributes: attributes)
    }

    /// ``finish(end:name:attributes:)`` with the request span named `name` + " " + `nameSuffix`
    /// (`POST /v1/chat/completions`), written without joining the two first.
    public func finish(end: UInt64, name: String, nameSuffix: String?, attributes: (inout SpanWriter) -> Void) {
        // Written where the record is, under its lock and then the tracer's (always in that
        // order): moving the record out first cost a copy and a destroy of its lists per request.
        // (So did handing it on `consuming`: each attempt and call was copied instead.)
        state.withLock { record in
            guard !record.finished else { return }
            record.finished = true
            write(record, end: end, name: name, nameSuffix: nameSuffix, attributes: attributes)
        }
    }

    /// Writes `record`'s spans into the tracer's queue. Borrowed, in a function of its own: read
    /// through the lock's `inout` from inside the queue's closure, each list was copied (and
    /// destroyed) twice per request. (Through an `UnsafePointer` instead, the lists were copied
    /// on every read: measured worse.)
    private func write(
        _ record: borrowing State, end: UInt64, name: String, nameSuffix: String?, attributes: (inout SpanWriter) -> Void
    ) {
        let attempts = record.attempts.count
        let calls = record.calls.count
        // Written under the queue's lock, into its buffer: about a microsecond, and no buffer
        // of the request's own to allocate and copy.
        tracer.record(spans: 1 + attempts + calls) { writer in
            writer.begin(name: name, nameSuffix: nameSuffix, kind: .server, context: context, start: start, end: end)
            attributes(&writer)
            writer.end()
            for index in 0..<attempts {
                record.attempts.read(index) { attempt in
                    let attemptContext = GaiSpanContext(
                        traceID: context.traceID, spanID: attempt.spanID, parentSpanID: context.spanID, sampled: true, traceState: context.traceState)
                    writer.begin(
                        name: attempt.template.name, kind: .client, context: attemptContext, start: attempt.start,
                        end: attempt.end == 0 ? end : attempt.end)
                    writer.attributes(attempt.template.attributes)
                    writer.attribute("gai.attempt", attempt.number)
                    if let type = attempt.errorType { writer.fail(type: type, message: attempt.errorMessage) }
                    writer.end()
                }
            }
            for index in 0..<calls {
                record.calls.read(index) { call in
                    let callContext = GaiSpanContext(
                        traceID: context.traceID, spanID: call.spanID, parentSpanID: call.parentSpanID, sampled: true, traceState: context.traceState)
                    writer.begin(name: call.method, kind: .client, context: callContext, start: call.start, end: call.end == 0 ? end : call.end)
                    writer.attributes(TracingTransport.encodedAttributes(method: call.method, url: call.url))
                    if call.status != 0 {
                        writer.attribute("http.response.status_code", call.status)
                        if call.status >= 400 { writer.fail(type: String(call.status), message: nil) }
                    }
                    if let type = call.errorType { writer.fail(type: type, message: call.errorMessage) }
                    writer.end()
                }
            }
        }
    }
}

/// A list whose first element is stored inline: a request has one attempt and one call almost
/// always, and an array for each would be two allocations per request.
struct InlineList<Element: Sendable>: Sendable {
    /// The first element, changed in place through optional chaining (``Slot/update(_:)``):
    /// taking it out and putting it back moved and retained its strings on every update.
    private var first: Slot?
    private var rest: [Element] = []

    private struct Slot: Sendable {
        var value: Element

        mutating func update(_ body: (inout Element) -> Void) {
            body(&value)
        }

        /// `body` on the value where it is (`first?.read`): `guard let first` copied it out.
        func read<Value>(_ body: (Element) -> Value) -> Value {
            body(value)
        }
    }

    init() {}

    var count: Int { first == nil ? 0 : 1 + rest.count }

    mutating func append(_ element: consuming Element) {
        if first == nil { first = Slot(value: element) } else { rest.append(element) }
    }

    /// What `body` reads from the element at `index` (borrowed, not copied), if there is one.
    func read<Value>(_ index: Int, _ body: (Element) -> Value) -> Value? {
        if index == 0 { return first?.read(body) }
        return rest.indices.contains(index - 1) ? body(rest[index - 1]) : nil
    }

    /// Changes the element at `index` in place; nothing when there is none.
    mutating func update(_ index: Int, _ body: (inout Element) -> Void) {
        if index == 0 {
            first?.update(body)
        } else if rest.indices.contains(index - 1) {
            body(&rest[index - 1])
        }
    }
}
