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
        var clean: [String: JSONValue] = [:]
        for (key, value) in payload {
            clean[key] = Self.isSecretKey(key) ? .string(Self.redacted) : scrub(value)
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
        case .string(let text): .string(Self.scrub(String(text.prefix(maxBytes))))
        case .array(let values): .array(values.prefix(maxBytes / 4).map(scrub))
        case .object(let object):
            .object(Dictionary(uniqueKeysWithValues: object.map { key, value in (key, Self.isSecretKey(key) ? .string(Self.redacted) : scrub(value)) }))
        default: value
        }
    }

    /// Cuts strings shorter (1,000, then 200, then 40 characters) until the encoded payload fits.
    func fit(_ payload: [String: JSONValue]) -> [String: JSONValue] {
        if Self.size(payload) <= maxBytes { return payload }
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

    static func size(_ payload: [String: JSONValue]) -> Int {
        (try? JSONEncoder().encode(JSONValue.object(payload)).count) ?? Int.max
    }

    static func isSecretKey(_ key: String) -> Bool {
        let lowered = key.lowercased()
        return secretKeyParts.contains { lowered.contains($0) }
    }

    static let secretKeyParts = ["api_key", "apikey", "api-key", "authorization", "password", "passwd", "secret", "token", "cookie", "x-api-key"]

    /// Secrets, then personal data, in any text.
    static func scrub(_ text: String) -> String {
        var text = text
        for pattern in patterns {
            text = pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: redacted)
        }
        return text
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
