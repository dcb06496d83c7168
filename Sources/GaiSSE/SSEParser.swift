import NIOCore

/// Why ``SSEParser`` refused input.
public enum SSEParserError: Error, Sendable, Equatable {
    /// The event being assembled grew past the parser's `maxEventBytes`.
    ///
    /// The limit bounds how much an upstream that never sends a blank line can make the gateway
    /// buffer. After throwing, the parser drops that event and skips input up to the next blank
    /// line, so a caller that chooses to carry on resumes at an event boundary.
    case eventTooLarge(limit: Int)
}

/// An incremental parser for the WHATWG `text/event-stream` format.
///
/// Network chunks can split the stream anywhere — inside a multi-byte UTF-8 character, or between
/// the `\r` and `\n` of one line ending — so the parser keeps the unfinished part between calls and
/// only decodes text once a whole line is available. Lines that lie entirely inside one chunk are
/// parsed straight from the caller's buffer without being copied; only the unfinished tail of a
/// chunk is retained.
///
/// The parser is a value type: each stream owns one, and it needs no locking.
public struct SSEParser: Sendable {
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// Above this the pending buffer is released rather than recycled after an event, so one huge
    /// event doesn't pin its memory for the rest of a long-lived stream.
    private static let retainedCapacityLimit = 64 * 1024

    private enum StreamStart {
        /// Still at the start of the stream: `matched` bytes of a possible BOM have been withheld.
        case checkingBOM(matched: Int)
        case started
    }

    private let maxEventBytes: Int
    /// Raw bytes of the current, not yet terminated block (everything since the last blank line),
    /// kept both to finish a line split across chunks and to show in ``pendingText``.
    private var pending = ByteBuffer()
    /// Offset in `pending` of the line that has not seen its line ending yet.
    private var pendingLineStart = 0
    private var builder = EventBuilder()
    /// The previous chunk ended in `\r`; a `\n` starting the next one belongs to the same line ending.
    private var skipLeadingLF = false
    private var streamStart = StreamStart.checkingBOM(matched: 0)
    /// After `eventTooLarge`: dropping input until the next blank line.
    private var discarding = false
    /// While discarding, whether the unterminated line has bytes (which makes it non-blank).
    private var discardedLineHasBytes = false
    private var finished = false

    /// - Parameter maxEventBytes: The most raw bytes one event (its lines up to the dispatching
    ///   blank line) may occupy before ``feed(_:)`` throws ``SSEParserError/eventTooLarge(limit:)``.
    public init(maxEventBytes: Int = 8 * 1024 * 1024) {
        self.maxEventBytes = max(0, maxEventBytes)
    }

    /// Appends bytes and returns the events completed by them, in order.
    ///
    /// An error can't be returned together with events, so events completed by the same buffer as
    /// an oversized one are lost here; use ``feed(_:_:)`` when they matter.
    public mutating func feed(_ buffer: ByteBuffer) throws(SSEParserError) -> [SSEEvent] {
        var events: [SSEEvent] = []
        let overflowed = self.consume(buffer) { (event: SSEEvent) -> Void in events.append(event) }
        if overflowed {
            throw .eventTooLarge(limit: self.maxEventBytes)
        }
        return events
    }

    /// Appends bytes and calls `body` for each event they complete, in order.
    ///
    /// This avoids allocating an array per network chunk on the proxy's hot path. If the buffer
    /// overflows ``SSEParserError/eventTooLarge(limit:)``, events before and after the oversized one
    /// are still delivered and the error is thrown once the buffer has been consumed. If `body`
    /// throws, parsing stops there, the rest of the buffer is dropped and the error is rethrown.
    public mutating func feed(_ buffer: ByteBuffer, _ body: (SSEEvent) throws -> Void) throws {
        let overflowed = try self.consume(buffer, body)
        if overflowed {
            throw SSEParserError.eventTooLarge(limit: self.maxEventBytes)
        }
    }

    /// Ends the stream and returns the event that was complete except for its final blank line.
    ///
    /// The spec discards such an event, but some upstreams (Gemini's `alt=sse`) end the stream
    /// without the trailing blank line, and their last chunk would otherwise be lost.
    ///
    /// When this returns `nil`, ``pendingText`` still shows the bytes that never became an event,
    /// so a caller can report an unframed error body. The next ``feed(_:)`` starts a new stream.
    public mutating func finish() -> SSEEvent? {
        if self.finished {
            return nil
        }
        self.finished = true
        self.releaseWithheldBOM()
        defer {
            self.builder.reset()
            self.pendingLineStart = self.pending.readableBytes
            self.skipLeadingLF = false
            self.discarding = false
            self.discardedLineHasBytes = false
        }
        if self.discarding {
            return nil
        }
        if self.pendingLineStart < self.pending.readableBytes {
            self.processPendingLine()
        }
        guard let event = self.builder.take() else {
            return nil
        }
        self.clearPending()
        return event
    }

