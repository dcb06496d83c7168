import GaiCore
import Synchronization
import Tracing

/// A lean OpenTelemetry tracer for the gateway's hot path, behind the swift-distributed-tracing
/// API: W3C trace-context propagation, parent-based ratio sampling, and finished spans kept in
/// one bounded buffer that a background exporter (``OTLPSpanExporter``) drains in batches.
///
/// Why not swift-otel's tracer: it hands every finished span to its batch processor through an
/// unbounded `AsyncStream` and an actor hop, one task wake-up per span. At three spans per
/// request that cost the gateway half its throughput on one core (docs/benchmarks.md). Here a
/// finished span is one append under a lock; only the first span after an export wakes the
/// exporter, and a full buffer drops (and counts) instead of growing.
public final class GaiTracer: Tracer, Sendable {
    public typealias Span = GaiSpan

    /// What the exporter needs to know; the tracer only fills the buffer.
    public struct Configuration: Sendable {
        /// The share of new traces recorded (0...1); a parent's sampled flag always wins.
        public var sampleRatio: Double
        /// Finished spans kept at most while waiting for export; more are dropped and counted.
        public var maxQueueSize: Int

        public init(sampleRatio: Double = 1, maxQueueSize: Int = 16_384) {
            self.sampleRatio = min(1, max(0, sampleRatio))
            self.maxQueueSize = max(1, maxQueueSize)
        }
    }

    public let configuration: Configuration
    /// Root spans are sampled when the low 64 bits of their trace id fall under this.
    private let sampleThreshold: UInt64
    private let ids: SpanIDGenerator
    private let now: @Sendable () -> UInt64

    private let buffer: SpanQueue

    /// - Parameters:
    ///   - seed: seeds span and trace ids (tests pass a fixed one); ids are unique per tracer
    ///     either way.
    ///   - now: Unix nanoseconds (tests inject a clock).
    public init(
        configuration: Configuration = Configuration(), seed: UInt64? = nil,
        now: @escaping @Sendable () -> UInt64 = { WallClock.nowNanoseconds() }
    ) {
        self.configuration = configuration
        self.sampleThreshold =
            configuration.sampleRatio >= 1 ? .max : UInt64((configuration.sampleRatio * 18_446_744_073_709_551_615.0).rounded(.down))
        var system = SystemRandomNumberGenerator()
        self.ids = SpanIDGenerator(seed: seed ?? system.next())
        self.now = now
        self.buffer = SpanQueue(capacity: configuration.maxQueueSize)
    }

    // MARK: Tracer

    public func startSpan<Instant: TracerInstant>(
        _ operationName: String, context: @autoclosure () -> InstrumentationContext, ofKind kind: SpanKind,
        at instant: @autoclosure () -> Instant, function: String, file fileID: String, line: UInt
    ) -> GaiSpan {
        var context = context()
        let spanContext = newSpanContext(parent: context.gaiSpanContext)
        context.gaiSpanContext = spanContext
        return GaiSpan(
            name: operationName, kind: kind, context: context, spanContext: spanContext, start: instant().nanosecondsSinceEpoch,
            tracer: spanContext.sampled ? self : nil)
    }

    public func activeSpan(identifiedBy context: InstrumentationContext) -> GaiSpan? { nil }

    public func forceFlush() {
        buffer.wake()
    }

    /// Reads a W3C `traceparent` (and `tracestate`); an invalid one is ignored (a new trace starts).
    public func extract<Carrier, Extract: Extractor>(
        _ carrier: Carrier, into context: inout InstrumentationContext, using extractor: Extract
    ) where Extract.Carrier == Carrier {
        guard let header = extractor.extract(key: "traceparent", from: carrier), let parsed = GaiSpanContext(traceparent: header) else {
            return
        }
        var remote = parsed
        remote.traceState = extractor.extract(key: "tracestate", from: carrier).flatMap { $0.isEmpty ? nil : $0 }
        context.gaiSpanContext = remote
    }

