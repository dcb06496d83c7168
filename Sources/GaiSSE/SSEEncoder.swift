import NIOCore

/// Writes `text/event-stream` framing.
///
/// Every value is written so that a spec-conforming parser reads back exactly one block: the
/// format has no escaping, so a stray `\r` or `\n` inside a value would end the line early and let
/// the rest be read as a field or as the end of the event. In a proxy that would let upstream
/// content inject events, so line breaks are never written verbatim inside a field.
public enum SSEEncoder {
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D

    /// The OpenAI end-of-stream sentinel, `data: [DONE]` followed by the blank line.
    public static let done: String = "data: [DONE]\n\n"

    /// Writes `payload` as one event: `data: <payload>\n\n`.
    ///
    /// A payload with line breaks becomes one `data:` line per line, which parsers join back with
    /// `"\n"`. `\r\n` and `\r` come back as `"\n"`, since the wire format can't tell them apart.
    public static func data(_ payload: String, into buffer: inout ByteBuffer) {
        var payload = payload
        payload.withUTF8 { utf8 in
            Self.writeLines(prefix: "data: ", UnsafeRawBufferPointer(utf8), into: &buffer)
        }
        buffer.writeInteger(Self.lf)
    }

    /// Writes already-serialized bytes (normally single-line JSON) as `data: <bytes>\n\n`.
    ///
    /// The bytes are copied without decoding. Should they contain line breaks after all, they are
    /// split into several `data:` lines rather than breaking the framing.
    public static func data(_ payload: ByteBuffer, into buffer: inout ByteBuffer) {
        payload.withUnsafeReadableBytes { bytes in
            Self.writeLines(prefix: "data: ", bytes, into: &buffer)
        }
        buffer.writeInteger(Self.lf)
    }

    /// Writes a complete event: `id:`, `event:`, `retry:` and `data:` lines, then the blank line.
    ///
    /// Absent fields are omitted. Line breaks in `id` and `event` are dropped because those fields
    /// are single-line; a negative `retry` is omitted because parsers accept only digits.
    public static func event(_ event: SSEEvent, into buffer: inout ByteBuffer) {
        if let id = event.id {
            Self.writeSingleLine(prefix: "id: ", id, into: &buffer)
        }
        if let name = event.event {
            Self.writeSingleLine(prefix: "event: ", name, into: &buffer)
        }
        if let retry = event.retry, retry >= 0 {
            buffer.writeStaticString("retry: ")
            buffer.writeString(String(retry))
            buffer.writeInteger(Self.lf)
        }
        Self.data(event.data, into: &buffer)
    }

    /// Writes a comment block, `: text\n\n`, which parsers ignore.
    ///
    /// Used as a keep-alive so idle connections aren't closed by intermediaries. Multi-line text
    /// becomes several comment lines.
    public static func comment(_ text: String, into buffer: inout ByteBuffer) {
        var text = text
        text.withUTF8 { utf8 in
            Self.writeLines(prefix: ": ", UnsafeRawBufferPointer(utf8), into: &buffer)
        }
        buffer.writeInteger(Self.lf)
    }

    /// Writes `prefix + line + "\n"` for every line of `bytes` (split at `\r\n`, `\n` or `\r`).
    private static func writeLines(prefix: StaticString, _ bytes: UnsafeRawBufferPointer, into buffer: inout ByteBuffer) {
        buffer.reserveCapacity(minimumWritableBytes: bytes.count + prefix.utf8CodeUnitCount + 2)
        let count = bytes.count
        var lineStart = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte <= Self.cr, byte == Self.lf || byte == Self.cr {
                buffer.writeStaticString(prefix)
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[lineStart..<index]))
                buffer.writeInteger(Self.lf)
                if byte == Self.cr, index + 1 < count, bytes[index + 1] == Self.lf {
                    index += 1
                }
                lineStart = index + 1
            }
            index += 1
        }
        buffer.writeStaticString(prefix)
        buffer.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[lineStart..<count]))
        buffer.writeInteger(Self.lf)
    }

    /// Writes `prefix + value + "\n"` with any `\r` and `\n` in `value` left out.
    private static func writeSingleLine(prefix: StaticString, _ value: String, into buffer: inout ByteBuffer) {
        var value = value
        buffer.writeStaticString(prefix)
        value.withUTF8 { utf8 in
            let bytes = UnsafeRawBufferPointer(utf8)
            var segmentStart = 0
            for index in bytes.indices where bytes[index] == Self.lf || bytes[index] == Self.cr {
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[segmentStart..<index]))
                segmentStart = index + 1
            }
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[segmentStart...]))
        }
        buffer.writeInteger(Self.lf)
    }
}