    /// Bytes received but not yet part of any event, decoded leniently as UTF-8.
    ///
    /// This is the raw text of the block after the last blank line, including lines already parsed
    /// (an upstream that answers with a bare JSON error body instead of `data:` framing leaves the
    /// whole body here). Text of a block dropped for exceeding the size limit is not kept.
    public var pendingText: String {
        String(decoding: self.pending.readableBytesView, as: UTF8.self)
    }

    // MARK: - Scanning

    /// Returns whether an event exceeded `maxEventBytes`; throws only what `emit` throws.
    private mutating func consume<E: Error>(
        _ buffer: ByteBuffer,
        _ emit: (SSEEvent) throws(E) -> Void
    ) throws(E) -> Bool {
        if self.finished {
            self = SSEParser(maxEventBytes: self.maxEventBytes)
        }
        return try buffer.withUnsafeReadableBytes { (bytes) throws(E) -> Bool in
            try self.scan(bytes, emit)
        }
    }

    private mutating func scan<E: Error>(
        _ bytes: UnsafeRawBufferPointer,
        _ emit: (SSEEvent) throws(E) -> Void
    ) throws(E) -> Bool {
        let count = bytes.count
        var index = 0

        if case .checkingBOM(let matched) = self.streamStart {
            var matchedNow = matched
            while matchedNow < 3, index < count, bytes[index] == Self.byteOrderMark[matchedNow] {
                matchedNow += 1
                index += 1
            }
            if matchedNow == 3 {
                self.streamStart = .started
            } else if index == count {
                // Everything so far could still be a BOM; decide when more bytes arrive.
                self.streamStart = .checkingBOM(matched: matchedNow)
                return false
            } else {
                // Not a BOM after all: the withheld bytes are ordinary line content.
                self.releaseWithheldBOM()
                index = 0
            }
        }

        if self.skipLeadingLF, index < count {
            self.skipLeadingLF = false
            if bytes[index] == Self.lf {
                index += 1
            }
        }

        var overflowed = false
        // Start of this chunk's bytes not yet copied into `pending`.
        var blockStart = index
        var lineStart = index
        // The first line of this chunk may complete one left unterminated by the previous chunk.
        var continuesLine =
            self.discarding ? self.discardedLineHasBytes : self.pendingLineStart < self.pending.readableBytes

        while let lineEnd = Self.lineEnd(in: bytes, from: lineStart) {
            var next = lineEnd + 1
            if bytes[lineEnd] == Self.cr {
                if next < count {
                    if bytes[next] == Self.lf {
                        next += 1
                    }
                } else {
                    self.skipLeadingLF = true
                }
            }
            let isBlank = lineEnd == lineStart && !continuesLine

            if self.discarding {
                if isBlank {
                    self.discarding = false
                    blockStart = next
                }
                self.discardedLineHasBytes = false
            } else if isBlank {
                self.clearPending()
                blockStart = next
                if let event = self.builder.take() {
                    try emit(event)
                }
            } else if self.pending.readableBytes + (lineEnd - blockStart) > self.maxEventBytes {
                self.beginDiscarding()
                overflowed = true
            } else if continuesLine {
                // Join the carried-over start of the line with its end so it can be parsed as one.
                self.pending.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[blockStart..<lineEnd]))
                blockStart = lineEnd
                self.processPendingLine()
            } else {
                self.builder.process(line: UnsafeRawBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
            }
            continuesLine = false
            lineStart = next
        }

