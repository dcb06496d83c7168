import GaiCore
import Synchronization
import Tracing

/// Writes spans as OTLP `Span` messages, each framed as a `ScopeSpans.spans` entry, into one
/// buffer: what ``GaiTracer`` queues and ``OTLPSpanExporter`` posts without converting again.
///
/// A span is written whole, once it ended: ``begin(name:kind:context:start:end:)``, its
/// attributes, ``end()``. Attribute keys the gateway writes on every request are `StaticString`s;
/// sets that never change (a deployment's, a URL's) are encoded once (``EncodedAttributes``) and
/// copied in as bytes.
public struct SpanWriter: Sendable {
    var out = Protobuf()
    /// Spans written so far.
    public private(set) var count = 0
    /// Where the open span's message starts (`nil`: none open).
    private var open: Int?
    private var failed = false
    /// The queue's memo of recurring attributes (``attribute(_:recurring:slot:)``), lent for
    /// the write.
    var recurring = RecurringBytes()

    public init(capacity: Int = 1024) {
        out.reserve(capacity)
    }

    /// Opens a span that ran from `start` to `end` (Unix nanoseconds); ends an open one first.
    public mutating func begin(name: String, kind: SpanKind, context: GaiSpanContext, start: UInt64, end: UInt64) {
        begin(name: name, nameSuffix: nil, kind: kind, context: context, start: start, end: end)
    }

    /// ``begin(name:kind:context:start:end:)`` for a span named `name` + " " + `nameSuffix`.
    public mutating func begin(name: String, nameSuffix: String?, kind: SpanKind, context: GaiSpanContext, start: UInt64, end: UInt64) {
        if open != nil { self.end() }
        failed = false
        // The fixed-size fields around the name are composed on the stack, each run appended once.
        var head = StagedBytes()
        head.byte(2 << 3 | 2)
        // Two bytes kept for the length (``Protobuf/beginLarge(_:)``).
        head.byte(0x80)
        head.byte(0)
        open = out.bytes.count + 3
        head.byte(1 << 3 | 2)
        head.byte(16)
        head.bigEndian(context.traceID.high)
        head.bigEndian(context.traceID.low)
        head.byte(2 << 3 | 2)
        head.byte(8)
        head.bigEndian(context.spanID)
        if let state = context.traceState {
            head.append(to: &out.bytes)
            head = StagedBytes()
            out.string(3, state)
        }
        if context.parentSpanID != 0 {
            head.byte(4 << 3 | 2)
            head.byte(8)
            head.bigEndian(context.parentSpanID)
        }
        head.append(to: &out.bytes)
        if let nameSuffix {
            out.string(5, name, " ", nameSuffix)
        } else {
            out.string(5, name)
        }
        var tail = StagedBytes()
        tail.byte(6 << 3)
        tail.varint(OTLPTraceEncoder.kind(kind))
        tail.byte(7 << 3 | 1)
        tail.littleEndian(start)
        tail.byte(8 << 3 | 1)
        tail.littleEndian(end)
        // flags (16, fixed32): the W3C trace flags (sampled) in the low byte.
        tail.varint(16 << 3 | 5)
        tail.littleEndian(UInt32(context.sampled ? 1 : 0))
        tail.append(to: &out.bytes)
    }

    /// Appends the spans `other` wrote (closed ones).
    mutating func append(contentsOf other: SpanWriter) {
        if open != nil { end() }
        out.bytes.append(contentsOf: other.out.bytes)
        count += other.count
    }

    /// Closes the open span.
    public mutating func end() {
        guard let open else { return }
        out.end(open)
        self.open = nil
        count += 1
    }

    public mutating func attribute(_ key: StaticString, _ value: String) {
        out.stringAttribute(key, value)
    }

