import NIOCore

/// Parses one RESP value from the front of a buffer.
///
/// Parsing restarts from the value's first byte whenever more bytes arrive, which keeps the code
/// a plain recursive descent with no resumable state. Bulk payloads are skipped by length, so the
/// rescan cost is only paid on the framing of large aggregates, which Redis rarely sends.
struct RESPParser {
    let limits: RESPDecoder.Limits

    /// Parses one complete value and consumes its bytes, or returns `nil` and consumes nothing
    /// when the buffer holds only part of it.
    func parse(_ buffer: inout ByteBuffer) throws(RedisError) -> RESPValue? {
        var reader = buffer
        guard let value = try self.parseValue(&reader, depth: 0) else { return nil }
        buffer.moveReaderIndex(to: reader.readerIndex)
        return value
    }

    private func parseValue(_ reader: inout ByteBuffer, depth: Int) throws(RedisError) -> RESPValue? {
        guard let type = reader.readInteger(as: UInt8.self) else { return nil }
        switch type {
        case UInt8(ascii: "+"):
            return try self.readLine(&reader).map { .simpleString(String(buffer: $0)) }
        case UInt8(ascii: "-"):
            return try self.readLine(&reader).map { .error(String(buffer: $0)) }
        case UInt8(ascii: ":"):
            guard let line = try self.readLine(&reader) else { return nil }
            guard let value = Self.parseInt64(line) else { throw .protocolError("invalid integer") }
            return .integer(value)
        case UInt8(ascii: "$"):
            guard let payload = try self.readBlob(&reader) else { return nil }
            return .bulkString(payload.bytes)
        case UInt8(ascii: "!"):
            guard let payload = try self.readBlob(&reader) else { return nil }
            guard let bytes = payload.bytes else { throw .protocolError("null blob error") }
            return .error(String(buffer: bytes))
        case UInt8(ascii: "="):
            guard let payload = try self.readBlob(&reader) else { return nil }
            return try Self.verbatim(payload.bytes)
        case UInt8(ascii: "*"), UInt8(ascii: "~"), UInt8(ascii: ">"):
            guard let count = try self.readCount(&reader) else { return nil }
            guard count >= 0 else {
                guard type == UInt8(ascii: "*") else { throw .protocolError("null set or push") }
                return .array(nil)
            }
            guard let elements = try self.parseElements(&reader, count: count, depth: depth) else { return nil }
            switch type {
            case UInt8(ascii: "~"): return .set(elements)
            case UInt8(ascii: ">"): return .push(elements)
            default: return .array(elements)
            }
        case UInt8(ascii: "%"), UInt8(ascii: "|"):
            guard let count = try self.readCount(&reader) else { return nil }
            guard count >= 0 else { throw .protocolError("null map") }
            // A map of n entries is 2n values in a row.
            let (valueCount, overflow) = count.multipliedReportingOverflow(by: 2)
            guard !overflow else { throw .protocolError("map too large") }
            guard let flat = try self.parseElements(&reader, count: valueCount, depth: depth) else { return nil }
            guard type == UInt8(ascii: "%") else {
                // An attribute annotates the value that follows it; nothing here needs the
                // annotation, so it is dropped and the annotated value returned.
                return try self.parseValue(&reader, depth: depth)
            }
            return .map(stride(from: 0, to: flat.count, by: 2).map { .init(key: flat[$0], value: flat[$0 + 1]) })
        case UInt8(ascii: "_"):
            guard let line = try self.readLine(&reader) else { return nil }
            guard line.readableBytes == 0 else { throw .protocolError("invalid null") }
            return .null
        case UInt8(ascii: "#"):
            guard let line = try self.readLine(&reader) else { return nil }
            switch line.readableBytesView.first {
            case UInt8(ascii: "t") where line.readableBytes == 1: return .boolean(true)
            case UInt8(ascii: "f") where line.readableBytes == 1: return .boolean(false)
            default: throw .protocolError("invalid boolean")
            }
        case UInt8(ascii: ","):
            guard let line = try self.readLine(&reader) else { return nil }
            guard let value = Double(String(buffer: line)) else { throw .protocolError("invalid double") }
            return .double(value)
        case UInt8(ascii: "("):
            guard let line = try self.readLine(&reader) else { return nil }
            let text = String(buffer: line)
            let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
            guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
                throw .protocolError("invalid big number")
            }
            return .bigNumber(text)
        default:
            throw .protocolError("unknown type byte 0x\(String(type, radix: 16))")
        }
    }

    private func parseElements(_ reader: inout ByteBuffer, count: Int, depth: Int) throws(RedisError) -> [RESPValue]? {
        guard depth < self.limits.maxDepth else { throw .protocolError("nesting deeper than \(self.limits.maxDepth)") }
        var elements: [RESPValue] = []
        // The count comes from the wire: reserve for a modest prefix only, so a huge declared
        // count costs memory only as its elements actually arrive.
        elements.reserveCapacity(min(count, 1024))
        for _ in 0..<count {
            guard let element = try self.parseValue(&reader, depth: depth + 1) else { return nil }
            elements.append(element)
        }
        return elements
    }

    /// Reads an aggregate's element count: -1 (null) or 0...maxAggregateCount.
    private func readCount(_ reader: inout ByteBuffer) throws(RedisError) -> Int? {
        guard let line = try self.readLine(&reader) else { return nil }
        let count = try Self.parseLength(line)
        guard count <= self.limits.maxAggregateCount else {
            throw .protocolError("aggregate of \(count) elements exceeds the limit of \(self.limits.maxAggregateCount)")
        }
        return count
    }

    /// A length-prefixed payload: `bytes` is `nil` for the null length `-1`.
    private struct Blob { var bytes: ByteBuffer? }

    /// Reads `<length>\r\n<bytes>\r\n`; returns `nil` when incomplete.
    private func readBlob(_ reader: inout ByteBuffer) throws(RedisError) -> Blob? {
        guard let line = try self.readLine(&reader) else { return nil }
        let length = try Self.parseLength(line)
        guard length >= 0 else { return Blob(bytes: nil) }
        guard length <= self.limits.maxBulkLength else {
            throw .protocolError("bulk string of \(length) bytes exceeds the limit of \(self.limits.maxBulkLength)")
        }
        // Checked before reading, so an incomplete payload is never scanned or copied.
        guard reader.readableBytes - length >= 2, let payload = reader.readSlice(length: length),
            let terminator = reader.readInteger(as: UInt16.self)
        else { return nil }
        guard terminator == 0x0D0A else { throw .protocolError("bulk string not terminated by CRLF") }
        return Blob(bytes: payload)
    }

    /// Reads one CRLF-terminated line and returns it without the CRLF; `nil` when incomplete.
    private func readLine(_ reader: inout ByteBuffer) throws(RedisError) -> ByteBuffer? {
        let window = min(reader.readableBytes, self.limits.maxLineLength + 1)
        let crIndex = reader.withUnsafeReadableBytes { $0.prefix(window).firstIndex(of: UInt8(ascii: "\r")) }
        guard let crIndex else {
            guard reader.readableBytes <= self.limits.maxLineLength else {
                throw .protocolError("line longer than \(self.limits.maxLineLength) bytes")
            }
            return nil
        }
        guard crIndex <= self.limits.maxLineLength else {
            throw .protocolError("line longer than \(self.limits.maxLineLength) bytes")
        }
        guard let lf = reader.getInteger(at: reader.readerIndex + crIndex + 1, as: UInt8.self) else { return nil }
        guard lf == UInt8(ascii: "\n") else { throw .protocolError("CR not followed by LF") }
        let line = reader.readSlice(length: crIndex)
        reader.moveReaderIndex(forwardBy: 2)
        return line
    }

    /// Parses a length or count: -1 (null) or a non-negative decimal.
    private static func parseLength(_ line: ByteBuffer) throws(RedisError) -> Int {
        if line.readableBytesView.elementsEqual("?".utf8) {
            throw .protocolError("streamed RESP3 values are not supported")
        }
        guard let value = Self.parseInt64(line), value >= -1, let length = Int(exactly: value) else {
            throw .protocolError("invalid length")
        }
        return length
    }

    private static func verbatim(_ payload: ByteBuffer?) throws(RedisError) -> RESPValue {
        // `=` carries `fmt:` then the text: three format bytes and a colon.
        guard var payload, payload.readableBytes >= 4,
            payload.getInteger(at: payload.readerIndex + 3, as: UInt8.self) == UInt8(ascii: ":"),
            let format = payload.readString(length: 3)
        else { throw .protocolError("invalid verbatim string") }
        payload.moveReaderIndex(forwardBy: 1)
        return .verbatimString(format: format, text: payload)
    }

    /// Parses an optionally signed decimal into an `Int64`, rejecting anything else and overflow.
    static func parseInt64(_ line: ByteBuffer) -> Int64? {
        line.withUnsafeReadableBytes { bytes -> Int64? in
            var index = 0
            let negative = bytes.first == UInt8(ascii: "-")
            if negative || bytes.first == UInt8(ascii: "+") { index = 1 }
            guard index < bytes.count else { return nil }
            // Accumulate as a negative number so Int64.min parses without overflowing.
            var value: Int64 = 0
            while index < bytes.count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (next, overflow2) = shifted.subtractingReportingOverflow(Int64(digit))
                guard !overflow1, !overflow2 else { return nil }
                value = next
                index += 1
            }
            if negative { return value }
            let (positive, overflow) = Int64(0).subtractingReportingOverflow(value)
            return overflow ? nil : positive
        }
    }
}