        if self.discarding {
            if lineStart < count {
                self.discardedLineHasBytes = true
            }
        } else if self.pending.readableBytes + (count - blockStart) > self.maxEventBytes {
            self.beginDiscarding()
            self.discardedLineHasBytes = continuesLine || lineStart < count
            overflowed = true
        } else if blockStart < count {
            let alreadyPending = self.pending.readableBytes
            self.pending.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[blockStart..<count]))
            if !continuesLine {
                self.pendingLineStart = alreadyPending + (lineStart - blockStart)
            }
        }
        return overflowed
    }

    /// Index of the next `\r` or `\n` at or after `start`.
    @inline(__always)
    private static func lineEnd(in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        var index = start
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            // Almost every byte is above `\r`, so one comparison usually settles it.
            if byte <= cr, byte == lf || byte == cr {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Parses the completed line stored at the end of `pending`.
    private mutating func processPendingLine() {
        // Moving the builder out keeps it uniquely referenced (no copy-on-write of its strings)
        // while `pending` is being read.
        var builder = self.builder
        self.builder = EventBuilder()
        let start = self.pendingLineStart
        self.pending.withUnsafeReadableBytes { bytes in
            builder.process(line: UnsafeRawBufferPointer(rebasing: bytes[start...]))
        }
        self.builder = builder
        self.pendingLineStart = self.pending.readableBytes
    }

    private mutating func releaseWithheldBOM() {
        if case .checkingBOM(let matched) = self.streamStart {
            self.streamStart = .started
            if matched > 0 {
                self.pending.writeBytes(Self.byteOrderMark[..<matched])
                self.pendingLineStart = 0
            }
        }
    }

    private mutating func beginDiscarding() {
        self.builder.reset()
        self.clearPending()
        self.discarding = true
        self.discardedLineHasBytes = false
    }

    private mutating func clearPending() {
        if self.pending.capacity > Self.retainedCapacityLimit {
            self.pending = ByteBuffer()
        } else if self.pending.writerIndex > 0 {
            self.pending.clear()
        }
        self.pendingLineStart = 0
    }
}

/// The fields of the event being assembled.
private struct EventBuilder {
    private static let colon = UInt8(ascii: ":")
    private static let space = UInt8(ascii: " ")

    private var event: String?
    private var data = ""
    private var hasData = false
    private var id: String?
    private var retry: Int?
    /// Streams repeat a handful of event names (Anthropic sends `event:` on every chunk); reusing
    /// the last decoded one saves a string allocation per event.
    private var lastEventName: String?

    mutating func process(line: UnsafeRawBufferPointer) {
        guard let first = line.first, first != Self.colon else {
            return
        }
        let colonIndex = line.firstIndex(of: Self.colon) ?? line.count
        var valueStart = colonIndex + 1
        if valueStart < line.count, line[valueStart] == Self.space {
            valueStart += 1
        }
        let name = UnsafeRawBufferPointer(rebasing: line[..<colonIndex])
        let value = UnsafeRawBufferPointer(rebasing: line[min(valueStart, line.count)...])

        switch name.count {
        case 4 where Self.bytes(name, equal: "data"):
            if self.hasData {
                self.data.append("\n")
                self.data.append(String(decoding: value, as: UTF8.self))
            } else {
                self.data = String(decoding: value, as: UTF8.self)
                self.hasData = true
            }
        case 5 where Self.bytes(name, equal: "event"):
            if let last = self.lastEventName, last.utf8.elementsEqual(value) {
                self.event = last
            } else {
                let name = String(decoding: value, as: UTF8.self)
                self.event = name
                self.lastEventName = name
            }
        case 2 where Self.bytes(name, equal: "id"):
            if !value.contains(0) {
                self.id = String(decoding: value, as: UTF8.self)
            }
        case 5 where Self.bytes(name, equal: "retry"):
            if let retry = Self.decimal(value) {
                self.retry = retry
            }
        default:
            break
        }
    }

    /// The finished event, or `nil` when the block had no `data` field; either way the builder is
    /// ready for the next block.
    mutating func take() -> SSEEvent? {
        guard self.hasData else {
            self.reset()
            return nil
        }
        let event = SSEEvent(event: self.event, data: self.data, id: self.id, retry: self.retry)
        self.reset()
        return event
    }

    mutating func reset() {
        self.event = nil
        self.data = ""
        self.hasData = false
        self.id = nil
        self.retry = nil
    }

    private static func bytes(_ bytes: UnsafeRawBufferPointer, equal literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount else {
            return false
        }
        return literal.withUTF8Buffer { bytes.elementsEqual($0) }
    }

    /// The value when it is one or more ASCII digits that fit in an `Int`.
    private static func decimal(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard !bytes.isEmpty else {
            return nil
        }
        var result = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                return nil
            }
            let (shifted, overflow1) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            if overflow1 || overflow2 {
                return nil
            }
            result = sum
        }
        return result
    }
}
