import Foundation
import GaiCore
import Synchronization

/// Where sanitized events go, one JSON line each.
public protocol EventSink: Sendable {
    /// Writes `lines` (each a JSON object, without the newline); throws when they were not stored.
    func write(_ lines: [String]) async throws
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
/// Thread safety: the buffer, the breaker and the counters sit in one `Mutex`, never held across
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
    let sink: any EventSink
    let sanitizer: PayloadSanitizer
    let fallback: @Sendable ([String]) -> Void
    let now: @Sendable () -> ContinuousClock.Instant

    private struct State {
        var buffer: [ObservabilityEvent] = []
        var dropped = 0
        var written = 0
        var sinkFailures = 0
        var fallbackLines = 0
        var consecutiveFailures = 0
        var openUntil: ContinuousClock.Instant?
    }

    private let state = Mutex(State())
    private let wakeups: AsyncStream<Void>
    private let wakeup: AsyncStream<Void>.Continuation

    public init(
        sink: any EventSink, capacity: Int = 10_000, failureThreshold: Int = 5, coolDown: Duration = .seconds(30),
        sanitizer: PayloadSanitizer = PayloadSanitizer(), fallback: @escaping @Sendable ([String]) -> Void = EventPipeline.standardError,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.sink = sink
        self.capacity = max(1, capacity)
        self.failureThreshold = max(1, failureThreshold)
        self.coolDown = coolDown
        self.sanitizer = sanitizer
        self.fallback = fallback
        self.now = now
        (wakeups, wakeup) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Queues `event`, or drops and counts it when the buffer is full. Never blocks.
    public func emit(_ event: ObservabilityEvent) {
        let queued = state.withLock { state -> Bool in
            guard state.buffer.count < capacity else {
                state.dropped += 1
                return false
            }
            state.buffer.append(event)
            return true
        }
        if queued { wakeup.yield() }
    }

    /// Writes until cancelled (or ``shutdown()``), then writes what is left.
    public func run() async {
        for await _ in wakeups {
            await drain()
        }
        await drain()
    }

    /// Ends ``run()`` after a last drain.
    public func shutdown() {
        wakeup.finish()
    }

    /// Sanitizes, encodes and delivers every queued event once.
    public func drain() async {
        let events = state.withLock { state -> [ObservabilityEvent] in
            defer { state.buffer.removeAll(keepingCapacity: true) }
            return state.buffer
        }
        guard !events.isEmpty else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = events.compactMap { event -> String? in
            var event = event
            event.payload = sanitizer.sanitize(event.payload)
            return (try? encoder.encode(event)).map { String(decoding: $0, as: UTF8.self) }
        }
        await deliver(lines)
    }

    func deliver(_ lines: [String]) async {
        let instant = now()
        let skip = state.withLock { state -> Bool in
            guard let until = state.openUntil else { return false }
            return instant < until  // past the cool-down: half-open, this write probes the sink
        }
        if skip {
            useFallback(lines)
            return
        }
        do {
            try await sink.write(lines)
            state.withLock { state in
                state.written += lines.count
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
            useFallback(lines)
        }
    }

    private func useFallback(_ lines: [String]) {
        state.withLock { $0.fallbackLines += lines.count }
        fallback(lines)
    }

    public var breakerState: BreakerState {
        let instant = now()
        return state.withLock { state in
            guard let until = state.openUntil else { return .closed }
            return instant < until ? .open : .halfOpen
        }
    }

    /// Events dropped because the buffer was full.
    public var droppedCount: Int { state.withLock { $0.dropped } }
    /// Events the sink stored.
    public var writtenCount: Int { state.withLock { $0.written } }
    /// Failed sink writes.
    public var sinkFailureCount: Int { state.withLock { $0.sinkFailures } }
    /// Events written to the fallback instead of the sink.
    public var fallbackCount: Int { state.withLock { $0.fallbackLines } }
    /// Events waiting to be written.
    public var queueDepth: Int { state.withLock { $0.buffer.count } }

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
    private let gate = Mutex(())

    public init(path: String, maxBytes: Int = 64 << 20, keep: Int = 3) {
        self.path = path
        self.maxBytes = max(1024, maxBytes)
        self.keep = max(1, keep)
    }

    public func write(_ lines: [String]) async throws {
        let data = Data(lines.map { $0 + "\n" }.joined().utf8)
        try gate.withLock { _ in
            let manager = FileManager.default
            try manager.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            if let size = (try? manager.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue, size + data.count > maxBytes {
                rotate(manager)
            }
            if !manager.fileExists(atPath: path) { _ = manager.createFile(atPath: path, contents: nil) }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: data)
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
