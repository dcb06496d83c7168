import Foundation
import GaiCore

/// Every kind of observability event the gateway emits. The registry is closed: an event can only
/// be made with one of these cases, so an unknown type cannot be emitted.
public enum ObservabilityEventType: String, Sendable, Hashable, CaseIterable, Codable {
    case requestReceived = "request_received"
    case routeSelected = "route_selected"
    case attemptStarted = "attempt_started"
    case attemptFailed = "attempt_failed"
    case retryScheduled = "retry_scheduled"
    case fallbackTriggered = "fallback_triggered"
    case breakerOpened = "breaker_opened"
    case breakerClosed = "breaker_closed"
    case rateLimited = "rate_limited"
    case idempotentReplay = "idempotent_replay"
    case cacheHit = "cache_hit"
    case responseCompleted = "response_completed"
    case errorOccurred = "error_occurred"

    /// ``rawValue`` as a `StaticString`, for the line writer: copied as it is, where the
    /// `String` cost about 400 instructions per event to read.
    public var staticName: StaticString {
        switch self {
        case .requestReceived: "request_received"
        case .routeSelected: "route_selected"
        case .attemptStarted: "attempt_started"
        case .attemptFailed: "attempt_failed"
        case .retryScheduled: "retry_scheduled"
        case .fallbackTriggered: "fallback_triggered"
        case .breakerOpened: "breaker_opened"
        case .breakerClosed: "breaker_closed"
        case .rateLimited: "rate_limited"
        case .idempotentReplay: "idempotent_replay"
        case .cacheHit: "cache_hit"
        case .responseCompleted: "response_completed"
        case .errorOccurred: "error_occurred"
        }
    }
}

/// One observability event (`schema_version` 1). Consumers ignore fields they do not know;
/// producers never remove one (a breaking change bumps the version).
///
/// Events of one request share its `correlation_id` (the request id, a UUIDv7); `span_id` names
/// the operation and `parent_span_id` the one it is nested in (an attempt inside its request).
public struct ObservabilityEvent: Sendable, Hashable, Codable {
    public static let schemaVersion = 1

    public var type: ObservabilityEventType
    /// Unix milliseconds.
    public var timestamp: Int64
    public var correlationID: String
    public var spanID: String
    public var parentSpanID: String?
    /// The W3C trace id (32 hex digits) of the request's trace, when it has one: the gateway's
    /// own when tracing is on, else the client's `traceparent`.
    public var traceID: String?
    /// The event's fields; sanitized before it is written (see ``PayloadSanitizer``).
    public var payload: [String: JSONValue]

    public init(
        type: ObservabilityEventType, timestamp: Int64 = WallClock.nowMilliseconds(), correlationID: String, spanID: String,
        parentSpanID: String? = nil, traceID: String? = nil, payload: [String: JSONValue] = [:]
    ) {
        self.type = type
        self.timestamp = timestamp
        self.correlationID = correlationID
        self.spanID = spanID
        self.parentSpanID = parentSpanID
        self.traceID = traceID
        self.payload = payload
    }

    /// The fixed payload of `error_occurred`: the error's type (its taxonomy code), message
    /// (≤ 500 characters), stack frames (≤ 10), the component that failed and a preview of the
    /// input (≤ 100 characters), all sanitized.
    public static func error(
        correlationID: String, spanID: String, parentSpanID: String? = nil, traceID: String? = nil, errorType: String,
        message: String, frames: [String] = [], component: String, inputPreview: String = "",
        timestamp: Int64 = WallClock.nowMilliseconds()
    ) -> ObservabilityEvent {
        ObservabilityEvent(
            type: .errorOccurred, timestamp: timestamp, correlationID: correlationID, spanID: spanID, parentSpanID: parentSpanID, traceID: traceID,
            payload: [
                "error_type": .string(errorType), "error_message": .string(message), "stack_frames": .array(frames.map(JSONValue.string)),
                "component": .string(component), "input_preview": .string(inputPreview),
            ])
    }

    enum CodingKeys: String, CodingKey {
        case type, timestamp, payload
        case schemaVersion = "schema_version"
        case correlationID = "correlation_id"
        case spanID = "span_id"
        case parentSpanID = "parent_span_id"
        case traceID = "trace_id"
    }