    /// ``attribute(_:_:)-(_,String)`` for a value that recurs from span to span (a route, a
    /// model or provider name): the writer remembers the last `key` and `value` written with
    /// `slot` and their encoded bytes, and when both are the same again appends those bytes as
    /// they are. Slots are the caller's constants, below ``RecurringBytes/slots``; another
    /// slot number writes plainly.
    public mutating func attribute(_ key: StaticString, recurring value: String, slot: Int) {
        guard slot >= 0, slot < RecurringBytes.slots else { return attribute(key, value) }
        // The key is part of what the bytes depend on: its address (keys are `StaticString`s).
        let tag = UInt(bitPattern: key.utf8Start)
        // Taken out while the writer appends: read in place while the closure changed `out`, the
        // memo was copied for the call (two retains and two releases per attribute).
        var memo = RecurringBytes()
        swap(&memo, &recurring)
        defer { swap(&memo, &recurring) }
        if memo.withRemembered(value, tag: tag, slot: slot, { out.bytes.append(contentsOf: $0) }) { return }
        let start = out.bytes.count
        out.stringAttribute(key, value)
        memo.remember(value, tag: tag, result: out.bytes[start...], slot: slot)
    }

    public mutating func attribute(_ key: StaticString, _ value: Int) {
        out.intAttribute(key, value)
    }

    public mutating func attribute(_ key: StaticString, _ value: Bool) {
        out.boolAttribute(key, value)
    }

    public mutating func attribute(_ key: StaticString, _ values: [String]) {
        out.stringArrayAttribute(key, values)
    }

    /// Attributes encoded once and shared.
    public mutating func attributes(_ encoded: EncodedAttributes) {
        out.raw(encoded.bytes)
    }

    /// Marks the open span failed: `error.type` and an error status. Only the first call counts
    /// (an attribute key appears once).
    public mutating func fail(type: String, message text: String?) {
        guard !failed else { return }
        out.stringAttribute("error.type", type)
        markError(message: text)
    }

    /// Sets the open span's error status (without `error.type`), once.
    public mutating func markError(message text: String?) {
        guard !failed else { return }
        failed = true
        out.status(error: true, message: text)
    }

    /// A span made through the tracer API (``GaiSpan``).
    mutating func span(
        context: GaiSpanContext, name: String, kind: SpanKind, start: UInt64, end: UInt64, attributes: SpanAttributes,
        status: SpanStatus?, events: [SpanEvent]
    ) {
        begin(name: name, kind: kind, context: context, start: start, end: end)
        attributes.forEach { key, value in OTLPTraceEncoder.keyValue(9, key, value, into: &out) }
        for event in events {
            let eventMessage = out.begin(11)
            out.fixed64(1, event.nanosecondsSinceEpoch)
            out.string(2, event.name)
            event.attributes.forEach { key, value in OTLPTraceEncoder.keyValue(3, key, value, into: &out) }
            out.end(eventMessage)
        }
        if let status {
            failed = true
            out.status(error: status.code == .error, message: status.message)
        }
        self.end()
    }
}

/// `KeyValue` attributes in their protobuf form, built once and copied into many spans
/// (``SpanWriter/attributes(_:)``).
public struct EncodedAttributes: Sendable {
    var bytes: [UInt8] = []

    public init() {}

    public mutating func add(_ key: String, _ value: String) {
        var out = Protobuf()
        out.stringAttribute(key, value)
        bytes.append(contentsOf: out.bytes)
    }

    public mutating func add(_ key: String, _ value: Int) {
        var out = Protobuf()
        out.intAttribute(key, value)
        bytes.append(contentsOf: out.bytes)
    }
}

/// A span's name and the attributes it always has (an attempt span on one deployment).
public struct SpanTemplate: Sendable {
    public var name: String
    public var attributes: EncodedAttributes

    public init(name: String, attributes: EncodedAttributes) {
        self.name = name
        self.attributes = attributes
    }
}

/// Attribute keys are `StaticString`s on the hot path and `String`s when built once.
protocol AttributeKey {
    var byteCount: Int { get }
    func append(to bytes: inout [UInt8])
    func stage(into staged: inout StagedBytes)
}

extension StaticString: AttributeKey {
    var byteCount: Int { utf8CodeUnitCount }
    func append(to bytes: inout [UInt8]) { withUTF8Buffer { bytes.append(contentsOf: $0) } }
    func stage(into staged: inout StagedBytes) { withUTF8Buffer { staged.bytes(UnsafeRawBufferPointer($0)) } }
}

