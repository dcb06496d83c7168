import CoreMetrics
import Synchronization

/// Prometheus histograms for swift-metrics `Timer`s, recorded without a lock: a recording is a
/// bucket search over integer nanoseconds and three relaxed atomic adds.
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

    /// - Parameter buckets: the upper bounds for a metric name, ascending (as swift-prometheus's
    ///   `durationHistogramBuckets`, falling back to its defaults).
    public init(buckets: @escaping @Sendable (String) -> [Duration]) {
        self.buckets = buckets
    }

    /// The histogram for `name` and `labels`: the same one for the same pair.
    public func histogram(name: String, labels: [(String, String)]) -> Histogram {
        let key = Self.renderLabels(labels)
        return entries.withLock { entries in
            if let entry = entries.first(where: { $0.name == name && $0.key == key }) { return entry.histogram }
            let histogram = Histogram(bounds: buckets(name), labels: key)
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
            for entry in snapshot where entry.name == name { entry.histogram.emit(name: name, into: &buffer) }
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

    /// `duration` in seconds as swift-prometheus writes a `Duration` bucket or sum: whole
    /// seconds, a point, then the fraction without trailing zeros (at least one digit).
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        var fraction = String(attoseconds.magnitude)
        fraction = String(repeating: "0", count: max(0, 18 - fraction.count)) + fraction
        while fraction.count > 1, fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = seconds < 0 || attoseconds < 0 ? "-" : ""
        return "\(sign)\(seconds.magnitude).\(fraction)"
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

        init(bounds: [Duration], labels: String) {
            let sorted = bounds.sorted()
            self.bounds = sorted.map { bound in
                let (seconds, attoseconds) = bound.components
                let (product, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
                return overflow ? .max : product &+ attoseconds / 1_000_000_000
            }
            self.boundTexts = sorted.map(TimerHistograms.seconds)
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

        func emit(name: String, into buffer: inout [UInt8]) {
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
            buffer.append(contentsOf: "\(name)_sum\(braces) \(TimerHistograms.seconds(.nanoseconds(sum)))\n".utf8)
            buffer.append(contentsOf: "\(name)_count\(braces) \(cumulative)\n".utf8)
        }
    }
}
