import NIOCore

/// One value of the Redis serialization protocol (RESP2 and RESP3).
///
/// The client speaks RESP2 (it never sends `HELLO 3`), but the decoder understands every RESP3
/// type too, so a server or proxy that answers in RESP3 cannot make it fail.
public enum RESPValue: Sendable, Hashable {
    /// A RESP simple string (`+OK`). Not binary safe, so it is kept as text.
    case simpleString(String)
    /// An error reply (`-ERR …`, or the RESP3 blob error `!`): the text, starting with its code.
    case error(String)
    /// A 64-bit signed integer (`:42`).
    case integer(Int64)
    /// A binary-safe bulk string (`$3\r\nfoo`); `nil` is the RESP2 null bulk string (`$-1`).
    case bulkString(ByteBuffer?)
    /// An array (`*2…`); `nil` is the RESP2 null array (`*-1`).
    case array([RESPValue]?)
    /// The RESP3 null (`_`).
    case null
    /// A RESP3 double (`,3.14`), including `inf`, `-inf` and `nan`.
    case double(Double)
    /// A RESP3 boolean (`#t` or `#f`).
    case boolean(Bool)
    /// A RESP3 map (`%…`), in the order the server sent its entries.
    case map([MapEntry])
    /// A RESP3 set (`~…`), in the order the server sent its members.
    case set([RESPValue])
    /// A RESP3 out-of-band push (`>…`). Never matched to a pending command.
    case push([RESPValue])
    /// A RESP3 big number (`(…`), kept as its decimal text since it may exceed 64 bits.
    case bigNumber(String)
    /// A RESP3 verbatim string (`=…`): a three-letter format such as `txt` or `mkd`, and the text.
    case verbatimString(format: String, text: ByteBuffer)

    /// One key-value entry of a RESP3 ``RESPValue/map(_:)``.
    ///
    /// Maps keep their entries as a list, not a dictionary, so their order and any duplicate
    /// keys survive decoding exactly.
    public struct MapEntry: Sendable, Hashable {
        /// The entry's key.
        public var key: RESPValue
        /// The entry's value.
        public var value: RESPValue

        /// Creates an entry from a key and a value.
        public init(key: RESPValue, value: RESPValue) {
            self.key = key
            self.value = value
        }
    }
}

extension RESPValue {
    /// Whether this value is a null of any flavour (RESP2 null bulk string or array, RESP3 null).
    public var isNull: Bool {
        switch self {
        case .null, .bulkString(nil), .array(nil): true
        default: false
        }
    }

    /// The value as UTF-8 text, for simple strings, bulk strings, verbatim strings and big numbers;
    /// `nil` for other types, nulls, and bytes that are not valid UTF-8.
    public var string: String? {
        switch self {
        case .simpleString(let text), .bigNumber(let text): text
        case .bulkString(.some(let bytes)), .verbatimString(_, let bytes):
            // Validated, so a binary value never turns into replacement characters silently.
            (try? bytes.getUTF8ValidatedString(at: bytes.readerIndex, length: bytes.readableBytes)) ?? nil
        default: nil
        }
    }

    /// The value as an integer: integers, and bulk or simple strings holding a decimal integer
    /// (Redis answers `GET` of a counter with a bulk string).
    public var int64: Int64? {
        switch self {
        case .integer(let value): value
        case .simpleString, .bulkString: self.string.flatMap { Int64($0) }
        default: nil
        }
    }

    /// The elements of an array, set or push; `nil` for other types and the null array.
    public var elements: [RESPValue]? {
        switch self {
        case .array(let elements): elements
        case .set(let elements), .push(let elements): elements
        default: nil
        }
    }

    /// The bytes of a bulk or verbatim string; `nil` for other types and the null bulk string.
    public var bytes: ByteBuffer? {
        switch self {
        case .bulkString(let bytes): bytes
        case .verbatimString(_, let text): text
        default: nil
        }
    }
}