extension String: AttributeKey {
    var byteCount: Int { utf8.count }
    func append(to bytes: inout [UInt8]) { bytes.append(contentsOf: utf8) }
    func stage(into staged: inout StagedBytes) {
        var text = self
        text.withUTF8 { staged.bytes(UnsafeRawBufferPointer($0)) }
    }
}

extension Protobuf {
    // A span's `attributes` are field 9: `KeyValue { key = 1; AnyValue value = 2 }`, and
    // `AnyValue` holds a string in 1, a bool in 2, an int in 3, an array in 5. Their sizes are
    // known before writing, so each is written straight, lengths first: everything but a string
    // value composed on the stack and appended at once (``StagedBytes``).

    /// Keys up to this long are staged with their header (all the gateway writes on every
    /// request are); a longer one is appended between the staged runs.
    static let stagedKeyLimit = 64
    /// A string attribute whose key and value together are at most this long is staged whole
    /// (with its ~12 bytes of headers it fits ``StagedBytes/capacity``).
    static let stagedEntryLimit = 112

    /// A `KeyValue` for `key` whose `AnyValue` is `valueSize` bytes: its header, then what
    /// `value` stages of the value (all of it, or the fields before a string's bytes), appended
    /// at once.
    @inline(__always)
    private mutating func keyValue(_ key: some AttributeKey, valueSize: Int, _ value: (inout StagedBytes) -> Void) {
        let keySize = key.byteCount
        let entrySize = 1 + Self.varintSize(keySize) + keySize + 1 + Self.varintSize(valueSize) + valueSize
        var staged = StagedBytes()
        staged.byte(9 << 3 | 2)
        staged.varint(UInt64(entrySize))
        staged.byte(1 << 3 | 2)
        staged.varint(UInt64(keySize))
        if keySize <= Self.stagedKeyLimit {
            key.stage(into: &staged)
        } else {
            staged.append(to: &bytes)
            key.append(to: &bytes)
            staged = StagedBytes()
        }
        staged.byte(2 << 3 | 2)
        staged.varint(UInt64(valueSize))
        value(&staged)
        staged.append(to: &bytes)
    }

    mutating func stringAttribute(_ key: some AttributeKey, _ value: String) {
        let size = value.utf8.count
        // A short value (model names, routes, ids) is staged with its header: one append.
        let staged = key.byteCount + size <= Self.stagedEntryLimit
            && value.utf8.withContiguousStorageIfAvailable { utf8 in
                keyValue(key, valueSize: 1 + Self.varintSize(size) + size) { staged in
                    staged.byte(1 << 3 | 2)
                    staged.varint(UInt64(size))
                    staged.bytes(UnsafeRawBufferPointer(utf8))
                }
            } != nil
        guard !staged else { return }
        keyValue(key, valueSize: 1 + Self.varintSize(size) + size) { staged in
            staged.byte(1 << 3 | 2)
            staged.varint(UInt64(size))
        }
        appendUTF8(value)
    }

    mutating func intAttribute(_ key: some AttributeKey, _ value: Int) {
        let number = UInt64(bitPattern: Int64(value))
        keyValue(key, valueSize: 1 + Self.varintSize(Int(truncatingIfNeeded: number))) { staged in
            staged.byte(3 << 3)
            staged.varint(number)
        }
    }

    mutating func boolAttribute(_ key: some AttributeKey, _ value: Bool) {
        keyValue(key, valueSize: 2) { staged in
            staged.byte(2 << 3)
            staged.byte(value ? 1 : 0)
        }
    }

    mutating func stringArrayAttribute(_ key: some AttributeKey, _ values: [String]) {
        let keyValue = begin(9)
        let keySize = key.byteCount
        bytes.append(1 << 3 | 2)
        writeVarint(UInt64(keySize))
        key.append(to: &bytes)
        let anyValue = begin(2)
        let array = begin(5)
        for value in values {
            let element = begin(1)
            string(1, value)
            end(element)
        }
        end(array)
        end(anyValue)
        end(keyValue)
    }
}
