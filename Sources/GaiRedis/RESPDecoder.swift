import NIOCore

/// An incremental RESP2/RESP3 decoder for a NIO pipeline.
///
/// Feed it bytes as they arrive: it emits each complete top-level value and keeps a partial one
/// buffered. Malformed input and values over the ``Limits`` throw ``RedisError/protocolError(_:)``
/// (which closes the connection in ``RedisClient``); no byte sequence can make it trap.
public struct RESPDecoder: NIOSingleStepByteToMessageDecoder {
    /// The decoded values.
    public typealias InboundOut = RESPValue

    /// Upper bounds that stop a broken or hostile server from making the client buffer without end.
    public struct Limits: Sendable, Hashable {
        /// The largest bulk, verbatim or blob-error string, in bytes. Default 512 MiB, Redis's own
        /// `proto-max-bulk-len`.
        public var maxBulkLength: Int
        /// The most elements in one array, set or push, or entries in one map. Default 1 Mi.
        public var maxAggregateCount: Int
        /// The longest line (simple string, error, number), in bytes. Default 1 MiB.
        public var maxLineLength: Int
        /// The deepest nesting of aggregates. Default 64; Redis itself never nests more than a few.
        public var maxDepth: Int

        /// Creates limits; every argument has the default described on its property.
        public init(
            maxBulkLength: Int = 512 * 1024 * 1024,
            maxAggregateCount: Int = 1024 * 1024,
            maxLineLength: Int = 1024 * 1024,
            maxDepth: Int = 64
        ) {
            self.maxBulkLength = maxBulkLength
            self.maxAggregateCount = maxAggregateCount
            self.maxLineLength = maxLineLength
            self.maxDepth = maxDepth
        }
    }

    /// The limits this decoder enforces.
    public let limits: Limits

    /// Creates a decoder with the given limits.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Decodes one complete value from the front of `buffer`, or returns `nil` and consumes
    /// nothing when the value is not complete yet.
    public mutating func decode(buffer: inout ByteBuffer) throws -> RESPValue? {
        try RESPParser(limits: self.limits).parse(&buffer)
    }

    /// Decodes what is left at end of stream; an incomplete value is dropped, and the pending
    /// commands it belonged to fail when the channel closes.
    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws -> RESPValue? {
        try self.decode(buffer: &buffer)
    }
}
