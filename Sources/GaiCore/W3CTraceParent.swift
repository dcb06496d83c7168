/// A W3C `traceparent` value (`00-<32 hex trace id>-<16 hex span id>-<2 hex flags>`) as its
/// parts. Whoever sends it writes the 55 bytes where they go (``write(to:)``): a sampled request
/// sends one upstream per call, and building it as a `String` first cost an allocation and a
/// header-list append that checked bytes the gateway made itself.
public struct W3CTraceParent: Sendable, Hashable {
    public var traceIDHigh: UInt64
    public var traceIDLow: UInt64
    public var spanID: UInt64
    public var sampled: Bool

    /// The length of the value: version 00, always.
    public static let byteCount = 55

    public init(traceIDHigh: UInt64, traceIDLow: UInt64, spanID: UInt64, sampled: Bool) {
        self.traceIDHigh = traceIDHigh
        self.traceIDLow = traceIDLow
        self.spanID = spanID
        self.sampled = sampled
    }

    /// Writes the ``byteCount`` bytes of the value at `target` (room for them reserved).
    @inlinable
    public func write(to target: UnsafeMutablePointer<UInt8>) {
        target[0] = UInt8(ascii: "0")
        target[1] = UInt8(ascii: "0")
        target[2] = UInt8(ascii: "-")
        HexDigits.write(traceIDHigh, to: target + 3)
        HexDigits.write(traceIDLow, to: target + 19)
        target[35] = UInt8(ascii: "-")
        HexDigits.write(spanID, to: target + 36)
        target[52] = UInt8(ascii: "-")
        target[53] = UInt8(ascii: "0")
        target[54] = sampled ? UInt8(ascii: "1") : UInt8(ascii: "0")
    }

    /// The value as text (the AsyncHTTPClient transport's header list, tests).
    public var text: String {
        String(unsafeUninitializedCapacity: Self.byteCount) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            write(to: base)
            return Self.byteCount
        }
    }
}

/// Lowercase hex digits of 64-bit values, written eight at a time.
public enum HexDigits {
    /// Writes the 16 lowercase hex digits of `value` at `target`: each half's nibbles spread
    /// into the bytes of a word and turned into digits together (no loop over nibbles).
    @inlinable @inline(__always)
    public static func write(_ value: UInt64, to target: UnsafeMutablePointer<UInt8>) {
        let high = digits(UInt32(truncatingIfNeeded: value >> 32))
        let low = digits(UInt32(truncatingIfNeeded: value))
        UnsafeMutableRawPointer(target).storeBytes(of: high.bigEndian, as: UInt64.self)
        UnsafeMutableRawPointer(target + 8).storeBytes(of: low.bigEndian, as: UInt64.self)
    }

    /// The 8 hex digits of `value` as ASCII bytes, the most significant digit in the word's
    /// most significant byte.
    @inlinable @inline(__always)
    public static func digits(_ value: UInt32) -> UInt64 {
        var spread = UInt64(value)
        spread = (spread | (spread << 16)) & 0x0000_FFFF_0000_FFFF
        spread = (spread | (spread << 8)) & 0x00FF_00FF_00FF_00FF
        spread = (spread | (spread << 4)) & 0x0F0F_0F0F_0F0F_0F0F
        // 1 in each byte whose nibble is 10 or more: those skip from '9' + 1 to 'a'.
        let letters = ((spread &+ 0x0606_0606_0606_0606) >> 4) & 0x0101_0101_0101_0101
        return spread &+ 0x3030_3030_3030_3030 &+ letters &* 0x27
    }
}
