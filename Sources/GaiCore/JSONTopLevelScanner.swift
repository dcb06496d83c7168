import NIOCore

/// Finds the members of a JSON object's top level without building anything.
///
/// An adapter that passes an upstream's answer through as bytes needs two facts from it: that
/// it is a well-formed object of the expected kind, and its `usage`. Foundation's decoder costs
/// more for that than the rest of the gateway's work on a request; this scanner walks the bytes
/// once, checking that strings, objects and arrays are well nested, and returns where each
/// top-level member's value lies, so that only the small `usage` value is decoded.
public enum JSONTopLevelScanner {
    /// The byte range of each top-level member's value, by member name (names without escapes).
    /// `nil` when the bytes are not a JSON object with balanced structure.
    public static func members(of bytes: UnsafeRawBufferPointer) -> [String: Range<Int>]? {
        var index = 0
        let count = bytes.count
        func skipWhitespace() {
            while index < count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }
        /// Moves past a string whose opening quote is at `index`; false when it never closes.
        func skipString() -> Bool {
            index += 1
            while index < count {
                switch bytes[index] {
                case UInt8(ascii: "\\"): index += 2
                case UInt8(ascii: "\""):
                    index += 1
                    return true
                default: index += 1
                }
            }
            return false
        }
        /// Moves past one value of any kind; false on broken structure.
        func skipValue() -> Bool {
            skipWhitespace()
            guard index < count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return skipString()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while index < count {
                    switch bytes[index] {
                    case UInt8(ascii: "\""):
                        guard skipString() else { return false }
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 {
                            index += 1
                            return true
                        }
                    default:
                        break
                    }
                    index += 1
                }
                return false
            default:
                // A number, true, false or null: runs to the next delimiter.
                let start = index
                while index < count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte <= 0x20 { break }
                    index += 1
                }
                return index > start
            }
        }

        skipWhitespace()
        guard index < count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index += 1
        var members: [String: Range<Int>] = [:]
        skipWhitespace()
        if index < count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            skipWhitespace()
            return index == count ? members : nil
        }
        while true {
            skipWhitespace()
            guard index < count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let nameStart = index + 1
            guard skipString() else { return nil }
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[nameStart..<(index - 1)]), as: UTF8.self)
            skipWhitespace()
            guard index < count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            skipWhitespace()
            let valueStart = index
            guard skipValue() else { return nil }
            members[name] = valueStart..<index
            skipWhitespace()
            guard index < count else { return nil }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { return nil }
            index += 1
            skipWhitespace()
            return index == count ? members : nil
        }
    }
}

extension JSONTopLevelScanner {
    /// `bytes` with the value of the top-level member `name` replaced by the JSON text `value`,
    /// every other byte kept as it was (unknown members, key order, number spelling). `nil` when
    /// the bytes are not an object or have no such member.
    public static func replacingMember(_ name: String, in bytes: ByteBuffer, withJSON value: String) -> ByteBuffer? {
        bytes.withUnsafeReadableBytes { raw -> ByteBuffer? in
            guard let range = members(of: raw)?[name] else { return nil }
            var output = ByteBuffer()
            output.reserveCapacity(raw.count - range.count + value.utf8.count)
            output.writeBytes(UnsafeRawBufferPointer(rebasing: raw[..<range.lowerBound]))
            output.writeString(value)
            output.writeBytes(UnsafeRawBufferPointer(rebasing: raw[range.upperBound...]))
            return output
        }
    }
}
