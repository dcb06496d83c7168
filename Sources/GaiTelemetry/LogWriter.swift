import Foundation
import Synchronization

/// Writes log lines on a background queue so that callers never block on I/O.
///
/// Lines are appended to a buffer under a lock and written in batches: one `write` system call
/// carries every line that arrived within a short window, so a busy gateway pays one wake-up and
/// one syscall per batch, not per request. The buffer is bounded: past `capacity` waiting
/// lines, new lines are dropped and counted in ``droppedLines`` instead of growing memory.
public final class LogWriter: Sendable {
    private struct Pending {
        var data = Data()
        var lines = 0
        var flushScheduled = false
    }

    private let queue = DispatchQueue(label: "gai.log-writer")
    private let handle: FileHandle
    private let capacity: Int
    private let pending = Mutex(Pending())
    private let dropped = Atomic<Int>(0)

    private let batchWindow: DispatchTimeInterval

    /// - Parameter batchWindow: how long lines may wait to be batched into one write. Waking the
    ///   writer once per window instead of once per line keeps its cost off a busy gateway's core.
    public init(handle: FileHandle = .standardOutput, capacity: Int = 10_000, batchWindow: DispatchTimeInterval = .milliseconds(50)) {
        self.handle = handle
        self.capacity = capacity
        self.batchWindow = batchWindow
    }

    /// Lines dropped because the buffer was full.
    public var droppedLines: Int { dropped.load(ordering: .relaxed) }

    /// Lines every writer of this process dropped (`gai_log_lines_dropped`): logging is
    /// bootstrapped once per process, so the gateway reads this rather than holding the writer.
    public static var droppedLinesInProcess: Int { droppedInProcess.load(ordering: .relaxed) }
    private static let droppedInProcess = Atomic<Int>(0)

    public func write(_ line: String) {
        enqueue { $0.append(contentsOf: line.utf8) }
    }

    /// Writes one line given as UTF-8 bytes (ending in a newline).
    public func write(bytes line: [UInt8]) {
        enqueue { $0.append(contentsOf: line) }
    }

    private func enqueue(_ append: (inout Data) -> Void) {
        let mustSchedule = pending.withLock { pending -> Bool? in
            guard pending.lines < capacity else { return nil }
            append(&pending.data)
            pending.lines += 1
            if pending.flushScheduled { return false }
            pending.flushScheduled = true
            return true
        }
        switch mustSchedule {
        case nil:
            dropped.add(1, ordering: .relaxed)
            Self.droppedInProcess.add(1, ordering: .relaxed)
        case true?: queue.asyncAfter(deadline: .now() + batchWindow) { self.drain() }
        case false?: break
        }
    }

    private func drain() {
        let batch = pending.withLock { pending -> Data in
            let data = pending.data
            pending = Pending()
            return data
        }
        if !batch.isEmpty {
            handle.write(batch)
        }
    }

    /// Waits until every accepted line is written (call at shutdown).
    public func flush() {
        queue.sync { drain() }
    }
}
