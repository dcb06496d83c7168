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

    /// While lent (``SpanQueue``), the stack buffer writes go to instead of ``out``: plain stores
    /// behind one room check per field, where each array append checked uniqueness and capacity
    /// again (about 2 k instructions of a request's 8 k span write were appends). What does not
    /// fit sets ``overflowed``; the queue then writes the spans again the array way.
    // Only ever set for the length of one write under the queue's lock (the writer is local to it).
    nonisolated(unsafe) private var stage: UnsafeMutableRawPointer?
    private var staged = 0
    private var stageCapacity = 0
    private(set) var overflowed = false

    public init(capacity: Int = 1024) {
        out.reserve(capacity)
    }

    /// Writes go to `buffer` until ``endStaging()``.
    mutating func beginStaging(_ buffer: UnsafeMutableRawBufferPointer) {
        stage = buffer.baseAddress
        stageCapacity = buffer.baseAddress == nil ? 0 : buffer.count
        staged = 0
        overflowed = buffer.baseAddress == nil
    }

    /// The bytes staged, or `nil` when something did not fit (or was written around the stage):
    /// then nothing of it counts, and the writer is ready to write the same spans into ``out``.
    mutating func endStaging() -> UnsafeRawBufferPointer? {
        defer {
            stage = nil
            stageCapacity = 0
        }
        guard let stage, !overflowed, open == nil, out.bytes.isEmpty else {
            count = 0
            open = nil
            failed = false
            staged = 0
            out.bytes.removeAll(keepingCapacity: true)
            return nil
        }
        return UnsafeRawBufferPointer(start: stage, count: staged)
    }

    /// Room for `bytes` more in the stage; when there is none, the staging has failed.
    @inline(__always)
    private mutating func room(_ bytes: Int) -> UnsafeMutableRawPointer? {
        guard let stage, !overflowed, bytes <= stageCapacity - staged else {
            overflowed = true
            return nil
        }
        return stage + staged
    }

    /// Opens a span that ran from `start` to `end` (Unix nanoseconds); ends an open one first.
    public mutating func begin(name: String, kind: SpanKind, context: GaiSpanContext, start: UInt64, end: UInt64) {
        begin(name: name, nameSuffix: nil, kind: kind, context: context, start: start, end: end)
    }

    /// ``begin(name:kind:context:start:end:)`` for a span named `name` + " " + `nameSuffix`.
    public mutating func begin(name: String, nameSuffix: String?, kind: SpanKind, context: GaiSpanContext, start: UInt64, end: UInt64) {
        if open != nil { self.end() }
        failed = false
        if stage != nil {
            stagedBegin(name: name, nameSuffix: nameSuffix, kind: kind, context: context, start: start, end: end)
            return
        }
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
        if stage != nil { overflowed = true }
        out.bytes.append(contentsOf: other.out.bytes)
        count += other.count
    }

    /// Closes the open span.
    public mutating func end() {
        guard let open else { return }
        if stage != nil {
            stagedEnd(open)
        } else {
            out.end(open)
        }
        self.open = nil
        count += 1
    }

    public mutating func attribute(_ key: StaticString, _ value: String) {
        if stage != nil { return stagedStringAttribute(key, value) }
        out.stringAttribute(key, value)
    }

    /// ``attribute(_:_:)-(_,String)`` for a value that recurs from span to span (a route, a
    /// model or provider name): the writer remembers the last `key` and `value` written with
    /// `slot` and their encoded bytes, and when both are the same again appends those bytes as
    /// they are. Slots are the caller's constants, below ``RecurringBytes/slots``; another
    /// slot number writes plainly.
    public mutating func attribute(_ key: StaticString, recurring value: String, slot: Int) {
        // A set of one: its identity holds the key (its address) and the value.
        recurringAttributes(slot: slot) { add in add(key, value) }
    }

    /// String attributes whose values recur together from span to span (a request span's
    /// method, route, model and provider): `each` names them (`nil` values are left out) and
    /// may be called twice. The writer remembers the last set in `slot`, and when every key and
    /// value is the same again, appends the set's bytes in one copy: one lookup where an
    /// ``attribute(_:recurring:slot:)`` each cost about 220 instructions. Slots are the
    /// caller's constants, shared with ``attribute(_:recurring:slot:)``'s.
    public mutating func recurringAttributes(slot: Int, _ each: ((StaticString, String?) -> Void) -> Void) {
        guard slot >= 0, slot < RecurringBytes.slots else {
            return each { key, value in if let value { attribute(key, value) } }
        }
        withUnsafeTemporaryAllocation(byteCount: RecurringBytes.valueLimit, alignment: 8) { buffer in
            // The set's identity: each present key's address and value length, and the value.
            var length = 0
            var fits = buffer.baseAddress != nil
            each { key, value in
                guard fits, let value else { return }
                let added = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                    let needed = MemoryLayout<UInt>.size + MemoryLayout<UInt16>.size + bytes.count
                    guard let base = buffer.baseAddress, bytes.count <= Int(UInt16.max), length + needed <= buffer.count else { return false }
                    (base + length).storeBytes(of: UInt(bitPattern: key.utf8Start), as: UInt.self)
                    (base + length + MemoryLayout<UInt>.size).storeBytes(of: UInt16(bytes.count), as: UInt16.self)
                    if let source = bytes.baseAddress {
                        (base + length + MemoryLayout<UInt>.size + MemoryLayout<UInt16>.size).copyMemory(from: source, byteCount: bytes.count)
                    }
                    length += needed
                    return true
                }
                if added != true { fits = false }
            }
            let identity = UnsafeRawBufferPointer(rebasing: buffer[..<length])
            // Taken out while the writer appends (as in ``attribute(_:recurring:slot:)``).
            var memo = RecurringBytes()
            swap(&memo, &recurring)
            defer { swap(&memo, &recurring) }
            if stage != nil {
                if fits, memo.withRemembered(bytes: identity, slot: slot, { stagedRaw($0) }) { return }
                let start = staged
                each { key, value in if let value { stagedStringAttribute(key, value) } }
                if fits, !overflowed, let stage {
                    memo.remember(bytes: identity, result: UnsafeRawBufferPointer(start: stage + start, count: staged - start), slot: slot)
                }
                return
            }
            if fits, memo.withRemembered(bytes: identity, slot: slot, { out.bytes.append(contentsOf: $0) }) { return }
            let start = out.bytes.count
            each { key, value in if let value { out.stringAttribute(key, value) } }
            if fits {
                out.bytes[start...].withUnsafeBytes { memo.remember(bytes: identity, result: $0, slot: slot) }
            }
        }
    }

    public mutating func attribute(_ key: StaticString, _ value: Int) {
        if stage != nil { return stagedIntAttribute(key, value) }
        out.intAttribute(key, value)
    }

    public mutating func attribute(_ key: StaticString, _ value: Bool) {
        if stage != nil { return stagedBoolAttribute(key, value) }
        out.boolAttribute(key, value)
    }

    public mutating func attribute(_ key: StaticString, _ values: [String]) {
        if stage != nil { return stagedStringArrayAttribute(key, values) }
        out.stringArrayAttribute(key, values)
    }

    /// Attributes encoded once and shared.
    public mutating func attributes(_ encoded: EncodedAttributes) {
        if stage != nil { return encoded.bytes.withUnsafeBytes { stagedRaw($0) } }
        out.raw(encoded.bytes)
    }

    /// Marks the open span failed: `error.type` and an error status. Only the first call counts
    /// (an attribute key appears once).
    public mutating func fail(type: String, message text: String?) {
        guard !failed else { return }
        if stage != nil {
            stagedStringAttribute("error.type", type)
        } else {
            out.stringAttribute("error.type", type)
        }
        markError(message: text)
    }

    /// Sets the open span's error status (without `error.type`), once.
    public mutating func markError(message text: String?) {
        guard !failed else { return }
        failed = true
        if stage != nil { return stagedErrorStatus(message: text) }
        out.status(error: true, message: text)
    }

    /// A span made through the tracer API (``GaiSpan``).
    mutating func span(
        context: GaiSpanContext, name: String, kind: SpanKind, start: UInt64, end: UInt64, attributes: SpanAttributes,
        status: SpanStatus?, events: [SpanEvent]
    ) {
        // Written the array way only (the tracer-API path never has a stage).
        if stage != nil {
            overflowed = true
            return
        }
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
        if utf8.withContiguousStorageIfAvailable({ staged.bytes(UnsafeRawBufferPointer($0)) }) != nil { return }
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

// MARK: Staged writes
//
// The same bytes as the array writes above (a differential test holds them to it), written into
// the lent stage: each field's size is worked out first, then one room check, then plain stores.

extension SpanWriter {
    @inline(__always)
    private static func put(_ byte: UInt8, _ cursor: inout UnsafeMutableRawPointer) {
        cursor.storeBytes(of: byte, as: UInt8.self)
        cursor += 1
    }

    @inline(__always)
    private static func putVarint(_ value: UInt64, _ cursor: inout UnsafeMutableRawPointer) {
        var value = value
        while value >= 0x80 {
            put(UInt8(truncatingIfNeeded: value) | 0x80, &cursor)
            value >>= 7
        }
        put(UInt8(value), &cursor)
    }

    @inline(__always)
    private static func put(_ text: StaticString, _ cursor: inout UnsafeMutableRawPointer) {
        let count = text.utf8CodeUnitCount
        cursor.copyMemory(from: UnsafeRawPointer(text.utf8Start), byteCount: count)
        cursor += count
    }

    @inline(__always)
    private static func put(_ text: String, _ cursor: inout UnsafeMutableRawPointer) {
        let copied = text.utf8.withContiguousStorageIfAvailable { utf8 -> Void in
            guard let base = utf8.baseAddress else { return }
            cursor.copyMemory(from: UnsafeRawPointer(base), byteCount: utf8.count)
            cursor += utf8.count
        }
        if copied == nil {
            for byte in text.utf8 { put(byte, &cursor) }
        }
    }

    @inline(__always)
    private static func putBigEndian(_ value: UInt64, _ cursor: inout UnsafeMutableRawPointer) {
        cursor.storeBytes(of: value.bigEndian, as: UInt64.self)
        cursor += 8
    }

    @inline(__always)
    private static func putLittleEndian(_ value: UInt64, _ cursor: inout UnsafeMutableRawPointer) {
        cursor.storeBytes(of: value.littleEndian, as: UInt64.self)
        cursor += 8
    }

    @inline(__always)
    private static func size(_ value: Int) -> Int { Protobuf.varintSize(value) }

    fileprivate mutating func stagedBegin(
        name: String, nameSuffix: String?, kind: SpanKind, context: GaiSpanContext, start: UInt64, end: UInt64
    ) {
        let nameCount = name.utf8.count + (nameSuffix.map { 1 + $0.utf8.count } ?? 0)
        let stateCount = context.traceState?.utf8.count
        let kindValue = OTLPTraceEncoder.kind(kind)
        var total = 3 + 18 + 10 + (context.parentSpanID != 0 ? 10 : 0) + 1 + Self.size(nameCount) + nameCount
            + 1 + Self.size(Int(kindValue)) + 9 + 9 + 2 + 4
        if let stateCount { total += 1 + Self.size(stateCount) + stateCount }
        guard var cursor = room(total) else { return }
        // The span's frame, with two bytes kept for its length (``stagedEnd(_:)``).
        Self.put(2 << 3 | 2, &cursor)
        Self.put(0x80, &cursor)
        Self.put(0, &cursor)
        open = staged + 3
        Self.put(1 << 3 | 2, &cursor)
        Self.put(16, &cursor)
        Self.putBigEndian(context.traceID.high, &cursor)
        Self.putBigEndian(context.traceID.low, &cursor)
        Self.put(2 << 3 | 2, &cursor)
        Self.put(8, &cursor)
        Self.putBigEndian(context.spanID, &cursor)
        if let state = context.traceState, let stateCount {
            Self.put(3 << 3 | 2, &cursor)
            Self.putVarint(UInt64(stateCount), &cursor)
            Self.put(state, &cursor)
        }
        if context.parentSpanID != 0 {
            Self.put(4 << 3 | 2, &cursor)
            Self.put(8, &cursor)
            Self.putBigEndian(context.parentSpanID, &cursor)
        }
        Self.put(5 << 3 | 2, &cursor)
        Self.putVarint(UInt64(nameCount), &cursor)
        Self.put(name, &cursor)
        if let nameSuffix {
            Self.put(UInt8(ascii: " "), &cursor)
            Self.put(nameSuffix, &cursor)
        }
        Self.put(6 << 3, &cursor)
        Self.putVarint(kindValue, &cursor)
        Self.put(7 << 3 | 1, &cursor)
        Self.putLittleEndian(start, &cursor)
        Self.put(8 << 3 | 1, &cursor)
        Self.putLittleEndian(end, &cursor)
        // flags (16, fixed32): the W3C trace flags (sampled) in the low byte.
        Self.putVarint(16 << 3 | 5, &cursor)
        cursor.storeBytes(of: UInt32(context.sampled ? 1 : 0).littleEndian, as: UInt32.self)
        staged += total
    }

    /// Writes the length of the span whose content starts at `open` into the two bytes before it
    /// (or one, moving the span down a byte); a span of 16 KB or more fails the staging.
    fileprivate mutating func stagedEnd(_ open: Int) {
        guard let stage, !overflowed else { return }
        let length = staged - open
        if length >= 0x80, length < 0x4000 {
            stage.storeBytes(of: UInt8(truncatingIfNeeded: length) | 0x80, toByteOffset: open - 2, as: UInt8.self)
            stage.storeBytes(of: UInt8(truncatingIfNeeded: length >> 7), toByteOffset: open - 1, as: UInt8.self)
        } else if length < 0x80 {
            (stage + open - 1).copyMemory(from: stage + open, byteCount: length)
            stage.storeBytes(of: UInt8(length), toByteOffset: open - 2, as: UInt8.self)
            staged -= 1
        } else {
            overflowed = true
        }
    }

    /// Bytes encoded elsewhere, as they are.
    fileprivate mutating func stagedRaw(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        guard let cursor = room(bytes.count) else { return }
        cursor.copyMemory(from: source, byteCount: bytes.count)
        staged += bytes.count
    }

    /// A `KeyValue` (field 9) header for `key` with an `AnyValue` of `valueSize` bytes; the
    /// room is for the header and `valueSize` more.
    @inline(__always)
    private mutating func stagedKeyValue(_ key: StaticString, valueSize: Int) -> UnsafeMutableRawPointer? {
        let keySize = key.utf8CodeUnitCount
        let entry = 1 + Self.size(keySize) + keySize + 1 + Self.size(valueSize) + valueSize
        let total = 1 + Self.size(entry) + entry
        guard var cursor = room(total) else { return nil }
        staged += total
        Self.put(9 << 3 | 2, &cursor)
        Self.putVarint(UInt64(entry), &cursor)
        Self.put(1 << 3 | 2, &cursor)
        Self.putVarint(UInt64(keySize), &cursor)
        Self.put(key, &cursor)
        Self.put(2 << 3 | 2, &cursor)
        Self.putVarint(UInt64(valueSize), &cursor)
        return cursor
    }

    fileprivate mutating func stagedStringAttribute(_ key: StaticString, _ value: String) {
        let size = value.utf8.count
        guard var cursor = stagedKeyValue(key, valueSize: 1 + Self.size(size) + size) else { return }
        Self.put(1 << 3 | 2, &cursor)
        Self.putVarint(UInt64(size), &cursor)
        Self.put(value, &cursor)
    }

    fileprivate mutating func stagedIntAttribute(_ key: StaticString, _ value: Int) {
        let number = UInt64(bitPattern: Int64(value))
        guard var cursor = stagedKeyValue(key, valueSize: 1 + Self.size(Int(truncatingIfNeeded: number))) else { return }
        Self.put(3 << 3, &cursor)
        Self.putVarint(number, &cursor)
    }

    fileprivate mutating func stagedBoolAttribute(_ key: StaticString, _ value: Bool) {
        guard var cursor = stagedKeyValue(key, valueSize: 2) else { return }
        Self.put(2 << 3, &cursor)
        Self.put(value ? 1 : 0, &cursor)
    }

    /// `AnyValue { array_value (5): ArrayValue { values (1): AnyValue { string_value (1) } … } }`.
    fileprivate mutating func stagedStringArrayAttribute(_ key: StaticString, _ values: [String]) {
        var arraySize = 0
        for value in values {
            let count = value.utf8.count
            let element = 1 + Self.size(count) + count
            arraySize += 1 + Self.size(element) + element
        }
        guard var cursor = stagedKeyValue(key, valueSize: 1 + Self.size(arraySize) + arraySize) else { return }
        Self.put(5 << 3 | 2, &cursor)
        Self.putVarint(UInt64(arraySize), &cursor)
        for value in values {
            let count = value.utf8.count
            Self.put(1 << 3 | 2, &cursor)
            Self.putVarint(UInt64(1 + Self.size(count) + count), &cursor)
            Self.put(1 << 3 | 2, &cursor)
            Self.putVarint(UInt64(count), &cursor)
            Self.put(value, &cursor)
        }
    }

    /// `Status` (field 15): an optional message (2) and the code ERROR (3 = 2).
    fileprivate mutating func stagedErrorStatus(message: String?) {
        let messageCount = message?.utf8.count
        let statusSize = (messageCount.map { 1 + Self.size($0) + $0 } ?? 0) + 2
        let total = 1 + Self.size(statusSize) + statusSize
        guard var cursor = room(total) else { return }
        staged += total
        Self.put(15 << 3 | 2, &cursor)
        Self.putVarint(UInt64(statusSize), &cursor)
        if let message, let messageCount {
            Self.put(2 << 3 | 2, &cursor)
            Self.putVarint(UInt64(messageCount), &cursor)
            Self.put(message, &cursor)
        }
        Self.put(3 << 3, &cursor)
        Self.put(2, &cursor)
    }
}
