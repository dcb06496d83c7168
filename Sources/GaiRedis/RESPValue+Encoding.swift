import NIOCore

extension RESPValue {
    /// Writes this value in RESP wire format (RESP3 types in their RESP3 form).
    ///
    /// The client itself only writes commands (arrays of bulk strings); this is here for the
    /// other direction, such as a fake server in tests. Simple strings and errors cannot carry
    /// CR or LF, so any are written as spaces rather than producing a malformed frame; a
    /// verbatim string's format is padded or cut to the three bytes the format requires.
    public func write(to buffer: inout ByteBuffer) {
        switch self {
        case .simpleString(let text):
            Self.writeLine(UInt8(ascii: "+"), Self.singleLine(text), to: &buffer)
        case .error(let text):
            Self.writeLine(UInt8(ascii: "-"), Self.singleLine(text), to: &buffer)
        case .integer(let value):
            Self.writeLine(UInt8(ascii: ":"), String(value), to: &buffer)
        case .bulkString(nil):
            buffer.writeStaticString("$-1\r\n")
        case .bulkString(.some(let bytes)):
            Self.writeBlob(UInt8(ascii: "$"), bytes, to: &buffer)
        case .array(nil):
            buffer.writeStaticString("*-1\r\n")
        case .array(.some(let elements)):
            Self.writeAggregate(UInt8(ascii: "*"), elements, to: &buffer)
        case .set(let elements):
            Self.writeAggregate(UInt8(ascii: "~"), elements, to: &buffer)
        case .push(let elements):
            Self.writeAggregate(UInt8(ascii: ">"), elements, to: &buffer)
        case .map(let entries):
            Self.writeLine(UInt8(ascii: "%"), String(entries.count), to: &buffer)
            for entry in entries {
                entry.key.write(to: &buffer)
                entry.value.write(to: &buffer)
            }
        case .null:
            buffer.writeStaticString("_\r\n")
        case .boolean(let value):
            buffer.writeStaticString(value ? "#t\r\n" : "#f\r\n")
        case .double(let value):
            let text = value.isNaN ? "nan" : value.isInfinite ? (value < 0 ? "-inf" : "inf") : String(value)
            Self.writeLine(UInt8(ascii: ","), text, to: &buffer)
        case .bigNumber(let text):
            Self.writeLine(UInt8(ascii: "("), Self.singleLine(text), to: &buffer)
        case .verbatimString(let format, let text):
            var payload = ByteBuffer()
            payload.writeString(String(format.prefix(3)).padding(toLength: 3))
            payload.writeInteger(UInt8(ascii: ":"))
            payload.writeImmutableBuffer(text)
            Self.writeBlob(UInt8(ascii: "="), payload, to: &buffer)
        }
    }

    private static func writeLine(_ type: UInt8, _ text: String, to buffer: inout ByteBuffer) {
        buffer.writeInteger(type)
        buffer.writeString(text)
        buffer.writeStaticString("\r\n")
    }

    private static func writeBlob(_ type: UInt8, _ bytes: ByteBuffer, to buffer: inout ByteBuffer) {
        Self.writeLine(type, String(bytes.readableBytes), to: &buffer)
        buffer.writeImmutableBuffer(bytes)
        buffer.writeStaticString("\r\n")
    }

    private static func writeAggregate(_ type: UInt8, _ elements: [RESPValue], to buffer: inout ByteBuffer) {
        Self.writeLine(type, String(elements.count), to: &buffer)
        for element in elements {
            element.write(to: &buffer)
        }
    }

    private static func singleLine(_ text: String) -> String {
        String(text.map { $0 == "\r" || $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}

extension String {
    /// Pads with spaces to `length` characters (Foundation's `padding` is not imported here).
    fileprivate func padding(toLength length: Int) -> String {
        self.count >= length ? self : self + String(repeating: " ", count: length - self.count)
    }
}
