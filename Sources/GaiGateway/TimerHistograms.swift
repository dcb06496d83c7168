import CoreMetrics
import GaiCore
import Synchronization

/// Prometheus histograms for swift-metrics `Timer`s, recorded without a lock: a recording is a
/// bucket search over integer nanoseconds and two relaxed atomic adds.
///
/// Why not swift-prometheus's `DurationHistogram`: it takes a lock and compares the value with
/// every bucket as a 128-bit `Duration` through a generic witness, about 680 instructions per
/// recording. The gateway records three durations per request, so that was 2 k instructions of
/// the 37 k all of observability cost a request (docs/benchmarks.md, tenth session).
///
/// The text is what swift-prometheus writes for a duration histogram (the same `le` values, in
/// seconds, cumulative buckets, `+Inf`, `_sum`, `_count`), one `# TYPE` line per name; the
/// `gai` executable's metrics factory hands timers to this and appends ``emit(into:)`` to the
/// registry's exposition. The buckets a reader sees may lag a recording in progress by one
/// (each counter is read on its own); `+Inf` and `_count` are always the same number.
public final class TimerHistograms: Sendable {
    private struct Entry {
        let name: String
        let key: String
        let histogram: Histogram
    }

    private let entries = Mutex<[Entry]>([])
    private let buckets: @Sendable (String) -> [Duration]
    private let seconds: @Sendable (Duration) -> String

    /// - Parameters:
    ///   - buckets: the upper bounds for a metric name, ascending (as swift-prometheus's
    ///     `durationHistogramBuckets`, falling back to its defaults).
    ///   - seconds: a bound or sum as the text writes it; the `gai` executable passes
    ///     swift-prometheus's own `Duration.bucketRepresentation`, so the two cannot drift apart.
    public init(buckets: @escaping @Sendable (String) -> [Duration], seconds: @escaping @Sendable (Duration) -> String) {
        self.buckets = buckets
        self.seconds = seconds
    }

    /// The histogram for `name` and `labels`: the same one for the same pair.
    public func histogram(name: String, labels: [(String, String)]) -> Histogram {
        let key = Self.renderLabels(labels)
        return entries.withLock { entries in
            if let entry = entries.first(where: { $0.name == name && $0.key == key }) { return entry.histogram }
            let histogram = Histogram(bounds: buckets(name), labels: key, seconds: seconds)
            entries.append(Entry(name: name, key: key, histogram: histogram))
            return histogram
        }
    }

    /// Forgets `histogram` (swift-metrics' `destroyTimer`).
    public func remove(_ histogram: Histogram) {
        entries.withLock { $0.removeAll { $0.histogram === histogram } }
    }

    /// Appends every histogram in the Prometheus text format, grouped by name.
    public func emit(into buffer: inout [UInt8]) {
        let snapshot = entries.withLock { $0 }
        var names: [String] = []
        for entry in snapshot where !names.contains(entry.name) { names.append(entry.name) }
        for name in names {
            buffer.append(contentsOf: "# TYPE \(name) histogram\n".utf8)
            for entry in snapshot where entry.name == name { entry.histogram.emit(name: name, seconds: seconds, into: &buffer) }
        }
    }

    /// The text of what ``emit(into:)`` appends.
    public var text: String {
        var buffer: [UInt8] = []
        emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// `key="value"` pairs joined by commas, values escaped as the text format asks.
    static func renderLabels(_ labels: [(String, String)]) -> String {
        labels.map { key, value in
            var escaped = ""
            for character in value {
                switch character {
                case "\\": escaped += "\\\\"
                case "\"": escaped += "\\\""
                case "\n": escaped += "\\n"
                default: escaped.append(character)
                }
            }
            return "\(key)=\"\(escaped)\""
        }.joined(separator: ",")
    }

    /// One label set's histogram: a count per bucket (the last for values above every bound),
    /// the sum in nanoseconds, all atomics.
    public final class Histogram: TimerHandler, Sendable {
        let bounds: [Int64]
        let boundTexts: [String]
        let labels: String
        /// `bounds.count + 1` counters, then the sum: atomics, only ever touched through their
        /// atomic operations.
        nonisolated(unsafe) private let cells: UnsafeMutablePointer<Atomic<Int64>>
        private let cellCount: Int

        init(bounds: [Duration], labels: String, seconds: (Duration) -> String) {
            let sorted = bounds.sorted()
            self.bounds = sorted.map(\.wholeNanoseconds)
            self.boundTexts = sorted.map(seconds)
            self.labels = labels
            cellCount = sorted.count + 2
            cells = .allocate(capacity: cellCount)
            for index in 0..<cellCount { (cells + index).initialize(to: Atomic(0)) }
        }

        deinit {
            cells.deinitialize(count: cellCount)
            cells.deallocate()
        }

        public func recordNanoseconds(_ duration: Int64) {
            var bucket = 0
            // A handful of bounds, mostly small values: a linear search from the bottom.
            while bucket < bounds.count, duration > bounds[bucket] { bucket += 1 }
            cells[bucket].wrappingAdd(1, ordering: .relaxed)
            cells[cellCount - 1].wrappingAdd(duration, ordering: .relaxed)
        }

        /// Recordings so far, by bucket (not cumulative; the last is above every bound), and the
        /// sum in nanoseconds.
        var counts: (buckets: [Int64], sum: Int64) {
            ((0..<(cellCount - 1)).map { cells[$0].load(ordering: .relaxed) }, cells[cellCount - 1].load(ordering: .relaxed))
        }

        func emit(name: String, seconds: (Duration) -> String, into buffer: inout [UInt8]) {
            let (counts, sum) = self.counts
            let prefix = labels.isEmpty ? "" : labels + ","
            var cumulative: Int64 = 0
            for (index, text) in boundTexts.enumerated() {
                cumulative += counts[index]
                buffer.append(contentsOf: "\(name)_bucket{\(prefix)le=\"\(text)\"} \(cumulative)\n".utf8)
            }
            cumulative += counts[counts.count - 1]
            buffer.append(contentsOf: "\(name)_bucket{\(prefix)le=\"+Inf\"} \(cumulative)\n".utf8)
            let braces = labels.isEmpty ? "" : "{\(labels)}"
            buffer.append(contentsOf: "\(name)_sum\(braces) \(seconds(.nanoseconds(sum)))\n".utf8)
            buffer.append(contentsOf: "\(name)_count\(braces) \(cumulative)\n".utf8)
        }
    }
}
