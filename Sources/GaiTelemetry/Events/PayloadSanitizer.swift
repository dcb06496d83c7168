import Foundation
import GaiCore

/// Makes an event payload safe to store, whatever went into it:
///
/// - secrets are removed: values under secret-sounding keys (`api_key`, `authorization`,
///   `password`, `secret`, `token`…), and anywhere in text: bearer tokens, `sk-…`/`gai-…` style
///   keys, AWS access keys, JWTs, `password=…`-style pairs;
/// - email addresses and phone numbers become `[REDACTED]`;
/// - `error_message` is cut to 500 characters, `input_preview` to 100, `stack_frames` to 10;
/// - the whole payload, encoded, is at most ``maxBytes`` (10 KB): longer strings are cut
///   shorter until it fits.
///
/// Pure and `Sendable`: the event writer runs it off the request path.
public struct PayloadSanitizer: Sendable {
    public static let redacted = "[REDACTED]"
    public var maxBytes = 10 * 1024
    public var maxErrorMessage = 500
    public var maxInputPreview = 100
    public var maxFrames = 10

    public init() {}

    public func sanitize(_ payload: [String: JSONValue]) -> [String: JSONValue] {
        // Most payloads come out as they went in: rewrite only the members that change.
        var clean = payload
        for (key, value) in payload {
            let cleaned = Self.isSecretKey(key) ? .string(Self.redacted) : scrub(value)
            if cleaned != value { clean[key] = cleaned }
        }
        if case .string(let message)? = clean["error_message"] { clean["error_message"] = .string(String(message.prefix(maxErrorMessage))) }
        if case .string(let preview)? = clean["input_preview"] { clean["input_preview"] = .string(String(preview.prefix(maxInputPreview))) }
        if case .array(let frames)? = clean["stack_frames"] { clean["stack_frames"] = .array(Array(frames.prefix(maxFrames))) }
        return fit(clean)
    }

    func scrub(_ value: JSONValue) -> JSONValue {
        switch value {
        // Cut first: no string longer than the whole payload's bound can survive anyway, and
        // the patterns then never scan more than that.
        case .string(let text): .string(Self.scrub(text.utf8.count <= maxBytes ? text : String(text.prefix(maxBytes))))
        case .array(let values): .array(values.prefix(maxBytes / 4).map(scrub))
        case .object(let object):
            .object(Dictionary(uniqueKeysWithValues: object.map { key, value in (key, Self.isSecretKey(key) ? .string(Self.redacted) : scrub(value)) }))
        default: value
        }
    }

    /// Cuts strings shorter (1,000, then 200, then 40 characters) until the encoded payload fits.
    func fit(_ payload: [String: JSONValue]) -> [String: JSONValue] {
        // Most payloads are far below the bound even if every byte needed a `\uXXXX` escape:
        // they need no encoding to know it.
        if Self.sizeBound(.object(payload)) <= maxBytes || Self.size(payload) <= maxBytes { return payload }
        for limit in [1000, 200, 40] {
            let cut = payload.mapValues { Self.truncate($0, to: limit) }
            if Self.size(cut) <= maxBytes { return cut }
        }
        return ["truncated": .bool(true)]
    }

    static func truncate(_ value: JSONValue, to limit: Int) -> JSONValue {
        switch value {
        case .string(let text): .string(String(text.prefix(limit)))
        case .array(let values): .array(values.prefix(limit).map { truncate($0, to: limit) })
        case .object(let object): .object(object.mapValues { truncate($0, to: limit) })
        default: value
        }
    }

    /// An upper bound of a value's encoded size (6 bytes per byte of text, 32 per number).
    static func sizeBound(_ value: JSONValue) -> Int {
        switch value {
        case .null, .bool: 5
        case .int, .double: 32
        case .string(let text): 2 + 6 * text.utf8.count
        case .array(let values): values.reduce(2) { $0 + 1 + sizeBound($1) }
        case .object(let object): object.reduce(2) { $0 + 4 + 6 * $1.key.utf8.count + sizeBound($1.value) }
        }
    }

