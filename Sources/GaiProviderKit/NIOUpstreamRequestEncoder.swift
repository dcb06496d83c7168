import GaiCore
import NIOCore
import NIOHTTP1

/// Writes an upstream request's parts as HTTP/1.1 bytes: the head in one buffer, sized up front
/// and filled with plain copies, checking every header name (RFC 9110 `token`), value (no
/// control byte but tab) and the request target as it goes; the body as it is.
///
/// It takes the place of NIO's `HTTPRequestEncoder` and `NIOHTTPRequestHeadersValidator` in the
/// upstream pipeline. Those wrote a header as four small writes, each checking the buffer's
/// capacity and uniqueness, and checked it in another pass: the write chain of an upstream call
/// fell from about 43 k to 11 k instructions (`bench/callgrind.sh`; docs/benchmarks.md).
///
/// Framing is the head's: ``NIOUpstreamTarget/makeHead(for:)`` always sets `content-length` when
/// there is a body (or a method that has one), so there is never a chunk to frame, and the end
/// of a request writes nothing. A head that cannot be written fails its write promise with
/// ``InvalidHead`` and the parts after it are dropped (their promises failed) until the next
/// head, so no body goes out without its head.
final class NIOUpstreamRequestEncoder: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPClientRequestPart
    typealias OutboundOut = IOData

    /// A header name, header value or request target that cannot go on the wire as it is.
    struct InvalidHead: Error, CustomStringConvertible {
        var description: String
    }

    /// Set after a head failed: drop the rest of its request.
    private var droppingRequest = false

    /// The trace context of the next head written (``NIOUpstreamConnection`` sets it just before
    /// writing the head; only touched on the channel's event loop). Its headers go after the
    /// head's own: beside the head rather than in its header list, because the parts of one the
    /// gateway made (``W3CTraceParent``) are written as they are, with no string built and no
    /// byte checked. (A part type of our own would carry it in the head, but NIO's response
    /// decoder, between the connection and this encoder, reads every request part as NIO's.)
    var nextTrace: UpstreamTraceContext?

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head):
            let trace = nextTrace
            nextTrace = nil
            let size = Self.encodedSize(of: head, trace: trace)
            var buffer = context.channel.allocator.buffer(capacity: size)
            do {
                try Self.encode(head, trace: trace, size: size, into: &buffer)
            } catch {
                droppingRequest = true
                promise?.fail(error)
                return
            }
            droppingRequest = false
            context.write(wrapOutboundOut(.byteBuffer(buffer)), promise: promise)
        case .body(let body):
            if droppingRequest {
                promise?.fail(InvalidHead(description: "the request's head could not be written"))
                return
            }
            context.write(wrapOutboundOut(body), promise: promise)
        case .end(let trailers):
            if droppingRequest {
                promise?.fail(InvalidHead(description: "the request's head could not be written"))
                return
            }
            if let trailers, !trailers.isEmpty {
                promise?.fail(InvalidHead(description: "trailers need chunked framing, which upstream requests never use"))
                return
            }
            // Content-length framing: nothing to write. A promise still completes after the
            // writes before it, as the write of an empty buffer.
            if let promise {
                context.write(wrapOutboundOut(.byteBuffer(context.channel.allocator.buffer(capacity: 0))), promise: promise)
            }
        }
    }

    /// The bytes ``encode(_:trace:size:into:)`` writes for `head` and `trace`.
    static func encodedSize(of head: HTTPRequestHead, trace: UpstreamTraceContext? = nil) -> Int {
        // "METHOD " + target + " HTTP/1.1\r\n" + ("name: value\r\n")* + "\r\n"
        var size = head.method.rawValue.utf8.count + 1 + head.uri.utf8.count + 11 + 2
        for (name, value) in head.headers {
            size += name.utf8.count + value.utf8.count + 4
        }
        if let trace {
            switch trace.parent {
            case .text(let text): size += "traceparent".utf8.count + text.utf8.count + 4
            case .parts: size += "traceparent".utf8.count + W3CTraceParent.byteCount + 4
            }
            if let state = trace.tracestate { size += "tracestate".utf8.count + state.utf8.count + 4 }
        }
        return size
    }

    /// Appends `head` as an HTTP/1.x request head, `trace`'s headers after its own, in one
    /// reservation of the buffer; throws ``InvalidHead`` (writing nothing) for a method, target,
    /// name or value that would break the framing. `size` is ``encodedSize(of:trace:)``.
    static func encode(_ head: HTTPRequestHead, trace: UpstreamTraceContext? = nil, size: Int, into buffer: inout ByteBuffer) throws(InvalidHead) {
        var failure: InvalidHead?
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: size) { target in
            guard let base = target.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
                failure = InvalidHead(description: "no room for the head")
                return 0
            }
            var out = HeadWriter(cursor: base)
            failure = out.write(head, trace: trace)
            return failure == nil ? base.distance(to: out.cursor) : 0
        }
        if let failure { throw failure }
    }

    /// Copies a head's parts, checked, to where `cursor` points (room reserved by the caller).
    private struct HeadWriter {
        var cursor: UnsafeMutablePointer<UInt8>

        mutating func write(_ head: HTTPRequestHead, trace: UpstreamTraceContext?) -> InvalidHead? {
            guard copy(head.method.rawValue, allowed: .token) else {
                return InvalidHead(description: "the method is not a token")
            }
            byte(UInt8(ascii: " "))
            guard copy(head.uri, allowed: .target) else {
                return InvalidHead(description: "the request target has a byte that must be percent-encoded")
            }
            let version: StaticString = head.version.minor == 0 && head.version.major == 1 ? " HTTP/1.0\r\n" : " HTTP/1.1\r\n"
            raw(version)
            for (name, value) in head.headers {
                guard copy(name, allowed: .token) else {
                    return InvalidHead(description: "a header name is not a token")
                }
                byte(UInt8(ascii: ":"))
                byte(UInt8(ascii: " "))
                guard copy(value, allowed: .value) else {
                    return InvalidHead(description: "the value of header '\(name)' has a control character")
                }
                byte(UInt8(ascii: "\r"))
                byte(UInt8(ascii: "\n"))
            }
            if let trace {
                raw("traceparent: ")
                switch trace.parent {
                case .text(let text):
                    guard copy(text, allowed: .value) else {
                        return InvalidHead(description: "the value of header 'traceparent' has a control character")
                    }
                case .parts(let parts):
                    // Hex digits and dashes the gateway wrote: nothing to check.
                    parts.write(to: cursor)
                    cursor += W3CTraceParent.byteCount
                }
                raw("\r\n")
                if let state = trace.tracestate {
                    raw("tracestate: ")
                    guard copy(state, allowed: .value) else {
                        return InvalidHead(description: "the value of header 'tracestate' has a control character")
                    }
                    raw("\r\n")
                }
            }
            byte(UInt8(ascii: "\r"))
            byte(UInt8(ascii: "\n"))
            return nil
        }

        @inline(__always)
        mutating func byte(_ value: UInt8) {
            cursor.pointee = value
            cursor += 1
        }

        mutating func raw(_ text: StaticString) {
            cursor.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
            cursor += text.utf8CodeUnitCount
        }

        /// Checks `text` and copies it; `false` when a byte is not `allowed` (or a token or
        /// target is empty).
        @inline(__always)
        mutating func copy(_ text: String, allowed: Allowed) -> Bool {
            let copied = text.utf8.withContiguousStorageIfAvailable { source -> Bool in
                guard allowed.accepts(source) else { return false }
                if let base = source.baseAddress {
                    cursor.update(from: base, count: source.count)
                    cursor += source.count
                }
                return true
            }
            if let copied { return copied }
            let bytes = Array(text.utf8)
            guard bytes.withUnsafeBufferPointer(allowed.accepts) else { return false }
            for value in bytes { byte(value) }
            return true
        }
    }

    /// What a part of the head may hold.
    enum Allowed {
        /// RFC 9110 `tchar` (header names, methods), at least one.
        case token
        /// A request target's bytes on the wire (RFC 9112 §3.2, RFC 3986: unreserved,
        /// gen-delims, sub-delims and `%`; anything else must be percent-encoded), at least one.
        case target
        /// A field value: anything but a control byte, tab allowed; may be empty.
        case value

        func accepts(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            switch self {
            case .token: !bytes.isEmpty && Self.allASCII(bytes, low: 0x03FF_6CFA_0000_0000, high: 0x57FF_FFFF_C7FF_FFFE)
            case .target: !bytes.isEmpty && Self.allASCII(bytes, low: 0xAFFF_FFFA_0000_0000, high: 0x47FF_FFFE_AFFF_FFFF)
            case .value: Self.hasNoControlByte(bytes)
            }
        }

        /// Whether every byte is ASCII and in the set whose bits for bytes 0–63 are `low` and
        /// for 64–127 `high`.
        @inline(__always)
        static func allASCII(_ bytes: UnsafeBufferPointer<UInt8>, low: UInt64, high: UInt64) -> Bool {
            for byte in bytes {
                let word = byte < 64 ? low : byte < 128 ? high : 0
                if (word >> UInt64(byte & 63)) & 1 == 0 { return false }
            }
            return true
        }

        /// No byte below 0x20 but tab, and no 0x7F; 8 bytes at a time, bytes that look like
        /// either (a tab, or a neighbour of a flagged byte) checked one by one.
        static func hasNoControlByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = bytes.baseAddress else { return true }
            let count = bytes.count
            var index = 0
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let below = (word &- ones &* 0x20) & ~word & highs
                let delete = word ^ (ones &* 0x7F)
                let isDelete = (delete &- ones) & ~delete & highs
                if below | isDelete != 0 {
                    for offset in index..<(index + 8) where !isValueByte(base[offset]) { return false }
                }
                index += 8
            }
            while index < count {
                if !isValueByte(base[index]) { return false }
                index += 1
            }
            return true
        }

        @inline(__always)
        static func isValueByte(_ byte: UInt8) -> Bool {
            (byte >= 0x20 && byte != 0x7F) || byte == 0x09
        }
    }
}