    /// Reads an event line back (`schema_version` is not checked: consumers ignore what they do
    /// not know, and a reader of version 1 reads these fields).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            type: try container.decode(ObservabilityEventType.self, forKey: .type), timestamp: try container.decode(Int64.self, forKey: .timestamp),
            correlationID: try container.decode(String.self, forKey: .correlationID), spanID: try container.decode(String.self, forKey: .spanID),
            parentSpanID: try container.decodeIfPresent(String.self, forKey: .parentSpanID),
            traceID: try container.decodeIfPresent(String.self, forKey: .traceID),
            payload: try container.decodeIfPresent([String: JSONValue].self, forKey: .payload) ?? [:])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schemaVersion, forKey: .schemaVersion)
        try container.encode(type, forKey: .type)
        try container.encode(timestamp, forKey: .timestamp)
        try container.encode(correlationID, forKey: .correlationID)
        try container.encode(spanID, forKey: .spanID)
        try container.encodeIfPresent(parentSpanID, forKey: .parentSpanID)
        try container.encodeIfPresent(traceID, forKey: .traceID)
        try container.encode(payload, forKey: .payload)
    }
}

extension ObservabilityEvent {
    /// The event as one JSON object with sorted keys, written by hand into bytes: the event
    /// writer encodes every event, and `JSONEncoder` (or appending to a `String` piece by piece)
    /// cost it several times more. Non-finite numbers become `null`.
    public var jsonLine: String {
        var out = JSONBytes()
        out.reserve(384)
        _ = Self.writeLine(
            type: type, timestamp: timestamp, correlationID: correlationID, spanID: spanID, parentSpanID: parentSpanID, traceID: traceID,
            into: &out
        ) { $0.value(.object(payload)) }
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

extension ObservabilityEvent {
    /// Writes an event's JSON line (keys sorted) into `out`, the payload object by `payload`;
    /// returns the payload's byte range in `out`. The one place the line's shape is written, for
    /// events with a payload dictionary and for sources that write theirs directly
    /// (``EncodedEvent/init(type:timestamp:correlationID:spanID:parentSpanID:traceID:maxPayloadBytes:payload:)``).
    static func writeLine(
        type: ObservabilityEventType, timestamp: Int64, correlationID: String, spanID: String, parentSpanID: String?, traceID: String?,
        into out: inout JSONBytes, payload: (inout JSONBytes) -> Void
    ) -> LineLayout {
        // The ids are the gateway's own or checked ones, and need no escape: then the fields
        // before the payload and those after it are each composed on the stack and appended
        // once (a dozen appends cost more than the bytes). Otherwise field by field.
        let start = out.bytes.count
        var layout = LineLayout(payload: 0..<0, correlationID: 0..<0, spanID: 0..<0)
        let headStaged = out.appendStaged { head in
            head.raw(#"{"correlation_id":"#)
            guard let correlation = head.cleanLiteral(correlationID) else { return false }
            layout.correlationID = correlation
            if let parentSpanID {
                head.raw(#","parent_span_id":"#)
                guard let parent = head.cleanLiteral(parentSpanID) else { return false }
                layout.parentSpanID = parent
            }
            head.raw(#","payload":"#)
            return true
        }
        if !headStaged {
            out.raw(#"{"correlation_id":"#)
            layout.correlationID = out.quoted(correlationID)
            if let parentSpanID {
                out.raw(#","parent_span_id":"#)
                layout.parentSpanID = out.quoted(parentSpanID)
            }
            out.raw(#","payload":"#)
        } else {
            layout.correlationID = layout.correlationID.shifted(by: start)
            layout.parentSpanID = layout.parentSpanID?.shifted(by: start)
        }
        let payloadStart = out.bytes.count
        payload(&out)
        let payloadEnd = out.bytes.count
        layout.payload = payloadStart..<payloadEnd
        let tailStaged = out.appendStaged { tail in
            // `schema_version` is 1: written with the keys around it.
            tail.raw(#","schema_version":1,"span_id":"#)
            guard let span = tail.cleanLiteral(spanID) else { return false }
            layout.spanID = span.shifted(by: payloadEnd)
            tail.raw(#","timestamp":"#)
            tail.integer(timestamp)
            if let traceID {
                tail.raw(#","trace_id":"#)
                guard let trace = tail.cleanLiteral(traceID) else { return false }
                layout.traceID = trace.shifted(by: payloadEnd)
            }
            tail.raw(#","type":""#)
            tail.raw(type.staticName)
            tail.raw(#""}"#)
            return true
        }
        if !tailStaged {
            layout.traceID = nil
            out.raw(#","schema_version":1,"span_id":"#)
            layout.spanID = out.quoted(spanID)
            out.raw(#","timestamp":"#)
            out.integer(timestamp)
            if let traceID {
                out.raw(#","trace_id":"#)
                layout.traceID = out.quoted(traceID)
            }
            out.raw(#","type":"#)
            out.string(type.rawValue)
            out.raw("}")
        }
        return layout
    }
}

extension Range<Int> {
    /// The range moved `offset` on.
    func shifted(by offset: Int) -> Range<Int> { (lowerBound + offset)..<(upperBound + offset) }
}

/// Where a written line's parts are (offsets in the buffer it was written into): the payload
/// object, and the header strings as JSON string literals (quotes included), so an event can be
/// read back from its line without parsing it.
struct LineLayout: Sendable {
    var payload: Range<Int>
    var correlationID: Range<Int>
    var spanID: Range<Int>
    var parentSpanID: Range<Int>? = nil
    var traceID: Range<Int>? = nil

    /// The same layout for the line copied out from `offset` on.
    func shifted(by offset: Int) -> LineLayout {
        func shift(_ range: Range<Int>) -> Range<Int> { range.shifted(by: -offset) }
        return LineLayout(
            payload: shift(payload), correlationID: shift(correlationID), spanID: shift(spanID), parentSpanID: parentSpanID.map(shift),
            traceID: traceID.map(shift))
    }
}

extension JSONBytes {
    /// Writes `text` as a JSON string; its range (quotes included).
    mutating func quoted(_ text: String) -> Range<Int> {
        let start = bytes.count
        string(text)
        return start..<bytes.count
    }

    /// The text of a JSON string literal (quotes included) written by ``string(_:)``.
    static func unquoted(_ literal: ArraySlice<UInt8>) -> String {
        let inner = literal.dropFirst().dropLast()
        guard inner.contains(UInt8(ascii: "\\")) else { return String(decoding: inner, as: UTF8.self) }
        return (try? JSONDecoder().decode(String.self, from: Data(literal))) ?? String(decoding: inner, as: UTF8.self)
    }
}

/// JSON written as UTF-8 bytes.
struct JSONBytes {
    var bytes: [UInt8] = []

    mutating func reserve(_ capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func integer(_ number: Int64) {
        Self.withDigits(of: number) { bytes.append(contentsOf: $0) }
    }

    /// `body` on the decimal digits of `number` (with its sign), written two per division right
    /// to left into a stack buffer.
    @inline(__always)
    static func withDigits<Result>(of number: Int64, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // 24 bytes: 20 digits and a sign.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var magnitude = number.magnitude
            var start = buffer.count
            while magnitude >= 100 {
                let pair = Int(magnitude % 100) &* 2
                magnitude /= 100
                start -= 2
                buffer[start] = Self.digitPairs[pair]
                buffer[start + 1] = Self.digitPairs[pair + 1]
            }
            if magnitude >= 10 {
                let pair = Int(magnitude) &* 2
                start -= 2
                buffer[start] = Self.digitPairs[pair]
                buffer[start + 1] = Self.digitPairs[pair + 1]
            } else {
                start -= 1
                buffer[start] = UInt8(ascii: "0") &+ UInt8(magnitude)
            }
            if number < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            return body(UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// "00", "01", … "99", as bytes.
    private static let digitPairs: [UInt8] = (0..<100).flatMap { [UInt8(ascii: "0") + UInt8($0 / 10), UInt8(ascii: "0") + UInt8($0 % 10)] }

    mutating func string(_ text: String) {
        // Native strings (all the gateway's) are read in place; others are made contiguous first.
        if text.utf8.withContiguousStorageIfAvailable({ quoted($0) }) == nil {
            var text = text
            text.withUTF8 { quoted($0) }
        }
    }

    /// `utf8` as a string literal. Eight bytes at a time up to the first that may need an escape
    /// (``cleanPrefix(_:)``): ids, paths and names have none, and then the literal is composed
    /// on the stack and appended once (three appends cost more than its bytes).
    private mutating func quoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        let clean = Self.cleanPrefix(utf8)
        if clean == utf8.count, appendStaged({ $0.literal(utf8) != nil }) { return }
        bytes.append(UInt8(ascii: "\""))
        escaped(utf8, clean: clean)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `utf8` with JSON's escapes, without the quotes; its first `clean` bytes need none.
    private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>, clean: Int) {
        guard clean < utf8.count else {
            bytes.append(contentsOf: utf8)
            return
        }
        var runStart = 0
        for index in clean..<utf8.count {
            let byte = utf8[index]
            guard Self.needsEscape(byte) else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            switch byte {
            case UInt8(ascii: "\""): raw(#"\""#)
            case UInt8(ascii: "\\"): raw(#"\\"#)
            case 0x0A: raw(#"\n"#)
            case 0x0D: raw(#"\r"#)
            case 0x09: raw(#"\t"#)
            default:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                raw(#"\u00"#)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            }
            runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// How many bytes at the start of `utf8` surely need no escape: whole words of eight up to
    /// the first with a control byte, a quote or a backslash in it, or all of them.
    static func cleanPrefix(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = utf8.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var offset = 0
        while offset + 8 <= utf8.count {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            // A byte below 0x20, or equal to a quote or a backslash (a zero byte after the XOR),
            // sets its high bit in one of these; bytes from 0x80 up never do (`& ~word`). A
            // borrow only starts at such a byte, so a word without one reads as clean.
            let control = (word &- ones &* 0x20) & ~word & highs
            let quote = ((word ^ (ones &* 0x22)) &- ones) & ~(word ^ (ones &* 0x22)) & highs
            let backslash = ((word ^ (ones &* 0x5C)) &- ones) & ~(word ^ (ones &* 0x5C)) & highs
            if control | quote | backslash != 0 { return offset }
            offset += 8
        }
        // The tail, byte by byte.
        while offset < utf8.count, !needsEscape(utf8[offset]) { offset += 1 }
        return offset
    }

    /// Appends what `compose` writes on the stack, in one append; `false` (nothing appended)
    /// when `compose` returns `false` or writes more than 512 bytes.
    @inline(__always)
    mutating func appendStaged(_ compose: (inout StagedJSON) -> Bool) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: StagedJSON.capacity) { buffer in
            guard let base = buffer.baseAddress else { return false }
            var staged = StagedJSON(base: base)
            guard compose(&staged), !staged.overflowed else { return false }
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: staged.count))
            return true
        }
    }

    /// A control byte, a quote or a backslash: what a JSON string literal cannot hold as is.
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    mutating func value(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let flag): flag ? raw("true") : raw("false")
        case .int(let number): integer(number)
        case .double(let number):
            if !number.isFinite {
                raw("null")
            } else if number == number.rounded(), abs(number) < 1e15 {
                integer(Int64(number))
            } else {
                bytes.append(contentsOf: number.description.utf8)
            }
        case .string(let text): string(text)
        case .array(let values):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in values.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                self.value(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            var first = true
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                string(key)
                bytes.append(UInt8(ascii: ":"))
                self.value(member)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }
}

/// Bytes composed in stack memory (``JSONBytes/appendStaged(_:)``): literals, integers, and
/// strings that need no escape.
struct StagedJSON {
    static let capacity = 512
    private let base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    /// A write did not fit: the whole staging is void.
    private(set) var overflowed = false

    init(base: UnsafeMutablePointer<UInt8>) {
        self.base = base
    }

    @inline(__always)
    private mutating func reserve(_ size: Int) -> UnsafeMutablePointer<UInt8>? {
        guard !overflowed, size <= Self.capacity - count else {
            overflowed = true
            return nil
        }
        defer { count += size }
        return base + count
    }

    @inline(__always)
    mutating func raw(_ text: StaticString) {
        guard let target = reserve(text.utf8CodeUnitCount) else { return }
        target.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
    }

    /// `text` as a string literal when no byte of it needs an escape: its range here (quotes
    /// included); `nil` (nothing written) otherwise.
    mutating func cleanLiteral(_ text: String) -> Range<Int>? {
        if let range = text.utf8.withContiguousStorageIfAvailable({ cleanLiteral(utf8: $0) }) { return range }
        var text = text
        return text.withUTF8 { cleanLiteral(utf8: $0) }
    }

    private mutating func cleanLiteral(utf8: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        JSONBytes.cleanPrefix(utf8) == utf8.count ? literal(utf8) : nil
    }

    /// `utf8`, which needs no escape, between quotes: its range here; `nil` when it does not fit.
    mutating func literal(_ utf8: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let start = count
        guard let target = reserve(utf8.count + 2) else { return nil }
        target.pointee = UInt8(ascii: "\"")
        if let source = utf8.baseAddress { (target + 1).update(from: source, count: utf8.count) }
        target[utf8.count + 1] = UInt8(ascii: "\"")
        return start..<count
    }

    mutating func integer(_ number: Int64) {
        JSONBytes.withDigits(of: number) { digits in
            guard let source = digits.baseAddress, let target = reserve(digits.count) else { return }
            target.update(from: source, count: digits.count)
        }
    }
}