    static func size(_ payload: [String: JSONValue]) -> Int {
        (try? JSONEncoder().encode(JSONValue.object(payload)).count) ?? Int.max
    }

    /// Whether values under `key` are secrets: it contains one of ``secretKeyParts`` (ignoring
    /// ASCII case), where `…tokens` (a count, `prompt_tokens`) is not a token.
    static func isSecretKey(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            for start in bytes.indices {
                guard let candidates = secretPartsByFirstByte[Int(bytes[start] | 0x20)] else { continue }
                for part in candidates where matchesIgnoringASCIICase(bytes, at: start, part) {
                    let end = start + part.count
                    if part == tokenPart, end < bytes.count, bytes[end] | 0x20 == UInt8(ascii: "s") { continue }
                    return true
                }
            }
            return false
        }
    }

    private static let tokenPart = Array("token".utf8)

    static let secretPartsByFirstByte: [[[UInt8]]?] = {
        var table = [[[UInt8]]?](repeating: nil, count: 256)
        for part in secretKeyParts { table[Int(part[0])] = (table[Int(part[0])] ?? []) + [part] }
        return table
    }()

    static let secretKeyParts = ["api_key", "apikey", "api-key", "authorization", "password", "passwd", "secret", "token", "cookie", "x-api-key"]
        .map { Array($0.utf8) }

    /// Secrets, then personal data, in any text.
    static func scrub(_ text: String) -> String {
        guard mightMatch(text) else { return text }
        return scrubWithPatterns(text)
    }

    /// ``scrub(_:)`` without the ``mightMatch(_:)`` shortcut.
    static func scrubWithPatterns(_ text: String) -> String {
        var text = text
        for pattern in patterns {
            text = pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: redacted)
        }
        return text
    }

    /// Whether any of ``patterns`` could match `text`: each needs one of these in it — an `@`
    /// (emails), a run of 9 digits, spaces or `().+-` (phone numbers), or one of
    /// ``triggers`` in any case. Non-ASCII bytes count as possible digits and spaces
    /// (the patterns' `\d` and `\s` are Unicode-aware). Most gateway-made values (paths, model
    /// and provider names, outcomes) have none, and skip the regular expressions.
    static func mightMatch(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ mightMatch(bytes: $0) }) { return answer }
        var text = text
        return text.withUTF8 { mightMatch(bytes: $0) }
    }

    /// ``mightMatch(_:)`` in one pass over the bytes: every event string goes through it, on the
    /// request's path.
    static func mightMatch(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        triggers.withUnsafeBufferPointer { triggers in
            byteTable.withUnsafeBufferPointer { byteTable in
                secondTable.withUnsafeBufferPointer { secondTable in
                    mightMatch(bytes: bytes, triggers: triggers, byteTable: byteTable, secondTable: secondTable)
                }
            }
        }
    }

    private static func mightMatch(
        bytes: UnsafeBufferPointer<UInt8>, triggers: UnsafeBufferPointer<StaticString>, byteTable: UnsafeBufferPointer<UInt32>,
        secondTable: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        var run = 0
        for start in bytes.indices {
            let entry = byteTable[Int(bytes[start])]
            if entry & Self.atSign != 0 { return true }
            if entry & Self.phoneByte != 0 {
                run += 1
                if run >= 9 { return true }
            } else {
                run = 0
            }
            // Each trigger is checked only where its first byte is and the next is its second
            // (most letters start none, or start one whose second byte does not follow). `| 0x20`
            // lowercases a letter and leaves every trigger's bytes (letters and `-`) as they are,
            // so a byte equal to one ignoring case always passes.
            var candidates = UInt16(truncatingIfNeeded: entry)
            guard candidates != 0 else { continue }
            candidates &= start + 1 < bytes.count ? secondTable[Int(bytes[start + 1] | 0x20)] : 0
            while candidates != 0 {
                let trigger = triggers[candidates.trailingZeroBitCount]
                candidates &= candidates - 1
                if matchesIgnoringASCIICase(bytes, at: start, trigger) { return true }
            }
        }
        return false
    }

    /// ``byteTable`` flags: the byte is `@`; the byte may be part of a phone number (a digit,
    /// space, `().+-`, or non-ASCII, which the patterns' Unicode-aware `\d` and `\s` may match).
    private static let atSign: UInt32 = 1 << 16
    private static let phoneByte: UInt32 = 1 << 17

    /// For each byte: the ``triggers`` starting with it ignoring case (the low 16 bits), and the
    /// ``atSign`` and ``phoneByte`` flags. One load per byte of text.
    static let byteTable: [UInt32] = (0...255).map { (byte: Int) -> UInt32 in
        var entry = UInt32(triggerTable[byte | 0x20])
        if byte == Int(UInt8(ascii: "@")) { entry |= atSign }
        switch UInt8(byte) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), 0x09...0x0D, 0x20, UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."),
            UInt8(ascii: "+"), UInt8(ascii: "-"), 0x80...0xFF:
            entry |= phoneByte
        default:
            break
        }
        return entry
    }

    /// For each (lowercase) byte, the ``triggers`` starting with it, as bits.
    static let triggerTable: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 256)
        for (index, trigger) in triggers.enumerated() { table[Int(trigger.utf8Start[0])] |= 1 << index }
        return table
    }()

    /// For each (lowercase) byte, the ``triggers`` whose second byte it is, as bits.
    static let secondTable: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 256)
        for (index, trigger) in triggers.enumerated() { table[Int(trigger.utf8Start[1])] |= 1 << index }
        return table
    }()

    /// Text every secret pattern contains (lowercase ASCII, compared ignoring ASCII case), each a
    /// static buffer: compared without touching an array per candidate.
    static let triggers: [StaticString] = [
        "bearer", "api", "password", "passwd", "secret", "token", "authorization", "k-", "gai-", "akia", "aiza", "eyj",
    ]

    static func matchesIgnoringASCIICase(_ haystack: UnsafeBufferPointer<UInt8>, at start: Int, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { matchesIgnoringASCIICase(haystack, at: start, $0) }
    }

    static func matchesIgnoringASCIICase(_ haystack: UnsafeBufferPointer<UInt8>, at start: Int, _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { matchesIgnoringASCIICase(haystack, at: start, $0) }
    }

    /// Whether `needle` (lowercase ASCII) is at `start`, ignoring ASCII case.
    static func matchesIgnoringASCIICase(_ haystack: UnsafeBufferPointer<UInt8>, at start: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start + needle.count <= haystack.count else { return false }
        for offset in 0..<needle.count {
            let byte = haystack[start + offset]
            if ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) != needle[offset] { return false }
        }
        return true
    }

    // Compiled once; the patterns are constants, so `try?` never fails here.
    static let patterns: [NSRegularExpression] = [
        #"(?i)bearer\s+[A-Za-z0-9._~+/=-]+"#,
        #"(?i)\b(?:api[_-]?key|password|passwd|secret|token|authorization)\b\s*[:=]\s*"?[^\s",;&]+"#,
        #"\b(?:sk|pk|rk|gai)-[A-Za-z0-9_-]{8,}"#,
        #"\bsk-ant-[A-Za-z0-9_-]{8,}"#,
        #"\bAKIA[0-9A-Z]{16}\b"#,
        #"\bAIza[0-9A-Za-z_-]{20,}"#,
        #"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"#,
        // Starts only where a run of address characters starts, and never backtracks into it:
        // a long run without an `@` costs one pass, not one per position.
        #"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#,
        // Bounded (phone numbers are short), so a long run of digits and spaces stays linear.
        #"(?<![\w])\+?\d[\d\s().-]{7,18}\d(?![\w])"#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }
}
