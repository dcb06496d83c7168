import Foundation

/// Removes credentials from text that Gai keeps after a request ends (the dead-letter queue,
/// diagnostics), so that stored data never holds a usable key.
///
/// It errs on the side of redacting: a prompt that happens to contain a string shaped like a key
/// loses that string, which is cheaper than keeping one real key.
public enum SecretRedactor {
    /// What every secret is replaced with.
    public static let placeholder = "[REDACTED]"

    /// Member names whose values are secrets whatever they hold (compared case-insensitively).
    static let secretKeys: Set<String> = [
        "api_key", "apikey", "api-key", "authorization", "password", "secret", "token",
        "access_token", "refresh_token", "client_secret", "x-api-key",
    ]

    /// A request body as JSON text with sorted keys, secrets replaced by ``placeholder``.
    ///
    /// Members named like credentials (``secretKeys``, or any name containing `secret` or
    /// `password`) lose their whole value; every other string is passed through ``redact(_:)``.
    /// A body that is not JSON is never returned raw, since nothing could be redacted from it
    /// reliably: the result is then `[unparseable body: N bytes]`.
    public static func redactJSONBody(_ bytes: some Collection<UInt8>) -> String {
        let data = Data(bytes)
        guard let value = try? GaiJSON.makeDecoder().decode(JSONValue.self, from: data),
            let encoded = try? GaiJSON.makeEncoder().encode(redacted(value)),
            let text = String(data: encoded, encoding: .utf8)
        else {
            return "[unparseable body: \(data.count) bytes]"
        }
        return text
    }

    /// `text` with every secret-shaped token replaced by ``placeholder``.
    ///
    /// Recognized: OpenAI and Anthropic keys (`sk-…`, `sk-ant-…`) and Gai virtual keys (`gai-…`)
    /// of 20 or more characters, `Bearer <token>` (the word `Bearer` is kept), AWS access key ids
    /// (`AKIA` + 16) and Google API keys (`AIza` + 35).
    public static func redact(_ text: String) -> String {
        let input = Array(text.utf8)
        var output: [UInt8] = []
        var changed = false
        var index = 0
        while index < input.count {
            if startsToken(input, at: index), let match = matchSecret(input, at: index) {
                output.append(contentsOf: input[index..<match.secretStart])
                output.append(contentsOf: placeholder.utf8)
                index = match.end
                changed = true
            } else {
                output.append(input[index])
                index += 1
            }
        }
        // Only ASCII runs are replaced, so the bytes stay valid UTF-8.
        return changed ? String(decoding: output, as: UTF8.self) : text
    }

    static func redacted(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text):
            return .string(redact(text))
        case .array(let items):
            return .array(items.map(redacted))
        case .object(let members):
            var result: [String: JSONValue] = [:]
            for (key, member) in members {
                result[key] = isSecretKey(key) ? .string(placeholder) : redacted(member)
            }
            return .object(result)
        case .null, .bool, .int, .double:
            return value
        }
    }

    static func isSecretKey(_ key: String) -> Bool {
        let lowered = key.lowercased()
        return secretKeys.contains(lowered) || lowered.contains("secret") || lowered.contains("password")
    }
}

extension SecretRedactor {
    /// Where a secret starts (after any prefix kept, such as `Bearer `) and where it ends.
    struct Match {
        var secretStart: Int
        var end: Int
    }

    private static let minimumKeyLength = 20
    private static let minimumBearerTokenLength = 8

    /// Keys are only recognized at the start of a token, so `task-…` is not read as `sk-…`.
    static func startsToken(_ bytes: [UInt8], at index: Int) -> Bool {
        index == 0 || !isKeyCharacter(bytes[index - 1])
    }

    static func matchSecret(_ bytes: [UInt8], at index: Int) -> Match? {
        if hasPrefix(bytes, at: index, "sk-") || hasPrefix(bytes, at: index, "gai-") {
            let end = scan(bytes, from: index, while: isKeyCharacter)
            return end - index >= minimumKeyLength ? Match(secretStart: index, end: end) : nil
        }
        if hasPrefix(bytes, at: index, "AKIA") {
            return fixedLength(bytes, at: index, prefixLength: 4, bodyLength: 16) { isDigit($0) || isUppercase($0) }
        }
        if hasPrefix(bytes, at: index, "AIza") {
            return fixedLength(bytes, at: index, prefixLength: 4, bodyLength: 35, isKeyCharacter)
        }
        return matchBearer(bytes, at: index)
    }

    private static func matchBearer(_ bytes: [UInt8], at index: Int) -> Match? {
        guard hasPrefix(bytes, at: index, "bearer", caseInsensitive: true) else { return nil }
        let tokenStart = scan(bytes, from: index + 6) { $0 == 0x20 || $0 == 0x09 }
        guard tokenStart > index + 6 else { return nil }
        let end = scan(bytes, from: tokenStart, while: isBearerTokenCharacter)
        guard end - tokenStart >= minimumBearerTokenLength else { return nil }
        return Match(secretStart: tokenStart, end: end)
    }

    private static func fixedLength(
        _ bytes: [UInt8], at index: Int, prefixLength: Int, bodyLength: Int, _ allowed: (UInt8) -> Bool
    ) -> Match? {
        let end = index + prefixLength + bodyLength
        guard end <= bytes.count, bytes[(index + prefixLength)..<end].allSatisfy(allowed) else { return nil }
        return Match(secretStart: index, end: end)
    }

    private static func hasPrefix(_ bytes: [UInt8], at index: Int, _ prefix: StaticString, caseInsensitive: Bool = false) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { expected in
            for offset in 0..<count {
                var byte = bytes[index + offset]
                if caseInsensitive, isUppercase(byte) { byte |= 0x20 }
                if byte != expected[offset] { return false }
            }
            return true
        }
    }

    private static func scan(_ bytes: [UInt8], from start: Int, while predicate: (UInt8) -> Bool) -> Int {
        var index = start
        while index < bytes.count, predicate(bytes[index]) { index += 1 }
        return index
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isLowercase(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    /// `[A-Za-z0-9_-]`: the alphabet of vendor keys.
    static func isKeyCharacter(_ byte: UInt8) -> Bool {
        isDigit(byte) || isUppercase(byte) || isLowercase(byte) || byte == 0x5F || byte == 0x2D
    }

    /// RFC 6750's b64token alphabet, plus `=` padding.
    private static func isBearerTokenCharacter(_ byte: UInt8) -> Bool {
        isKeyCharacter(byte) || byte == 0x2E || byte == 0x7E || byte == 0x2B || byte == 0x2F || byte == 0x3D
    }
}
