import Foundation
import Synchronization

/// Events as JSON lines on standard output (`events.sink: stdout`), for platforms whose log
/// collector reads stdout. gai's JSON log lines share the stream; events are told apart by their
/// `schema_version` and `correlation_id` fields.
///
/// A batch is written with as few `write(2)` calls as possible — one when it fits — but each
/// carries whole lines and at most ``atomicWriteBytes`` bytes unless a single line is longer: a
/// pipe writes that much atomically, so the log writer writing at the same time cannot split an
/// event line.
public final class StandardOutputEventSink: EventSink {
    /// `PIPE_BUF` on Linux and macOS (POSIX guarantees at least 512).
    public static let atomicWriteBytes = 4096

    /// Thread safety: `FileHandle` writes are serialized by `gate`.
    private let handle: FileHandle
    private let gate = Mutex(())

    /// A sink writing to `handle` (standard output by default; tests pass a pipe).
    public init(handle: FileHandle = .standardOutput) {
        self.handle = handle
    }

    public func write(_ events: [EncodedEvent]) async throws {
        try await write(lines: joinedLines(events.map(\.lineBytes)), count: events.count)
    }

    /// The lines are written as they are.
    public var storesLines: Bool { true }

    public func write(lines: [UInt8], count: Int) async throws {
        let writes = Self.chunks(lines: lines, limit: Self.atomicWriteBytes)
        try gate.withLock { _ in
            for range in writes { try lines[range].withUnsafeBytes { try handle.write(contentsOf: $0) } }
        }
    }

    /// `lines` (each ended by a newline) cut at line ends into chunks of at most `limit` bytes
    /// (a longer line is a chunk of its own).
    static func chunks(lines: [UInt8], limit: Int) -> [Range<Int>] {
        var chunks: [Range<Int>] = []
        var chunkStart = 0
        var lineStart = 0
        for index in lines.indices where lines[index] == UInt8(ascii: "\n") {
            let lineEnd = index + 1
            if lineStart > chunkStart, lineEnd - chunkStart > limit {
                chunks.append(chunkStart..<lineStart)
                chunkStart = lineStart
            }
            lineStart = lineEnd
        }
        if lineStart > chunkStart { chunks.append(chunkStart..<lineStart) }
        if lineStart < lines.count { chunks.append(lineStart..<lines.count) }
        return chunks
    }

    /// `lines`, each ended by a newline, packed in order into chunks of at most `limit` bytes
    /// (a longer line is a chunk of its own).
    static func chunks(_ lines: [String], limit: Int) -> [Data] {
        let buffer = joinedLines(lines.map(\.utf8))
        return chunks(lines: buffer, limit: limit).map { Data(buffer[$0]) }
    }
}
