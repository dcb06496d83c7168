import Tracing

/// Writes an OTLP `ExportTraceServiceRequest` in the protobuf wire format, for the few message
/// types a trace export needs (opentelemetry/proto/collector/trace/v1, trace/v1, common/v1,
/// resource/v1). Written by hand: swift-otel keeps its generated types internal, and the
/// subset is small.
struct OTLPTraceEncoder {
    /// `service.name` and the other resource attributes.
    var resource: [(String, SpanAttribute)]
    var scopeName = "gai"
    var scopeVersion: String

    /// One request body holding `spans`.
    func encode(_ spans: some Collection<FinishedSpan>) -> [UInt8] {
        var out = Protobuf()
        out.reserve(256 + spans.count * 512)
        let resourceSpans = out.begin(1)
        let resourceMessage = out.begin(1)
        for (key, value) in resource { Self.keyValue(1, key, value, into: &out) }
        out.end(resourceMessage)
        let scopeSpans = out.begin(2)
        let scope = out.begin(1)
        out.string(1, scopeName)
        out.string(2, scopeVersion)
        out.end(scope)
        for span in spans { Self.span(span, into: &out) }
        out.end(scopeSpans)
        out.end(resourceSpans)
        return out.bytes
    }

    static func span(_ span: FinishedSpan, into out: inout Protobuf) {
        let message = out.begin(2)
        out.bytes(1, bigEndian: span.context.traceID.high, span.context.traceID.low)
        out.bytes(2, bigEndian: span.context.spanID)
        if let state = span.context.traceState { out.string(3, state) }
        if span.context.parentSpanID != 0 { out.bytes(4, bigEndian: span.context.parentSpanID) }
        out.string(5, span.name)
        out.varint(6, kind(span.kind))
        out.fixed64(7, span.start)
        out.fixed64(8, span.end)
        span.attributes.forEach { key, value in keyValue(9, key, value, into: &out) }
        for event in span.events {
            let eventMessage = out.begin(11)
            out.fixed64(1, event.nanosecondsSinceEpoch)
            out.string(2, event.name)
            event.attributes.forEach { key, value in keyValue(3, key, value, into: &out) }
            out.end(eventMessage)
        }
        if let status = span.status {
            let statusMessage = out.begin(15)
            if let text = status.message { out.string(2, text) }
            out.varint(3, status.code == .error ? 2 : 1)
            out.end(statusMessage)
        }
        // flags: the W3C trace flags (sampled) in the low byte.
        out.fixed32(16, span.context.sampled ? 1 : 0)
        out.end(message)
    }

    /// `Span.SpanKind`: INTERNAL 1, SERVER 2, CLIENT 3, PRODUCER 4, CONSUMER 5.
    static func kind(_ kind: SpanKind) -> UInt64 {
        switch kind {
        case .server: 2
        case .client: 3
        case .producer: 4
        case .consumer: 5
        default: 1
        }
    }

    /// A `KeyValue` as field `field`.
    static func keyValue(_ field: Int, _ key: String, _ value: SpanAttribute, into out: inout Protobuf) {
        let message = out.begin(field)
        out.string(1, key)
        anyValue(2, value, into: &out)
        out.end(message)
    }

    /// An `AnyValue` as field `field`: string 1, bool 2, int 3, double 4, array 5.
    static func anyValue(_ field: Int, _ value: SpanAttribute, into out: inout Protobuf) {
        let message = out.begin(field)
        switch value {
        case .string(let text): out.string(1, text)
        case .bool(let flag): out.varint(2, flag ? 1 : 0)
        case .int32(let number): out.varint(3, UInt64(bitPattern: Int64(number)))
        case .int64(let number): out.varint(3, UInt64(bitPattern: number))
        case .double(let number): out.fixed64(4, number.bitPattern)
        case .stringArray(let values): array(values.map { .string($0) }, into: &out)
        case .int32Array(let values): array(values.map { .int32($0) }, into: &out)
        case .int64Array(let values): array(values.map { .int64($0) }, into: &out)
        case .doubleArray(let values): array(values.map { .double($0) }, into: &out)
        case .boolArray(let values): array(values.map { .bool($0) }, into: &out)
        case .stringConvertible(let convertible): out.string(1, convertible.description)
        case .stringConvertibleArray(let values): array(values.map { .string($0.description) }, into: &out)
        default: out.string(1, "\(value)")
        }
        out.end(message)
    }

    /// An `ArrayValue` as `AnyValue` field 5.
    static func array(_ values: [SpanAttribute], into out: inout Protobuf) {
        let message = out.begin(5)
        for value in values { anyValue(1, value, into: &out) }
        out.end(message)
    }
}

/// A protobuf message being written into one buffer. A nested message reserves one byte for its
/// length (``begin(_:)``) and widens it when it ends longer than 127 bytes (``end(_:)``), so
/// nesting costs no buffer of its own.
struct Protobuf {
    private(set) var bytes: [UInt8] = []

    mutating func reserve(_ capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    private mutating func tag(_ field: Int, _ wireType: UInt8) {
        writeVarint(UInt64(field) << 3 | UInt64(wireType))
    }

    private mutating func writeVarint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func varint(_ field: Int, _ value: UInt64) {
        tag(field, 0)
        writeVarint(value)
    }

    mutating func fixed64(_ field: Int, _ value: UInt64) {
        tag(field, 1)
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func fixed32(_ field: Int, _ value: UInt32) {
        tag(field, 5)
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    mutating func string(_ field: Int, _ value: String) {
        tag(field, 2)
        writeVarint(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    /// Bytes of `words`, each big-endian (ids: a trace id is two words, a span id one).
    mutating func bytes(_ field: Int, bigEndian words: UInt64...) {
        tag(field, 2)
        writeVarint(UInt64(words.count * 8))
        for word in words {
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
        }
    }

    /// Starts a nested message as field `field`; pass the result to ``end(_:)``.
    mutating func begin(_ field: Int) -> Int {
        tag(field, 2)
        bytes.append(0)
        return bytes.count
    }

    /// Ends the message ``begin(_:)`` started, writing its length.
    mutating func end(_ start: Int) {
        let length = bytes.count - start
        if length < 0x80 {
            bytes[start - 1] = UInt8(length)
            return
        }
        var prefix: [UInt8] = []
        var value = length
        while value >= 0x80 {
            prefix.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        prefix.append(UInt8(value))
        bytes[start - 1] = prefix[0]
        bytes.insert(contentsOf: prefix[1...], at: start)
    }

    /// `nested` as field `field` (for callers that built a message apart).
    mutating func message(_ field: Int, _ nested: Protobuf) {
        tag(field, 2)
        writeVarint(UInt64(nested.bytes.count))
        bytes.append(contentsOf: nested.bytes)
    }
}
