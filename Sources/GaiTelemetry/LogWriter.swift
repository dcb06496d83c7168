import Foundation
import Synchronization

/// Writes log lines on a background queue so that callers never block on I/O.
///
/// The queue is bounded: when more than `capacity` lines are waiting, new lines are dropped and
/// counted in ``droppedLines`` instead of growing memory without limit.
public final class LogWriter: Sendable {
    private let queue = DispatchQueue(label: "gai.log-writer")
    private let handle: FileHandle
    private let capacity: Int
    private let pending = Atomic<Int>(0)
    private let dropped = Atomic<Int>(0)

    public init(handle: FileHandle = .standardOutput, capacity: Int = 10_000) {
        self.handle = handle
        self.capacity = capacity
    }

    /// Lines dropped because the queue was full.
    public var droppedLines: Int { dropped.load(ordering: .relaxed) }

    public func write(_ line: String) {
        let waiting = pending.add(1, ordering: .relaxed).newValue
        guard waiting <= capacity else {
            pending.subtract(1, ordering: .relaxed)
            dropped.add(1, ordering: .relaxed)
            return
        }
        queue.async {
            self.handle.write(Data(line.utf8))
            self.pending.subtract(1, ordering: .relaxed)
        }
    }

    /// Waits until every accepted line is written (call at shutdown).
    public func flush() {
        queue.sync {}
    }
}
