import NIOCore
import Synchronization

/// A stream's events as they were sent, numbered, so a duplicate request can replay them and a
/// client that lost its connection can resume after the last event it saw (`Last-Event-ID`),
/// also while the stream is still running.
///
/// Events are numbered from 0 in the order sent. In SSE each event carries its number as `id:`
/// (added when the encoder did not write one; `gai.events.v1` already numbers events with its
/// `seq`, which is the same count). In NDJSON the number is the line index.
///
/// Thread safety: frames, the finished flag and the waiting readers sit in one `Mutex`; readers
/// are resumed after it is released.
public final class StreamRecording: Sendable {
    /// How events are delimited.
    public enum Framing: Sendable {
        case sse
        case ndjson
    }

    public let framing: Framing
    /// The `content-type` the stream was sent with.
    public let contentType: String
    /// Response headers to repeat on replay (`x-gai-deployment`…).
    public let headers: [String: String]
    /// The most bytes kept; a longer stream stops being replayable (``isComplete`` stays false).
    public let maxBytes: Int

    private struct State: Sendable {
        var frames: [ByteBuffer] = []
        var bytes = 0
        var finished = false
        var overflowed = false
        /// The partial frame at the end of the latest append.
        var pending = ByteBuffer()
        var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
        var nextWaiter: UInt64 = 0
    }

    private let state = Mutex(State())

    public init(framing: Framing, contentType: String, headers: [String: String] = [:], maxBytes: Int = 16 << 20) {
        self.framing = framing
        self.contentType = contentType
        self.headers = headers
        self.maxBytes = maxBytes
    }

    /// The bytes recorded so far.
    public var byteCount: Int { state.withLock { $0.bytes } }
    /// Whether the stream ended and every event was kept.
    public var isComplete: Bool { state.withLock { $0.finished && !$0.overflowed } }
    /// Whether the stream outgrew ``maxBytes`` and can no longer be replayed.
    public var overflowed: Bool { state.withLock { $0.overflowed } }

    /// Records what the live client is sent and returns the bytes to send it: the same events,
    /// with `id:` added to SSE events that had none.
    public func append(_ bytes: ByteBuffer) -> ByteBuffer {
        var output = ByteBuffer()
        output.reserveCapacity(bytes.readableBytes + 16)
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            var input = bytes
            state.pending.writeBuffer(&input)
            let delimiter: [UInt8] = framing == .sse ? [0x0A, 0x0A] : [0x0A]
            while let end = Self.firstIndex(of: delimiter, in: state.pending) {
                let length = end + delimiter.count
                guard var frame = state.pending.readSlice(length: length) else { break }
                if framing == .sse, !Self.startsWithID(frame) {
                    var numbered = ByteBuffer()
                    numbered.writeString("id: \(state.frames.count)\n")
                    numbered.writeBuffer(&frame)
                    frame = numbered
                }
                output.writeImmutableBuffer(frame)
                if !state.overflowed {
                    state.bytes += frame.readableBytes
                    if state.bytes > maxBytes {
                        state.overflowed = true
                        state.frames = []
                    } else {
                        state.frames.append(frame)
                    }
                }
            }
            state.pending.discardReadBytes()
            return takeWaiters(&state)
        }
        // Bytes that do not end an event yet (none of our encoders write those) go out as they are.
        for waiter in waiters { waiter.resume() }
        return output
    }

    /// Marks the stream as ended; readers finish after the last event.
    public func finish() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.finished = true
            return takeWaiters(&state)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// The events after `lastEventID` (all of them for `nil`), then the live ones until the end,
    /// or until `stopped` says the reader is gone (checked whenever ``wakeReaders()`` is called).
    public func events(after lastEventID: Int?, stopped: @escaping @Sendable () -> Bool = { false }) -> Events {
        Events(recording: self, next: max(0, (lastEventID ?? -1) + 1), stopped: stopped)
    }

    /// Wakes every waiting reader so it can check whether it should stop (its client left).
    public func wakeReaders() {
        let waiters = state.withLock { takeWaiters(&$0) }
        for waiter in waiters { waiter.resume() }
    }

    /// An async sequence of recorded events.
    public struct Events: AsyncSequence, Sendable {
        public typealias Element = ByteBuffer
        let recording: StreamRecording
        let next: Int
        let stopped: @Sendable () -> Bool

        public func makeAsyncIterator() -> Iterator { Iterator(recording: recording, next: next, stopped: stopped) }

        public struct Iterator: AsyncIteratorProtocol {
            let recording: StreamRecording
            var next: Int
            let stopped: @Sendable () -> Bool

            public mutating func next() async -> ByteBuffer? {
                while true {
                    if stopped() { return nil }
                    switch recording.frame(at: next) {
                    case .frame(let frame):
                        next += 1
                        return frame
                    case .end:
                        return nil
                    case .wait:
                        if Task.isCancelled { return nil }
                        await recording.waitForChange(after: next)
                    }
                }
            }
        }
    }

    enum Lookup {
        case frame(ByteBuffer)
        case end
        case wait
    }

    func frame(at index: Int) -> Lookup {
        state.withLock { state in
            if state.overflowed { return .end }
            if index < state.frames.count { return .frame(state.frames[index]) }
            return state.finished ? .end : .wait
        }
    }

    /// The frames recorded from `index` on, and whether the stream ended or overflowed: one
    /// batch for a mirror that copies the recording elsewhere (a shared store).
    package func frames(from index: Int) -> (frames: [ByteBuffer], finished: Bool, overflowed: Bool) {
        state.withLock { state in
            let frames = index < state.frames.count ? Array(state.frames[max(0, index)...]) : []
            return (frames, state.finished, state.overflowed)
        }
    }

    /// Marks the stream as not replayable in full, as an overflow does: for a copy whose source
    /// overflowed or vanished. Readers end at once.
    package func markOverflowed() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.overflowed = true
            state.frames = []
            return takeWaiters(&state)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns once the frame at `index` exists, the stream ended or overflowed, or the task was
    /// cancelled.
    package func waitForChange(after index: Int) async {
        let id = state.withLock { state -> UInt64 in
            state.nextWaiter &+= 1
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let ready = state.withLock { state -> Bool in
                    if state.finished || state.overflowed || index < state.frames.count || Task.isCancelled { return true }
                    state.waiters[id] = continuation
                    return false
                }
                if ready { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { $0.waiters.removeValue(forKey: id) }
            waiter?.resume()
        }
    }

    private func takeWaiters(_ state: inout State) -> [CheckedContinuation<Void, Never>] {
        defer { state.waiters = [:] }
        return Array(state.waiters.values)
    }

    private static func startsWithID(_ frame: ByteBuffer) -> Bool {
        frame.readableBytesView.starts(with: "id:".utf8)
    }

    private static func firstIndex(of delimiter: [UInt8], in buffer: ByteBuffer) -> Int? {
        let view = buffer.readableBytesView
        guard view.count >= delimiter.count else { return nil }
        var index = view.startIndex
        let last = view.endIndex - delimiter.count
        while index <= last {
            if view[index] == delimiter[0], delimiter.count == 1 || view[index + 1] == delimiter[1] {
                return index - view.startIndex
            }
            index += 1
        }
        return nil
    }
}