    /// Writes the context's span as `traceparent` (and its `tracestate`).
    public func inject<Carrier, Inject: Injector>(_ context: InstrumentationContext, into carrier: inout Carrier, using injector: Inject)
    where Inject.Carrier == Carrier {
        guard let span = context.gaiSpanContext else { return }
        injector.inject(span.traceparent, forKey: "traceparent", into: &carrier)
        if let state = span.traceState { injector.inject(state, forKey: "tracestate", into: &carrier) }
    }

    // MARK: Buffer

    /// Queues the spans `writer` wrote. Never blocks; when they do not fit they are dropped
    /// (all of them: a request's spans are kept or lost together).
    public func record(_ writer: SpanWriter) {
        buffer.append(writer)
    }

    /// Queues `spans` spans that `write` writes straight into the queue's buffer (no buffer of
    /// their own, no copy); when they do not fit, `write` is not called and all are dropped.
    /// `write` may run twice (into the queue's stage, and when they did not fit it, again into
    /// the buffer): it must write the same spans each time.
    func record(spans: Int, _ write: (inout SpanWriter) -> Void) {
        buffer.append(spans: spans, write)
    }

    /// Spans waiting for export.
    public var queueDepth: Int { buffer.count }
    /// Spans dropped because the buffer was full.
    public var droppedCount: Int { buffer.droppedCount }
    /// Sampled spans kept for export so far.
    public var recordedCount: Int { buffer.acceptedCount }

    /// Takes every waiting span (the exporter): framed `ScopeSpans.spans` entries, how many, and
    /// where each append's spans end (``SpanQueue/Segment``).
    func take() -> (bytes: [UInt8], count: Int, segments: [SpanQueue.Segment]) { buffer.takeAll() }

    /// Hands a taken buffer back for reuse (the exporter, after sending it).
    func recycle(_ bytes: inout [UInt8]) { buffer.recycle(&bytes) }

    /// Wakes when spans arrive after a take (the exporter's loop).
    var arrivals: AsyncStream<Void> { buffer.arrivals }

    /// Ends ``arrivals`` (shutdown).
    func finishArrivals() { buffer.finish() }

    /// Unix nanoseconds, from the tracer's clock.
    public func nowNanoseconds() -> UInt64 { now() }

    // MARK: Native spans (the gateway's hot path)

    /// A fresh span id.
    func nextSpanID() -> UInt64 { ids.nextSpanID() }

    /// A new span's context: a child of `parent` (same trace and sampling decision), or with no
    /// parent the root of a new trace, sampled by the configured ratio.
    public func newSpanContext(parent: GaiSpanContext?) -> GaiSpanContext {
        if let parent {
            return GaiSpanContext(
                traceID: parent.traceID, spanID: ids.nextSpanID(), parentSpanID: parent.spanID, sampled: parent.sampled,
                traceState: parent.traceState)
        }
        let traceID = ids.nextTraceID()
        return GaiSpanContext(traceID: traceID, spanID: ids.nextSpanID(), parentSpanID: 0, sampled: traceID.low <= sampleThreshold, traceState: nil)
    }

    /// Empties the buffer (benchmarks).
    public func takeForBenchmark() -> Int { take().count }

    /// Takes and encodes the waiting spans as one OTLP request (benchmarks).
    public func encodeWaitingForBenchmark() -> Int {
        OTLPTraceEncoder(resource: [("service.name", .string("gai"))], scopeVersion: "bench").encode(framedSpans: take().bytes[...]).count
    }
}

/// Ids that are unique per generator and look random: a counter through the SplitMix64
/// finalizer (a bijection, so no two counter values collide), from a random start.
final class SpanIDGenerator: Sendable {
    private let counter: Atomic<UInt64>
    private let key: UInt64

