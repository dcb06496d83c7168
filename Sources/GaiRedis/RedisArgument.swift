import NIOCore

/// One argument of a Redis command, sent as a binary-safe bulk string.
///
/// Literals work directly: `["SET", "counter", 10]`; use ``bytes(_:)`` for binary values and
/// ``string(_:)`` for `String` variables.
public enum RedisArgument: Sendable, Hashable {
    /// Text, sent as its UTF-8 bytes.
    case string(String)
    /// Raw bytes, sent unchanged.
    case bytes(ByteBuffer)
    /// An integer, sent in decimal as Redis expects.
    case integer(Int64)
}

extension RedisArgument: ExpressibleByStringInterpolation {
    /// Creates a ``string(_:)`` argument from a literal.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension RedisArgument: ExpressibleByIntegerLiteral {
    /// Creates an ``integer(_:)`` argument from a literal.
    public init(integerLiteral value: Int64) {
        self = .integer(value)
    }
}

extension RedisArgument {
    /// Writes a command (an array of bulk strings) to `buffer`.
    static func writeCommand(_ arguments: [RedisArgument], to buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt8(ascii: "*"))
        buffer.writeString(String(arguments.count))
        buffer.writeStaticString("\r\n")
        for argument in arguments {
            switch argument {
            case .string(let text):
                Self.writeBulk(length: text.utf8.count, to: &buffer) { $0.writeString(text) }
            case .bytes(let bytes):
                Self.writeBulk(length: bytes.readableBytes, to: &buffer) { $0.writeImmutableBuffer(bytes) }
            case .integer(let value):
                let text = String(value)
                Self.writeBulk(length: text.utf8.count, to: &buffer) { $0.writeString(text) }
            }
        }
    }

    private static func writeBulk(length: Int, to buffer: inout ByteBuffer, _ body: (inout ByteBuffer) -> Void) {
        buffer.writeInteger(UInt8(ascii: "$"))
        buffer.writeString(String(length))
        buffer.writeStaticString("\r\n")
        body(&buffer)
        buffer.writeStaticString("\r\n")
    }

    /// The command name for logs: the first argument if it is short text, else a placeholder.
    /// Never any other argument, since those may hold secrets (`AUTH`) or user data.
    static func commandName(_ arguments: [RedisArgument]) -> String {
        guard case .string(let name) = arguments.first, name.utf8.count <= 32 else { return "<binary>" }
        return name.uppercased()
    }
}
