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

    /// One request body holding spans already written as framed `ScopeSpans.spans` entries
    /// (``SpanWriter``): this only writes the envelope around them.
    func encode(framedSpans: ArraySlice<UInt8>) -> [UInt8] {
        envelope(spansByteCount: framedSpans.count) + framedSpans
    }

    /// Everything of the request before the spans: the envelope's lengths are known from the
    /// spans' size, so the spans can follow as they are (the exporter writes both into one
    /// reused buffer, no intermediate copy).
    func envelope(spansByteCount: Int) -> [UInt8] {
        var resourceMessage = Protobuf()
        for (key, value) in resource { Self.keyValue(1, key, value, into: &resourceMessage) }
        var scope = Protobuf()
        scope.string(1, scopeName)
        scope.string(2, scopeVersion)
        let scopeSpansLength = 1 + Protobuf.varintSize(scope.bytes.count) + scope.bytes.count + spansByteCount
        let resourceSpansLength =
            1 + Protobuf.varintSize(resourceMessage.bytes.count) + resourceMessage.bytes.count + 1
            + Protobuf.varintSize(scopeSpansLength) + scopeSpansLength
        var out = Protobuf()
        out.reserve(64 + resourceMessage.bytes.count + scope.bytes.count)
        // ExportTraceServiceRequest.resource_spans (1) { resource (1), scope_spans (2) { scope (1), spans… } }
        out.bytes.append(1 << 3 | 2)
        out.writeVarint(UInt64(resourceSpansLength))
        out.message(1, resourceMessage.bytes)
        out.bytes.append(2 << 3 | 2)
        out.writeVarint(UInt64(scopeSpansLength))
        out.message(1, scope.bytes)
        return out.bytes
    }

    /// Splits framed spans into runs of at most `limit` spans (one export request each), at the
    /// `segments` the queue noted (a request's spans stay together; a segment larger than
    /// `limit` goes alone). The bytes are not read: scanning every span's length again cost the
    /// exporter more than writing the spans.
    static func batches(of framed: [UInt8], segments: [SpanQueue.Segment], limit: Int) -> [(spans: ArraySlice<UInt8>, count: Int)] {
        var batches: [(spans: ArraySlice<UInt8>, count: Int)] = []
        var start = 0
        var end = 0
        var spans = 0
        for segment in segments where segment.end <= framed.count {
            if spans > 0, spans + segment.spans > limit {
                batches.append((framed[start..<end], spans))
                start = end
                spans = 0
            }
            end = segment.end
            spans += segment.spans
        }
        if spans > 0 { batches.append((framed[start..<end], spans)) }
        return batches
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

/// A protobuf message being written into one buffer. A nested message reserves room for its
/// length (``begin(_:)``: one byte; ``beginLarge(_:)``: two, for spans, which are mostly 128 B to
/// 16 KB) and fills it in when it ends, widening it only when the guess was short, so nesting
/// costs no buffer of its own. Fields whose size is known up front (attributes) are written
/// with their exact lengths, no fix-up at all.
struct Protobuf {
    var bytes: [UInt8] = []

    mutating func reserve(_ capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    @inline(__always)
    private mutating func tag(_ field: Int, _ wireType: UInt8) {
        writeVarint(UInt64(field) << 3 | UInt64(wireType))
    }

    @inline(__always)
    mutating func writeVarint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Bytes `value` takes as a varint.
    @inline(__always)
    static func varintSize(_ value: Int) -> Int {
        var size = 1
        var value = UInt64(truncatingIfNeeded: value)
        while value >= 0x80 {
            size += 1
            value >>= 7
        }
        return size
    }

    mutating func varint(_ field: Int, _ value: UInt64) {
        tag(field, 0)
        writeVarint(value)
    }

    mutating func fixed64(_ field: Int, _ value: UInt64) {
        tag(field, 1)
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func fixed32(_ field: Int, _ value: UInt32) {
        tag(field, 5)
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ field: Int, _ value: String) {
        tag(field, 2)
        writeVarint(UInt64(value.utf8.count))
        appendUTF8(value)
    }

    /// `first`, `separator` and `second` as one string field.
    mutating func string(_ field: Int, _ first: String, _ separator: StaticString, _ second: String) {
        tag(field, 2)
        writeVarint(UInt64(first.utf8.count + separator.utf8CodeUnitCount + second.utf8.count))
        appendUTF8(first)
        separator.withUTF8Buffer { bytes.append(contentsOf: $0) }
        appendUTF8(second)
    }

    /// `text`'s UTF-8 in one copy (the generic append over a `UTF8View` goes byte by byte).
    @inline(__always)
    mutating func appendUTF8(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
    }

    /// Bytes of `word`, big-endian (a span id).
    mutating func bytes(_ field: Int, bigEndian word: UInt64) {
        tag(field, 2)
        bytes.append(8)
        withUnsafeBytes(of: word.bigEndian) { bytes.append(contentsOf: $0) }
    }

    /// Bytes of `high` then `low`, each big-endian (a trace id).
    mutating func bytes(_ field: Int, bigEndian high: UInt64, _ low: UInt64) {
        tag(field, 2)
        bytes.append(16)
        withUnsafeBytes(of: high.bigEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: low.bigEndian) { bytes.append(contentsOf: $0) }
    }

    /// Starts a nested message as field `field`; pass the result to ``end(_:)``.
    mutating func begin(_ field: Int) -> Int {
        tag(field, 2)
        bytes.append(0)
        return bytes.count
    }

    /// ``begin(_:)`` for a message likely 128 bytes to 16 KB long: two bytes kept for its length.
    mutating func beginLarge(_ field: Int) -> Int {
        tag(field, 2)
        bytes.append(0x80)
        bytes.append(0)
        // Marked by a start one past the two bytes; `end` tells the two kinds apart by the 0x80.
        return bytes.count
    }

    /// Ends the message ``begin(_:)`` or ``beginLarge(_:)`` started, writing its length.
    mutating func end(_ start: Int) {
        let length = bytes.count - start
        let large = start >= 2 && bytes[start - 2] == 0x80 && bytes[start - 1] == 0
        if large {
            if length >= 0x80, length < 0x4000 {
                bytes[start - 2] = UInt8(truncatingIfNeeded: length) | 0x80
                bytes[start - 1] = UInt8(truncatingIfNeeded: length >> 7)
                return
            }
            // Not the two bytes the guess kept: drop one and write it the short way.
            bytes.remove(at: start - 1)
            bytes[start - 2] = 0
            end(start - 1)
            return
        }
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

    /// `nested`, a message already encoded, as field `field`.
    mutating func message(_ field: Int, _ nested: [UInt8]) {
        tag(field, 2)
        writeVarint(UInt64(nested.count))
        bytes.append(contentsOf: nested)
    }

    /// Bytes written elsewhere in this format (pre-encoded fields), as they are.
    mutating func raw(_ encoded: some Collection<UInt8>) {
        bytes.append(contentsOf: encoded)
    }

    mutating func string(_ field: Int, _ value: StaticString) {
        tag(field, 2)
        writeVarint(UInt64(value.utf8CodeUnitCount))
        value.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A `Status` (field 15): code ERROR 2 or OK 1, and a message.
    mutating func status(error: Bool, message: String?) {
        let statusMessage = begin(15)
        if let message { string(2, message) }
        varint(3, error ? 2 : 1)
        end(statusMessage)
    }
}

/// Up to ``capacity`` bytes composed on the stack and then appended to a buffer at once: an
/// attribute's header is nine small fields, and nine appends (each checking the array's
/// uniqueness and room) cost several times the bytes. Writes past the capacity are dropped
/// (callers stay within it: they bound what they stage).
struct StagedBytes {
    static let capacity = 128
    private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    private(set) var count = 0

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        guard count < Self.capacity else { return }
        let offset = count
        withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: value, toByteOffset: offset, as: UInt8.self) }
        count += 1
    }

    @inline(__always)
    mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            byte(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        byte(UInt8(value))
    }

    @inline(__always)
    mutating func bytes(_ source: UnsafeRawBufferPointer) {
        guard let base = source.baseAddress, source.count <= Self.capacity - count else { return }
        let offset = count
        withUnsafeMutableBytes(of: &storage) { ($0.baseAddress.map { $0 + offset })?.copyMemory(from: base, byteCount: source.count) }
        count += source.count
    }

    /// `value` as 8 bytes, little-endian (`fixed64`).
    @inline(__always)
    mutating func littleEndian(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes($0) }
    }

    /// `value` as 8 bytes, big-endian (ids).
    @inline(__always)
    mutating func bigEndian(_ value: UInt64) {
        withUnsafeBytes(of: value.bigEndian) { bytes($0) }
    }

    /// `value` as 4 bytes, little-endian (`fixed32`).
    @inline(__always)
    mutating func littleEndian(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes($0) }
    }

    @inline(__always)
    mutating func append(to buffer: inout [UInt8]) {
        let count = count
        withUnsafeBytes(of: &storage) { buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }
}
