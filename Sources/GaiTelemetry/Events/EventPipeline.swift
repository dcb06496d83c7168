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
        let range = ObservabilityEvent.writeLine(
            type: event.type, timestamp: event.timestamp, correlationID: event.correlationID, spanID: event.spanID,
            parentSpanID: event.parentSpanID, traceID: event.traceID, into: &out
        ) { $0.value(.object(event.payload)) }
        self.init(event: event, lineBytes: out.bytes, payloadRange: range)
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
        var oversized = false
        let range = ObservabilityEvent.writeLine(
            type: type, timestamp: timestamp, correlationID: correlationID, spanID: spanID, parentSpanID: parentSpanID, traceID: traceID,
            into: &out
        ) { out in
            // The writer takes the buffer for the payload and hands it back: no copy.
            var writer = EventPayloadWriter(maxStringBytes: maxPayloadBytes)
            swap(&writer.out, &out)
            writer.out.bytes.append(UInt8(ascii: "{"))
            payload(&writer)
            writer.out.bytes.append(UInt8(ascii: "}"))
            swap(&writer.out, &out)
            oversized = writer.oversized
        }
        guard !oversized, range.count <= maxPayloadBytes else { return nil }
        self.type = type
        self.timestamp = timestamp
        self.correlationID = correlationID
        self.spanID = spanID
        self.parentSpanID = parentSpanID
        self.traceID = traceID
        self.lineBytes = out.bytes
        self.payloadRange = range
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

    init(maxStringBytes: Int) {
        self.maxStringBytes = maxStringBytes
    }

    private mutating func key(_ key: StaticString) {
        if !first { out.bytes.append(UInt8(ascii: ",")) }
        first = false
        out.bytes.append(UInt8(ascii: "\""))
        out.raw(key)
        out.raw(#"":"#)
    }

    public mutating func member(_ key: StaticString, _ value: String) {
        self.key(key)
        if value.utf8.count > maxStringBytes { oversized = true }
        out.string(PayloadSanitizer.scrub(value))
    }

    public mutating func member(_ key: StaticString, _ value: Int) {
        self.key(key)
        out.integer(Int64(value))
    }

    public mutating func member(_ key: StaticString, _ value: Double) {
        self.key(key)
        out.value(.double(value))
    }

    /// `duration` in milliseconds to the microsecond, the same number as
    /// `.double(EventPayloadWriter.milliseconds(duration))` writes (`0.709`, `12.5`, `3`), from
    /// whole microseconds: no `Double` formatting (an allocation per event).
    public mutating func member(_ key: StaticString, milliseconds duration: Duration) {
        self.key(key)
        let micros = max(0, duration.wholeMicroseconds)
        out.integer(micros / 1000)
        var fraction = micros % 1000
        guard fraction != 0 else { return }
        out.bytes.append(UInt8(ascii: "."))
        var divisor: Int64 = 100
        while fraction != 0 {
            out.bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    /// `duration` in milliseconds to the microsecond, as a dictionary payload's number.
    public static func milliseconds(_ duration: Duration) -> Double {
        Double(max(0, duration.wholeMicroseconds)) / 1000
    }

    public mutating func member(_ key: StaticString, _ value: Bool) {
        self.key(key)
        out.raw(value ? "true" : "false")
    }
}

/// Where sanitized events go.
public protocol EventSink: Sendable {
    /// Stores `events`; throws when they were not stored.
    func write(_ events: [EncodedEvent]) async throws

    /// Releases what the sink holds (a database connection). ``EventPipeline/run()`` calls it
    /// after its last write, so a sink opened for the pipeline is closed with it.
    func close() async
}

extension EventSink {
    /// Nothing to release.
    public func close() async {}
}

/// Something that becomes events only when the pipeline's writer gets to it, so a request pays
/// for one small append, not for building payloads (see ``EventPipeline/emit(deferred:)``).
public protocol ObservabilityEventSource: Sendable {
    func makeEvents() -> [ObservabilityEvent]

    /// Appends the events, sanitized and encoded. The default sanitizes ``makeEvents()``; a
    /// source on every request's path writes its common events directly
    /// (``EncodedEvent/init(type:timestamp:correlationID:spanID:parentSpanID:traceID:maxPayloadBytes:payload:)``).
    func encodeEvents(into encoded: inout [EncodedEvent], sanitizer: PayloadSanitizer)
}

extension ObservabilityEventSource {
    public func encodeEvents(into encoded: inout [EncodedEvent], sanitizer: PayloadSanitizer) {
        for event in makeEvents() { encoded.append(sanitizer.encode(event)) }
    }
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
/// - ``emit(_:)`` only appends to a bounded buffer (``capacity``); when it is full the event is
///   dropped and counted. Nothing else happens on the caller's path.
/// - ``run()`` (a service) sanitizes (``PayloadSanitizer``), encodes and writes batches to the
///   sink in the background.
/// - A breaker guards the sink: after ``failureThreshold`` (5) consecutive failed writes it opens
///   for ``coolDown`` (30 s); then one write probes it (half-open) and closes it on success. A
///   batch the sink did not take — failed, or skipped while open — goes to the fallback (stderr,
///   JSON lines), so no event is lost silently.
///
/// Thread safety: the queue is a ``BatchBuffer``; the breaker and the counters sit in one
/// `Mutex`, never held across
/// an `await`.
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

    private enum Pending: Sendable {
        case event(ObservabilityEvent)
        case deferred(any ObservabilityEventSource)
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
    private let queue: BatchBuffer<Pending>

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
        self.queue = BatchBuffer(capacity: self.capacity)
    }

    /// Queues `event`, or drops and counts it when the buffer is full. Never blocks.
    public func emit(_ event: ObservabilityEvent) {
        enqueue(.event(event))
    }

    /// Queues `source`, whose events the writer makes later (off the caller's path). A full
    /// buffer drops it and counts one drop.
    public func emit(deferred source: some ObservabilityEventSource) {
        enqueue(.deferred(source))
    }

    private func enqueue(_ pending: Pending) {
        queue.append(pending)
    }

    /// Writes until cancelled (or ``shutdown()``), then writes what is left.
    public func run() async {
        for await _ in queue.arrivals {
            if batchInterval > .zero { try? await Task.sleep(for: batchInterval) }
            await drain()
        }
        await drain()
        finishSubscribers()
        await sink.close()
    }

    /// Ends ``run()`` after a last drain.
    public func shutdown() {
        queue.finish()
    }

    /// Sanitizes, encodes and delivers every queued event once.
    public func drain() async {
        let pending = queue.takeAll()
        guard !pending.isEmpty else { return }
        var encoded: [EncodedEvent] = []
        encoded.reserveCapacity(pending.count)
        // Read in place, by index: `for item in pending` copied every item out first.
        for index in pending.indices {
            switch pending[index] {
            case .event(let event): encoded.append(sanitizer.encode(event))
            case .deferred(let source): source.encodeEvents(into: &encoded, sanitizer: sanitizer)
            }
        }
        guard !encoded.isEmpty else { return }
        publish(encoded)
        await deliver(encoded)
    }

    func deliver(_ events: [EncodedEvent]) async {
        let instant = now()
        let skip = state.withLock { state -> Bool in
            guard let until = state.openUntil else { return false }
            return instant < until  // past the cool-down: half-open, this write probes the sink
        }
        if skip {
            useFallback(events)
            return
        }
        do {
            try await sink.write(events)
            state.withLock { state in
                state.written += events.count
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
            useFallback(events)
        }
    }

    private func useFallback(_ events: [EncodedEvent]) {
        state.withLock { $0.fallbackLines += events.count }
        fallback(events.map(\.line))
    }

    public var breakerState: BreakerState {
        let instant = now()
        return state.withLock { state in
            guard let until = state.openUntil else { return .closed }
            return instant < until ? .open : .halfOpen
        }
    }

    /// Events dropped because the buffer was full.
    public var droppedCount: Int { queue.droppedCount }
    /// Events the sink stored.
    public var writtenCount: Int { state.withLock { $0.written } }
    /// Failed sink writes.
    public var sinkFailureCount: Int { state.withLock { $0.sinkFailures } }
    /// Events written to the fallback instead of the sink.
    public var fallbackCount: Int { state.withLock { $0.fallbackLines } }
    /// Events waiting to be written.
    public var queueDepth: Int { queue.count }

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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(events.reduce(0) { $0 + $1.lineBytes.count + 1 })
        for event in events {
            bytes.append(contentsOf: event.lineBytes)
            bytes.append(UInt8(ascii: "\n"))
        }
        // Written as they are (no `Data` copy: a batch is a few hundred kilobytes).
        let batch = bytes
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            queue.async {
                continuation.resume(with: Result { try self.append(batch) })
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
