/// A client-supplied deduplication key (`Idempotency-Key`, IETF draft, or `X-Idempotency-Key`).
///
/// Captured and carried on the request now; replay semantics arrive with the resilience work.
public struct IdempotencyKey: Sendable, Hashable, CustomStringConvertible {
    public let value: String

    public var description: String { value }

    /// The header names read, in order of preference.
    public static let headerNames = ["idempotency-key", "x-idempotency-key"]

    /// Accepts 1 to 255 visible ASCII characters; surrounding quotes (the draft's sf-string form) are removed.
    public init?(headerValue: some StringProtocol) {
        var text = Substring(headerValue)
        if text.count >= 2, text.first == "\"", text.last == "\"" {
            text = text.dropFirst().dropLast()
        }
        guard !text.isEmpty, text.utf8.count <= 255, text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        self.value = String(text)
    }
}