    init(seed: UInt64) {
        counter = Atomic(SplitMix64.mix(seed))
        key = SplitMix64.mix(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    func next() -> UInt64 {
        let value = SplitMix64.mix(counter.wrappingAdd(1, ordering: .relaxed).newValue ^ key)
        return value == 0 ? 1 : value
    }

    func nextSpanID() -> UInt64 { next() }

    func nextTraceID() -> TraceID { TraceID(high: next(), low: next()) }
}

/// Finished spans waiting for export, as the bytes the exporter posts: one buffer that grows,
/// not an object per span. Bounded by span count; the first append after a take wakes the
/// exporter (``arrivals``).
final class SpanQueue: Sendable {
    let capacity: Int

    /// One append's spans: where they end in the bytes, and how many. The exporter splits a
    /// batch at these, without reading the bytes again.
    struct Segment: Sendable, Equatable {
        var end: Int
        var spans: Int
    }

    private struct State {
        var bytes: [UInt8] = []
        var segments: [Segment] = []
        /// The buffer the exporter gave back, emptied: the next one to fill. Reusing it keeps
        /// its pages mapped; a fresh megabyte per batch cost page faults and copies as it grew.
        var spare: [UInt8] = []
        /// Recurring attributes and their bytes, for the spans written here.
        var recurring = RecurringBytes()
        var count = 0
        var dropped = 0
        var accepted = 0
    }

    private let state = Mutex(State())
    private let signal = ArrivalSignal()

    /// The stage a request's spans are written into first (used under the lock only): a request
    /// with one attempt and one call writes about 1.2 KB. One buffer for the queue's life, so it
    /// stays in cache; a temporary allocation this size went to the heap.
    static let stageBytes = 4096
    nonisolated(unsafe) private let stage = UnsafeMutableRawBufferPointer.allocate(byteCount: stageBytes, alignment: 8)

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    deinit {
        stage.deallocate()
    }

    func append(_ written: SpanWriter) {
        // Already bytes: copied straight in, not through the stage.
        append(spans: written.count, staging: false) { $0.append(contentsOf: written) }
    }

    func append(spans: Int, staging: Bool = true, _ write: (inout SpanWriter) -> Void) {
        guard spans > 0 else { return }
        let first = state.withLock { state -> Bool in
            guard state.count + spans <= capacity else {
                state.dropped += spans
                return false
            }
            var writer = SpanWriter(capacity: 0)
            swap(&writer.recurring, &state.recurring)
            // Written into the stage first and appended at once (``SpanWriter/beginStaging(_:)``);
            // spans that do not fit it (a request with many attempts, long error messages) are
            // written again straight into the buffer.
            var staged: UnsafeRawBufferPointer?
            if staging {
                writer.beginStaging(stage)
                write(&writer)
                staged = writer.endStaging()
            }
            if let staged { state.bytes.append(contentsOf: staged) }
            if staged == nil {
                swap(&writer.out.bytes, &state.bytes)
                write(&writer)
                swap(&writer.out.bytes, &state.bytes)
            }
            assert(writer.count == spans, "wrote \(writer.count) spans, declared \(spans)")
            swap(&writer.recurring, &state.recurring)
            state.segments.append(Segment(end: state.bytes.count, spans: spans))
            state.count += spans
            state.accepted += spans
            return state.count == spans
        }
        if first { signal.signal() }
    }

    func takeAll() -> (bytes: [UInt8], count: Int, segments: [Segment]) {
        state.withLock { state in
            var taken: [UInt8] = []
            swap(&taken, &state.spare)
            swap(&taken, &state.bytes)
            var segments: [Segment] = []
            segments.reserveCapacity(state.segments.count)
            swap(&segments, &state.segments)
            defer { state.count = 0 }
            return (taken, state.count, segments)
        }
    }

    /// Takes back a buffer ``takeAll()`` returned, once its spans are sent.
    func recycle(_ bytes: inout [UInt8]) {
        bytes.removeAll(keepingCapacity: true)
        state.withLock { state in
            if state.spare.capacity < bytes.capacity { swap(&state.spare, &bytes) }
        }
    }

    var arrivals: AsyncStream<Void> { signal.arrivals }
    func wake() { signal.signal() }
    func finish() { signal.finish() }

    var count: Int { state.withLock { $0.count } }
    var droppedCount: Int { state.withLock { $0.dropped } }
    var acceptedCount: Int { state.withLock { $0.accepted } }
}
