import Foundation
import GaiCore
import Synchronization

/// A sanitized event and its JSON line (without the newline), as sinks and the live tail get it.
///
/// The payload lives in the line (``payloadJSON`` is a slice of it): a source that writes its
/// payload directly (``ObservabilityEventSource/encodeEvents(into:sanitizer:)``) never builds a
/// payload dictionary.
public struct EncodedEvent: Sendable {
    public let type: ObservabilityEventType
    public let timestamp: Int64
    public let correlationID: String
    public let spanID: String
    public let parentSpanID: String?
    public let traceID: String?
    /// The event as one JSON object with sorted keys, UTF-8 (``line`` as text). Kept as the
    /// bytes it was written into: the file sink and the live tail write them as they are, where
    /// a `String` cost an allocation and a copy per event.
    public let lineBytes: [UInt8]
    /// The payload's UTF-8 offsets in ``lineBytes``.
    let payloadRange: Range<Int>?

    /// ``lineBytes`` as text (the database sinks' `line` column, the stderr fallback).
    public var line: String { String(decoding: lineBytes, as: UTF8.self) }

    /// An event whose line was written elsewhere (tests, the tail's own messages): its payload
    /// is read from `event`.
    public init(event: ObservabilityEvent, line: String) {
        self.init(event: event, lineBytes: Array(line.utf8), payloadRange: nil)
        self.payloadFromEvent = event.payload
    }

    init(event: ObservabilityEvent, lineBytes: [UInt8], payloadRange: Range<Int>?) {
        type = event.type
        timestamp = event.timestamp
        correlationID = event.correlationID
        spanID = event.spanID
        parentSpanID = event.parentSpanID
        traceID = event.traceID
        self.lineBytes = lineBytes
        self.payloadRange = payloadRange
    }

    private var payloadFromEvent: [String: JSONValue]?

    /// A sanitized event, encoded.
    init(sanitized event: ObservabilityEvent) {
        var out = JSONBytes()
        out.reserve(384)
        let layout = ObservabilityEvent.writeLine(
            type: event.type, timestamp: event.timestamp, correlationID: event.correlationID, spanID: event.spanID,
            parentSpanID: event.parentSpanID, traceID: event.traceID, into: &out
        ) { $0.value(.object(event.payload)) }
        self.init(event: event, lineBytes: out.bytes, payloadRange: layout.payload)
    }

    /// The event whose line is `buffer[line]`, read back through its `layout` (offsets in
    /// `buffer`): the pipeline's queue holds lines, and only sinks and tail subscribers that
    /// want events get them.
    init(type: ObservabilityEventType, timestamp: Int64, line: Range<Int>, layout: LineLayout, in buffer: [UInt8]) {
        self.type = type
        self.timestamp = timestamp
        correlationID = JSONBytes.unquoted(buffer[layout.correlationID])
        spanID = JSONBytes.unquoted(buffer[layout.spanID])
        parentSpanID = layout.parentSpanID.map { JSONBytes.unquoted(buffer[$0]) }
        traceID = layout.traceID.map { JSONBytes.unquoted(buffer[$0]) }
        lineBytes = Array(buffer[line])
        payloadRange = layout.shifted(by: line.lowerBound).payload
    }

    /// An event whose payload `payload` writes directly, member by member in key order, its
    /// strings sanitized as it goes (``EventPayloadWriter``). `nil` when the payload came out
    /// larger than `maxPayloadBytes`: the caller then builds it as a dictionary, so the
    /// sanitizer's size rules decide (a direct payload is only ever one that needed no cut).
    public init?(
        type: ObservabilityEventType, timestamp: Int64, correlationID: String, spanID: String, parentSpanID: String? = nil,
        traceID: String? = nil, maxPayloadBytes: Int, payload: (inout EventPayloadWriter) -> Void
    ) {
        var out = JSONBytes()
        // A `response_completed` line is about 390 bytes: room for it without growing.
        out.reserve(512)
        var recurring = RecurringBytes()
        guard
            let layout = EventPayloadWriter.writeLine(
                type: type, timestamp: timestamp, correlationID: correlationID, spanID: spanID, parentSpanID: parentSpanID,
                traceID: traceID, maxPayloadBytes: maxPayloadBytes, into: &out, recurring: &recurring, payload: payload)
        else { return nil }
        self.type = type
        self.timestamp = timestamp
        self.correlationID = correlationID
        self.spanID = spanID
        self.parentSpanID = parentSpanID
        self.traceID = traceID
        self.lineBytes = out.bytes
        self.payloadRange = layout.payload
    }

