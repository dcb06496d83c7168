import GaiCore
import Synchronization
import Tracing

/// A 128-bit W3C trace id.
public struct TraceID: Sendable, Hashable {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// 32 lowercase hex digits.
    public var hex: String {
        String(unsafeUninitializedCapacity: 32) { buffer in
            writeHex(high, into: buffer, at: 0)
            writeHex(low, into: buffer, at: 16)
            return 32
        }
    }
}

/// Writes the 16 lowercase hex digits of `value` at `offset` of `buffer` (``HexDigits``).
@inline(__always)
func writeHex(_ value: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
    guard offset >= 0, offset + 16 <= buffer.count, let base = buffer.baseAddress else { return }
    HexDigits.write(value, to: base + offset)
}

/// 16 lowercase hex digits of `value`.
func hex16(_ value: UInt64) -> String {
    String(unsafeUninitializedCapacity: 16) { buffer in
        writeHex(value, into: buffer, at: 0)
        return 16
    }
}

/// A span's identity and what travels with it in `traceparent` / `tracestate`.
public struct GaiSpanContext: Sendable, Hashable {
    public var traceID: TraceID
    public var spanID: UInt64
    /// 0 for a root span.
    public var parentSpanID: UInt64
    public var sampled: Bool
    public var traceState: String?

    public init(traceID: TraceID, spanID: UInt64, parentSpanID: UInt64, sampled: Bool, traceState: String?) {
        self.traceID = traceID
        self.spanID = spanID
        self.parentSpanID = parentSpanID
        self.sampled = sampled
        self.traceState = traceState
    }

    /// Parses a `traceparent` value: version `00` exactly 4 fields, a later version at least 4
    /// (future fields ignored), lowercase hex, ids not all zero. The parsed span is the remote
    /// parent (its id is ``spanID``).
    public init?(traceparent: String) {
        let parts = traceparent.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[0].count == 2, parts[1].count == 32, parts[2].count == 16, parts[3].count == 2 else { return nil }
        guard let version = Self.hex(parts[0]), version != 0xFF, version != 0 || parts.count == 4 else { return nil }
        let trace = parts[1]
        guard let high = Self.hex(trace.prefix(16)), let low = Self.hex(trace.suffix(16)), let span = Self.hex(parts[2]),
            let flags = Self.hex(parts[3]), high != 0 || low != 0, span != 0
        else { return nil }
        self.init(traceID: TraceID(high: high, low: low), spanID: span, parentSpanID: 0, sampled: flags & 1 == 1, traceState: nil)
    }

    /// `00-<trace id>-<span id>-<flags>` as its parts, for whoever writes it.
    public var w3cTraceParent: W3CTraceParent {
        W3CTraceParent(traceIDHigh: traceID.high, traceIDLow: traceID.low, spanID: spanID, sampled: sampled)
    }

    /// `00-<trace id>-<span id>-<flags>`.
    public var traceparent: String { w3cTraceParent.text }

    static func hex(_ digits: Substring.UTF8View) -> UInt64? {
        var value: UInt64 = 0
        for digit in digits {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt64(digit - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt64(digit - UInt8(ascii: "a") + 10)
            default: return nil
            }
        }
        return value
    }
}

enum GaiSpanContextKey: InstrumentationContextKey {
    typealias Value = GaiSpanContext
    static let nameOverride: String? = "gai-span-context"
}

extension InstrumentationContext {
    /// The span this context belongs to (set by ``GaiTracer``).
    public var gaiSpanContext: GaiSpanContext? {
        get { self[GaiSpanContextKey.self] }
        set { self[GaiSpanContextKey.self] = newValue }
    }

    /// The trace id of ``gaiSpanContext``, as 32 hex digits.
    public var gaiTraceID: String? { gaiSpanContext?.traceID.hex }
}

/// A span of ``GaiTracer``. An unsampled span keeps its context (for propagation) and ignores
/// everything else.
public final class GaiSpan: Span {
    public let context: InstrumentationContext
    public let spanContext: GaiSpanContext
    public let kind: SpanKind
    let start: UInt64
    /// `nil` when not sampled: nothing is recorded.
    private let tracer: GaiTracer?

    private struct State {
        var name: String
        var attributes: SpanAttributes
        var status: SpanStatus?
        var events: [SpanEvent] = []
        var ended = false
    }

    private let state: Mutex<State>

    init(name: String, kind: SpanKind, context: InstrumentationContext, spanContext: GaiSpanContext, start: UInt64, tracer: GaiTracer?) {
        self.context = context
        self.spanContext = spanContext
        self.kind = kind
        self.start = start
        self.tracer = tracer
        self.state = Mutex(State(name: name, attributes: SpanAttributes()))
    }

    public var isRecording: Bool { tracer != nil && !state.withLock { $0.ended } }

    public var operationName: String {
        get { state.withLock { $0.name } }
        set { if tracer != nil { state.withLock { $0.name = newValue } } }
    }

    public var attributes: SpanAttributes {
        get { state.withLock { $0.attributes } }
        set { if tracer != nil { state.withLock { $0.attributes = newValue } } }
    }

    public func updateAttributes(_ update: (inout SpanAttributes) -> Void) {
        guard tracer != nil else { return }
        state.withLock { state in
            // Room for a span's attributes up front: growing one insert at a time cost several
            // reallocations per span.
            if state.attributes.isEmpty { state.attributes = SpanAttributes(.init(minimumCapacity: 16)) }
            update(&state.attributes)
        }
    }

    public func setStatus(_ status: SpanStatus) {
        guard tracer != nil else { return }
        state.withLock { $0.status = status }
    }

    public func addEvent(_ event: SpanEvent) {
        guard tracer != nil else { return }
        state.withLock { $0.events.append(event) }
    }

    public func recordError<Instant: TracerInstant>(_ error: any Error, attributes: SpanAttributes, at instant: @autoclosure () -> Instant) {
        guard tracer != nil else { return }
        var eventAttributes = attributes
        eventAttributes["exception.type"] = "\(type(of: error))"
        eventAttributes["exception.message"] = "\(error)"
        let event = SpanEvent(name: "exception", at: instant(), attributes: eventAttributes)
        state.withLock { $0.events.append(event) }
    }

    public func addLink(_ link: SpanLink) {}

    public func end<Instant: TracerInstant>(at instant: @autoclosure () -> Instant) {
        guard let tracer else { return }
        let end = instant().nanosecondsSinceEpoch
        let finished = state.withLock { state -> State? in
            guard !state.ended else { return nil }
            state.ended = true
            return state
        }
        guard let finished else { return }
        var writer = SpanWriter(capacity: 256)
        writer.span(
            context: spanContext, name: finished.name, kind: kind, start: start, end: end, attributes: finished.attributes,
            status: finished.status, events: finished.events)
        tracer.record(writer)
    }
}