    /// The payload object alone, as JSON with sorted keys (the sinks' `payload` column).
    public var payloadJSON: String {
        if let payloadRange, payloadRange.upperBound <= lineBytes.count {
            return String(decoding: lineBytes[payloadRange], as: UTF8.self)
        }
        var out = JSONBytes()
        out.value(.object(payloadFromEvent ?? [:]))
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The event as a value (tests and tools; the writer's path never builds it).
    public var event: ObservabilityEvent {
        var payload = payloadFromEvent ?? [:]
        if payloadFromEvent == nil, let decoded = try? JSONDecoder().decode([String: JSONValue].self, from: Data(payloadJSON.utf8)) {
            payload = decoded
        }
        return ObservabilityEvent(
            type: type, timestamp: timestamp, correlationID: correlationID, spanID: spanID, parentSpanID: parentSpanID, traceID: traceID,
            payload: payload)
    }
}

/// Writes an event's payload object member by member (``EncodedEvent``'s direct form). Members
/// must come in key order (the line's keys are sorted) and keys must not be secret ones: the
/// callers' keys are constants, checked against the dictionary path by a differential test.
/// String values go through ``PayloadSanitizer``'s patterns.
public struct EventPayloadWriter {
    var out = JSONBytes()
    private var first = true
    /// A string longer than this is one the sanitizer would cut first: the direct form gives up.
    let maxStringBytes: Int
    private(set) var oversized = false
    /// The queue's memo of recurring values (``member(_:recurring:slot:)``), lent for the line.
    var recurring = RecurringBytes()
    /// Members composed one after another and appended to ``out`` together (``flush()``): a
    /// `response_completed` payload is a dozen members, and an append each cost more than their
    /// bytes (about 75 instructions apiece).
    private var pending: (
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
    ) = (
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    )
    private var pendingCount = 0
    static let pendingBytes = 512

    init(maxStringBytes: Int) {
        self.maxStringBytes = maxStringBytes
    }

    /// Appends an event's line with a directly written payload to `out`; its layout, or `nil`
    /// (and `out` as it was) when the payload came out larger than `maxPayloadBytes`.
    static func writeLine(
        type: ObservabilityEventType, timestamp: Int64, correlationID: String, spanID: String, parentSpanID: String?, traceID: String?,
        maxPayloadBytes: Int, into out: inout JSONBytes, recurring: inout RecurringBytes, payload: (inout EventPayloadWriter) -> Void
    ) -> LineLayout? {
        let start = out.bytes.count
        var oversized = false
        let layout = ObservabilityEvent.writeLine(
            type: type, timestamp: timestamp, correlationID: correlationID, spanID: spanID, parentSpanID: parentSpanID, traceID: traceID,
            into: &out
        ) { out in
            // The writer takes the buffer (and the memo) for the payload and hands them back: no copy.
            var writer = EventPayloadWriter(maxStringBytes: maxPayloadBytes)
            swap(&writer.out, &out)
            swap(&writer.recurring, &recurring)
            writer.pendingByte(UInt8(ascii: "{"))
            payload(&writer)
            writer.pendingByte(UInt8(ascii: "}"))
            writer.flush()
            swap(&writer.out, &out)
            swap(&writer.recurring, &recurring)
            oversized = writer.oversized
        }
        guard !oversized, layout.payload.count <= maxPayloadBytes else {
            out.bytes.removeLast(out.bytes.count - start)
            return nil
        }
        return layout
    }

    /// `,"key":` (no comma first) and then what `value` writes into the stage after it (it has at
    /// least ``stagedValueBytes``; it returns how many it wrote), in one append: the few small
    /// appends of a member cost more than its bytes. Staged in a 128-byte stack tuple rather than
    /// ``JSONBytes/appendStaged(_:)``: that cost about 40 instructions more per key (measured
    /// with `bench/callgrind.sh`).
    @inline(__always)
    private mutating func key(_ key: StaticString, value: (UnsafeMutableRawBufferPointer) -> Int = { _ in 0 }) {
        let count = key.utf8CodeUnitCount
        let comma = first ? 0 : 1
        first = false
        guard count <= Self.stagedKeyBytes else {
            flush()
            var stage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            withUnsafeMutableBytes(of: &stage) { stage in
                if comma == 1 { out.bytes.append(UInt8(ascii: ",")) }
                out.bytes.append(UInt8(ascii: "\""))
                out.raw(key)
                out.raw(#"":"#)
                let written = value(stage)
                if written > 0 { out.bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: stage[..<written])) }
            }
            return
        }
        // A member takes at most 128 bytes of the pending run (key and staged value).
        if pendingCount + 128 > Self.pendingBytes { flush() }
        let offset = pendingCount
        pendingCount += withUnsafeMutableBytes(of: &pending) { all -> Int in
            let stage = UnsafeMutableRawBufferPointer(rebasing: all[offset..<(offset + 128)])
            stage[0] = UInt8(ascii: ",")
            stage[comma] = UInt8(ascii: "\"")
            UnsafeMutableRawBufferPointer(rebasing: stage[(comma + 1)...]).copyMemory(from: UnsafeRawBufferPointer(start: key.utf8Start, count: count))
            stage[comma + 1 + count] = UInt8(ascii: "\"")
            stage[comma + 2 + count] = UInt8(ascii: ":")
            let prefix = comma + 3 + count
            return prefix + value(UnsafeMutableRawBufferPointer(rebasing: stage[prefix...]))
        }
    }

    /// One byte onto the pending run.
    @inline(__always)
    mutating func pendingByte(_ byte: UInt8) {
        if pendingCount == Self.pendingBytes { flush() }
        let offset = pendingCount
        withUnsafeMutableBytes(of: &pending) { $0[offset] = byte }
        pendingCount += 1
    }

    /// Appends the pending run to ``out``. Whatever writes to ``out`` directly flushes first.
    @inline(__always)
    mutating func flush() {
        guard pendingCount > 0 else { return }
        let count = pendingCount
        pendingCount = 0
        withUnsafeBytes(of: &pending) { out.bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }

    /// Keys up to this long are staged with their value; a longer one is appended first.
    static let stagedKeyBytes = 60
    /// Room a member's value has in the stage after its key (128 bytes less `,"` `":` and the key).
    static let stagedValueBytes = 128 - 63 - 1

    /// The decimal digits of `number` into `stage`; how many.
    @inline(__always)
    private static func digits(_ number: Int64, into stage: UnsafeMutableRawBufferPointer) -> Int {
        JSONBytes.withDigits(of: number) { digits in
            UnsafeMutableRawBufferPointer(rebasing: stage[..<digits.count]).copyMemory(from: UnsafeRawBufferPointer(digits))
            return digits.count
        }
    }

    public mutating func member(_ key: StaticString, _ value: String) {
        self.key(key)
        if value.utf8.count > maxStringBytes { oversized = true }
        flush()
        out.string(PayloadSanitizer.scrub(value))
    }

    /// ``member(_:_:)-(_,String)`` for a value that recurs from event to event (a path, a
    /// model or provider name): the writer remembers the last value written with `slot` and its
    /// sanitized JSON literal, and when `value` is the same bytes again appends the literal as it
    /// is — one `memcmp` instead of the sanitizer's scan and the escaping. Slots are the
    /// caller's constants, below ``RecurringBytes/slots``; another slot number writes plainly.
    public mutating func member(_ key: StaticString, recurring value: String, slot: Int) {
        guard slot >= 0, slot < RecurringBytes.slots else { return member(key, value) }
        // The memo is taken out while the writer writes (it is part of the writer).
        var memo = RecurringBytes()
        swap(&memo, &recurring)
        defer { swap(&memo, &recurring) }
        let remembered = memo.withRemembered(value, slot: slot) { literal in
            guard literal.count <= Self.stagedValueBytes else {
                self.key(key)
                flush()
                out.bytes.append(contentsOf: literal)
                return
            }
            self.key(key) { stage in
                UnsafeMutableRawBufferPointer(rebasing: stage[..<literal.count]).copyMemory(from: literal)
                return literal.count
            }
        }
        guard !remembered else { return }
        self.key(key)
        flush()
        let start = out.bytes.count
        out.string(PayloadSanitizer.scrub(value))
        if value.utf8.count > maxStringBytes {
            oversized = true
        } else {
            memo.remember(value, result: out.bytes[start...], slot: slot)
        }
    }

    public mutating func member(_ key: StaticString, _ value: Int) {
        self.key(key) { Self.digits(Int64(value), into: $0) }
    }

    public mutating func member(_ key: StaticString, _ value: Double) {
        self.key(key)
        flush()
        out.value(.double(value))
    }

    /// `duration` in milliseconds to the microsecond, the same number as
    /// `.double(EventPayloadWriter.milliseconds(duration))` writes (`0.709`, `12.5`, `3`), from
    /// whole microseconds: no `Double` formatting (an allocation per event).
    public mutating func member(_ key: StaticString, milliseconds duration: Duration) {
        let micros = max(0, duration.wholeMicroseconds)
        self.key(key) { stage in
            // At most 16 digits (Int64.max microseconds / 1000), a point and 3 more.
            var end = Self.digits(micros / 1000, into: stage)
            var fraction = micros % 1000
            guard fraction != 0 else { return end }
            stage[end] = UInt8(ascii: ".")
            end += 1
            var divisor: Int64 = 100
            while fraction != 0 {
                stage[end] = UInt8(ascii: "0") + UInt8(fraction / divisor)
                end += 1
                fraction %= divisor
                divisor /= 10
            }
            return end
        }
    }

    /// `duration` in milliseconds to the microsecond, as a dictionary payload's number.
    public static func milliseconds(_ duration: Duration) -> Double {
        Double(max(0, duration.wholeMicroseconds)) / 1000
    }

    public mutating func member(_ key: StaticString, _ value: Bool) {
        let text: StaticString = value ? "true" : "false"
        self.key(key) { stage in
            UnsafeMutableRawBufferPointer(rebasing: stage[..<text.utf8CodeUnitCount]).copyMemory(
                from: UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
            return text.utf8CodeUnitCount
        }
    }
}

/// Where sanitized events go.
public protocol EventSink: Sendable {
    /// Stores `events`; throws when they were not stored.
    func write(_ events: [EncodedEvent]) async throws

    /// Whether the sink stores the events' JSON lines as they are (a file, stdout). Then the
    /// pipeline hands it ``write(lines:count:)`` one buffer of lines and never builds
    /// ``EncodedEvent``s for it. `false` by default.
    var storesLines: Bool { get }

    /// Stores `count` events given as their JSON lines, each ended by a newline (only called when
    /// ``storesLines``); throws when they were not stored.
    func write(lines: [UInt8], count: Int) async throws

    /// Releases what the sink holds (a database connection). ``EventPipeline/run()`` calls it
    /// after its last write, so a sink opened for the pipeline is closed with it.
    func close() async
}

extension EventSink {
    public var storesLines: Bool { false }

    /// Reads the lines back as events (for a sink that claims ``storesLines`` without a
    /// writer of its own).
    public func write(lines: [UInt8], count: Int) async throws {
        let events = lines.split(separator: UInt8(ascii: "\n")).compactMap { line -> EncodedEvent? in
            guard let event = try? JSONDecoder().decode(ObservabilityEvent.self, from: Data(line)) else { return nil }
            return EncodedEvent(event: event, line: String(decoding: line, as: UTF8.self))
        }
        try await write(events)
    }

    /// Nothing to release.
    public func close() async {}
}

/// `lines`, each followed by a newline, in one buffer (what a lines sink writes).
func joinedLines<Line: Collection<UInt8>>(_ lines: [Line]) -> [UInt8] {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
    for line in lines {
        buffer.append(contentsOf: line)
        buffer.append(UInt8(ascii: "\n"))
    }
    return buffer
}

extension PayloadSanitizer {
    /// `event` with its payload sanitized, encoded.
    public func encode(_ event: ObservabilityEvent) -> EncodedEvent {
        var event = event
        event.payload = sanitize(event.payload)
        return EncodedEvent(sanitized: event)
    }
}

/// Delivers observability events without ever slowing a request: at most once.
///
/// - An emit sanitizes the event and writes its JSON line straight into a bounded buffer
///   (``capacity`` events; past it the event is dropped and counted). The line is written while
///   the request's values are still in cache, and nothing of the request is kept: the queue is
///   one growing byte buffer, not an object per event. No I/O happens on the caller's path.
/// - ``run()`` (a service) takes the buffer in batches and writes it to the sink in the
///   background: a file or stdout gets the bytes as they are; the database sinks and the live
///   tail get ``EncodedEvent``s read back from the lines.
/// - A breaker guards the sink: after ``failureThreshold`` (5) consecutive failed writes it opens
///   for ``coolDown`` (30 s); then one write probes it (half-open) and closes it on success. A
///   batch the sink did not take — failed, or skipped while open — goes to the fallback (stderr,
///   JSON lines), so no event is lost silently.
///
/// Thread safety: the queue sits in one `Mutex`, held to write one line or take the batch; the
/// breaker and the counters in another, never held across an `await`.
public final class EventPipeline: Sendable {
    public enum BreakerState: String, Sendable {
        case closed
        case open
        case halfOpen = "half_open"
    }

    public let capacity: Int
    public let failureThreshold: Int
    public let coolDown: Duration
    /// How long the writer lets events gather after the first one arrives, so it writes batches
    /// (one sink write, one wake-up) rather than one event at a time.
    public let batchInterval: Duration
    let sink: any EventSink
    let sanitizer: PayloadSanitizer
    let fallback: @Sendable ([String]) -> Void
    let now: @Sendable () -> ContinuousClock.Instant

    /// A queued event: where its line is in the queue's buffer, and what a reader needs to read
    /// it back without parsing.
    struct QueuedLine: Sendable {
        var type: ObservabilityEventType
        var timestamp: Int64
        /// The line, without its newline.
        var line: Range<Int>
        var layout: LineLayout
    }

    /// A batch: the lines (each ended by a newline) and where each one is.
    struct Batch: Sendable {
        var lines = JSONBytes()
        var entries: [QueuedLine] = []
    }

    private struct Queue {
        var batch = Batch()
        /// Recurring payload values and their literals, for the lines written here.
        var recurring = RecurringBytes()
        /// The last batch's buffers, emptied, for the next one: no regrowing every batch.
        var spare: Batch?
        var dropped = 0
    }

    private struct State {
        var written = 0
        var sinkFailures = 0
        var fallbackLines = 0
        var consecutiveFailures = 0
        var openUntil: ContinuousClock.Instant?
    }

    private let state = Mutex(State())
    private let subscribers = Mutex(Subscribers())
    private let queue = Mutex(Queue())
    private let signal = ArrivalSignal()

    public init(
        sink: any EventSink, capacity: Int = 10_000, failureThreshold: Int = 5, coolDown: Duration = .seconds(30),
        batchInterval: Duration = .milliseconds(100), sanitizer: PayloadSanitizer = PayloadSanitizer(), fallback: @escaping @Sendable ([String]) -> Void = EventPipeline.standardError,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.sink = sink
        self.capacity = max(1, capacity)
        self.failureThreshold = max(1, failureThreshold)
        self.coolDown = coolDown
        self.batchInterval = batchInterval
        self.sanitizer = sanitizer
        self.fallback = fallback
        self.now = now
    }

    /// Sanitizes `event` and queues its line, or drops and counts it when the buffer is full.
    /// Never blocks.
    public func emit(_ event: ObservabilityEvent) {
        guard queueDepth < capacity else {
            queue.withLock { $0.dropped += 1 }
            return
        }
        let payload = sanitizer.sanitize(event.payload)
        append(event.type, timestamp: event.timestamp) { out, _ in
            ObservabilityEvent.writeLine(
                type: event.type, timestamp: event.timestamp, correlationID: event.correlationID, spanID: event.spanID,
                parentSpanID: event.parentSpanID, traceID: event.traceID, into: &out
            ) { $0.value(.object(payload)) }
        }
    }

    /// Queues an event whose payload `payload` writes directly into the queue, member by member
    /// in key order, its strings sanitized as it goes (``EventPayloadWriter``): the form for
    /// events on every request's path, which builds no payload dictionary. When the payload
    /// comes out larger than the sanitizer's limit, `dictionary` builds it instead and the
    /// sanitizer's size rules decide, as for ``emit(_:)``. `payload` runs under the queue's lock
    /// (it writes straight into the queue's buffer): it must only write.
    public func emit(
        _ type: ObservabilityEventType, timestamp: Int64, correlationID: String, spanID: String, parentSpanID: String? = nil,
        traceID: String? = nil, payload: (inout EventPayloadWriter) -> Void, dictionary: () -> [String: JSONValue]
    ) {
        let maxBytes = sanitizer.maxBytes
        let outcome = append(type, timestamp: timestamp) { out, recurring in
            EventPayloadWriter.writeLine(
                type: type, timestamp: timestamp, correlationID: correlationID, spanID: spanID, parentSpanID: parentSpanID,
                traceID: traceID, maxPayloadBytes: maxBytes, into: &out, recurring: &recurring, payload: payload)
        }
        if outcome == .declined {
            emit(
                ObservabilityEvent(
                    type: type, timestamp: timestamp, correlationID: correlationID, spanID: spanID, parentSpanID: parentSpanID,
                    traceID: traceID, payload: dictionary()))
        }
    }

    private enum AppendOutcome {
        case queued
        /// The writer wrote nothing (a direct payload too large).
        case declined
        /// The queue was full: dropped and counted.
        case dropped
    }

    /// Writes one line into the queue under its lock; `write` returns the line's layout, or
    /// `nil` when it wrote nothing.
    @discardableResult
    private func append(
        _ type: ObservabilityEventType, timestamp: Int64, _ write: (inout JSONBytes, inout RecurringBytes) -> LineLayout?
    ) -> AppendOutcome {
        let (outcome, first) = queue.withLock { queue -> (AppendOutcome, Bool) in
            guard queue.batch.entries.count < capacity else {
                queue.dropped += 1
                return (.dropped, false)
            }
            if queue.batch.lines.bytes.capacity == 0 { queue.batch.lines.reserve(64 << 10) }
            let start = queue.batch.lines.bytes.count
            guard let layout = write(&queue.batch.lines, &queue.recurring) else { return (.declined, false) }
            let end = queue.batch.lines.bytes.count
            queue.batch.lines.bytes.append(UInt8(ascii: "\n"))
            queue.batch.entries.append(QueuedLine(type: type, timestamp: timestamp, line: start..<end, layout: layout))
            return (.queued, queue.batch.entries.count == 1)
        }
        // Only the first event after a take wakes the writer: one wake-up per batch.
        if first { signal.signal() }
        return outcome
    }

    /// Writes until cancelled (or ``shutdown()``), then writes what is left.
    public func run() async {
        for await _ in signal.arrivals {
            if batchInterval > .zero { try? await Task.sleep(for: batchInterval) }
            await drain()
        }
        await drain()
        finishSubscribers()
        await sink.close()
    }

    /// Ends ``run()`` after a last drain.
    public func shutdown() {
        signal.finish()
    }

    /// Delivers every queued event once.
    public func drain() async {
        let batch = queue.withLock { queue -> Batch in
            var taken = queue.spare ?? Batch()
            queue.spare = nil
            swap(&taken, &queue.batch)
            return taken
        }
        if !batch.entries.isEmpty {
            let subscribed = subscribers.withLock { !$0.all.isEmpty }
            let events = subscribed || !sink.storesLines ? Self.events(in: batch) : []
            if subscribed { publish(events) }
            await deliver(batch, events: events)
        }
        var spare = consume batch
        spare.lines.bytes.removeAll(keepingCapacity: true)
        spare.entries.removeAll(keepingCapacity: true)
        queue.withLock { queue in
            if queue.spare == nil { queue.spare = spare }
        }
    }

    /// The batch's events, read back from their lines.
    static func events(in batch: Batch) -> [EncodedEvent] {
        batch.entries.map { entry in
            EncodedEvent(type: entry.type, timestamp: entry.timestamp, line: entry.line, layout: entry.layout, in: batch.lines.bytes)
        }
    }

    private func deliver(_ batch: Batch, events: [EncodedEvent]) async {
        let count = batch.entries.count
        let instant = now()
        let skip = state.withLock { state -> Bool in
            guard let until = state.openUntil else { return false }
            return instant < until  // past the cool-down: half-open, this write probes the sink
        }
        if skip {
            useFallback(batch)
            return
        }
        do {
            if sink.storesLines {
                try await sink.write(lines: batch.lines.bytes, count: count)
            } else {
                try await sink.write(events)
            }
            state.withLock { state in
                state.written += count
                state.consecutiveFailures = 0
                state.openUntil = nil
            }
        } catch {
            let reopenAt = now() + coolDown
            state.withLock { state in
                state.sinkFailures += 1
                state.consecutiveFailures += 1
                if state.openUntil != nil || state.consecutiveFailures >= failureThreshold {
                    state.openUntil = reopenAt
                }
            }
            useFallback(batch)
        }
    }

    private func useFallback(_ batch: Batch) {
        state.withLock { $0.fallbackLines += batch.entries.count }
        fallback(batch.entries.map { String(decoding: batch.lines.bytes[$0.line], as: UTF8.self) })
    }

    public var breakerState: BreakerState {
        let instant = now()
        return state.withLock { state in
            guard let until = state.openUntil else { return .closed }
            return instant < until ? .open : .halfOpen
        }
    }

    /// Events dropped because the buffer was full.
    public var droppedCount: Int { queue.withLock { $0.dropped } }
    /// Events the sink stored.
    public var writtenCount: Int { state.withLock { $0.written } }
    /// Failed sink writes.
    public var sinkFailureCount: Int { state.withLock { $0.sinkFailures } }
    /// Events written to the fallback instead of the sink.
    public var fallbackCount: Int { state.withLock { $0.fallbackLines } }
    /// Events waiting to be written.
    public var queueDepth: Int { queue.withLock { $0.batch.entries.count } }

    // MARK: Live tail

    /// Which events a live-tail subscriber wants: `nil` fields match everything.
    public struct Filter: Sendable {
        public var types: Set<ObservabilityEventType>?
        public var correlationID: String?

        public init(types: Set<ObservabilityEventType>? = nil, correlationID: String? = nil) {
            self.types = types
            self.correlationID = correlationID
        }

        public func matches(_ event: EncodedEvent) -> Bool {
            if let types, !types.contains(event.type) { return false }
            if let correlationID, event.correlationID != correlationID { return false }
            return true
        }

        public func matches(_ event: ObservabilityEvent) -> Bool {
            if let types, !types.contains(event.type) { return false }
            if let correlationID, event.correlationID != correlationID { return false }
            return true
        }
    }

    private struct Subscriber {
        let filter: Filter
        let continuation: AsyncStream<EncodedEvent>.Continuation
    }

    private struct Subscribers {
        var next: UInt64 = 0
        var all: [UInt64: Subscriber] = [:]
        var dropped = 0
    }

    /// A live feed of sanitized events matching `filter`, from now on (the admin live tail). A
    /// subscriber that reads slower than events arrive loses the oldest beyond `buffer` (counted
    /// in ``tailDroppedCount``); it never slows the writer. Ends when the consumer stops
    /// iterating or the pipeline shuts down.
    public func subscribe(_ filter: Filter = Filter(), buffer: Int = 1000) -> AsyncStream<EncodedEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: EncodedEvent.self, bufferingPolicy: .bufferingNewest(max(1, buffer)))
        let id = subscribers.withLock { subscribers -> UInt64 in
            subscribers.next += 1
            subscribers.all[subscribers.next] = Subscriber(filter: filter, continuation: continuation)
            return subscribers.next
        }
        continuation.onTermination = { [weak self] _ in
            self?.subscribers.withLock { _ = $0.all.removeValue(forKey: id) }
        }
        return stream
    }

    /// Live-tail subscribers right now.
    public var subscriberCount: Int { subscribers.withLock { $0.all.count } }
    /// Events a slow live-tail subscriber lost.
    public var tailDroppedCount: Int { subscribers.withLock { $0.dropped } }

    private func publish(_ events: [EncodedEvent]) {
        subscribers.withLock { subscribers in
            guard !subscribers.all.isEmpty else { return }
            for subscriber in subscribers.all.values {
                for event in events where subscriber.filter.matches(event) {
                    if case .dropped = subscriber.continuation.yield(event) { subscribers.dropped += 1 }
                }
            }
        }
    }

    private func finishSubscribers() {
        let all = subscribers.withLock { subscribers in
            defer { subscribers.all.removeAll() }
            return Array(subscribers.all.values)
        }
        all.forEach { $0.continuation.finish() }
    }

    /// The default fallback: JSON lines on standard error.
    public static let standardError: @Sendable ([String]) -> Void = { lines in
        let text = lines.map { $0 + "\n" }.joined()
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Events as JSON lines in a file (`<data_dir>/events.jsonl` by default), rotated by size: at
/// ``maxBytes`` the file becomes `events.jsonl.1` (older ones shift up to ``keep``).
public final class JSONLinesFileSink: EventSink {
    public let path: String
    public let maxBytes: Int
    public let keep: Int
    /// File I/O blocks: it runs on this queue, never on the caller's thread (in `gai serve`,
    /// an event loop).
    private let queue = DispatchQueue(label: "gai.events-file")

    private struct OpenFile {
        var handle: FileHandle
        var size: Int
    }

    /// The file, open between writes; only touched on ``queue``.
    private let file = Mutex<OpenFile?>(nil)

    public init(path: String, maxBytes: Int = 64 << 20, keep: Int = 3) {
        self.path = path
        self.maxBytes = max(1024, maxBytes)
        self.keep = max(1, keep)
    }

    public func write(_ events: [EncodedEvent]) async throws {
        try await write(lines: joinedLines(events.map(\.lineBytes)), count: events.count)
    }

    /// The lines are written as they are.
    public var storesLines: Bool { true }

    public func write(lines: [UInt8], count: Int) async throws {
        // Written as they are (no `Data` copy: a batch is a few hundred kilobytes).
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            queue.async {
                continuation.resume(with: Result { try self.append(lines) })
            }
        }
    }

    /// Appends on ``queue``: rotates first when the file would pass ``maxBytes``; reopens when
    /// the file was moved or removed underneath (log rotation by hand, a cleaned directory).
    private func append(_ data: [UInt8]) throws {
        try file.withLock { file in
            let manager = FileManager.default
            if let open = file, open.size + data.count > maxBytes {
                try? open.handle.close()
                file = nil
                rotate(manager)
            }
            if file != nil, !manager.fileExists(atPath: path) {
                try? file?.handle.close()
                file = nil
            }
            if file == nil {
                try manager.createDirectory(
                    at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
                if !manager.fileExists(atPath: path) { _ = manager.createFile(atPath: path, contents: nil) }
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                let size = Int(try handle.seekToEnd())
                if size + data.count > maxBytes, size > 0 {
                    try? handle.close()
                    rotate(manager)
                    _ = manager.createFile(atPath: path, contents: nil)
                    file = OpenFile(handle: try FileHandle(forWritingTo: URL(fileURLWithPath: path)), size: 0)
                } else {
                    file = OpenFile(handle: handle, size: size)
                }
            }
            guard var open = file else { return }
            do {
                try open.handle.write(contentsOf: data)
            } catch {
                // A broken handle is dropped; the next write reopens the file.
                try? open.handle.close()
                file = nil
                throw error
            }
            open.size += data.count
            file = open
        }
    }

    public func close() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            queue.async {
                self.file.withLock { file in
                    try? file?.handle.close()
                    file = nil
                }
                continuation.resume()
            }
        }
    }

    private func rotate(_ manager: FileManager) {
        try? manager.removeItem(atPath: "\(path).\(keep)")
        for index in stride(from: keep - 1, through: 1, by: -1) {
            try? manager.moveItem(atPath: "\(path).\(index)", toPath: "\(path).\(index + 1)")
        }
        try? manager.moveItem(atPath: path, toPath: "\(path).1")
    }
}
