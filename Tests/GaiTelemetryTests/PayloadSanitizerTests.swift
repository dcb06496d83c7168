import Foundation
import GaiCore
@testable import GaiTelemetry
import Testing

@Suite("PayloadSanitizer")
struct PayloadSanitizerTests {
    static let secrets = [
        "sk-proj-Abc123def456GHI789jkl", "gai-sAB2qgXyZ0123456789abcdEFGHij", "AKIAIOSFODNN7EXAMPLE", "sk-ant-api03-abcdefGHIJKL",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "AIzaSyA-1234567890abcdefghijk",
    ]
    static let personal = ["ada.lovelace@example.com", "+1 (415) 555-0132", "030 1234 5678"]

    @Test("no secret or personal pattern survives, wherever it hides (500 random payloads)")
    func nothingSurvives() throws {
        var random = SplitMix64(seed: 42)
        let sanitizer = PayloadSanitizer()
        let filler = ["the model said", "request failed:", "retrying", "ok", "{\"a\":1}", "line\nbreak", "ünïcödé ✓"]
        for _ in 0..<500 {
            let planted = (Self.secrets + Self.personal).randomElement(using: &random) ?? ""
            let prefix = filler.randomElement(using: &random) ?? ""
            let wrap = ["\(prefix) \(planted)", "Authorization: Bearer \(planted)", "api_key=\(planted)&x=1", "\(planted)", "x \(planted) y"]
            let text = wrap.randomElement(using: &random) ?? planted
            var payload: [String: JSONValue] = ["message": .string(text), "nested": .object(["deep": .array([.string(text)])])]
            if Bool.random(using: &random) { payload["password"] = .string("hunter2") }
            let clean = sanitizer.sanitize(payload)
            let encoded = String(decoding: try JSONEncoder().encode(JSONValue.object(clean)), as: UTF8.self)
            #expect(!encoded.contains(planted), "\(text) → \(encoded)")
            #expect(!encoded.contains("hunter2"))
        }
    }

    @Test("bounds always hold: message 500, preview 100, frames 10, whole payload 10 KB")
    func bounds() throws {
        var random = SplitMix64(seed: 7)
        let sanitizer = PayloadSanitizer()
        for _ in 0..<100 {
            let length = Int.random(in: 0...12_000, using: &random)
            let big = String(repeating: "x", count: length)
            let frames = (0..<Int.random(in: 0...40, using: &random)).map { JSONValue.string("frame \($0)") }
            let extra = (0..<Int.random(in: 0...8, using: &random)).map { ("field\($0)", JSONValue.string(big)) }
            var payload = Dictionary(uniqueKeysWithValues: extra)
            payload["error_message"] = .string(big)
            payload["input_preview"] = .string(big)
            payload["stack_frames"] = .array(frames)
            let clean = sanitizer.sanitize(payload)
            let size = try JSONEncoder().encode(JSONValue.object(clean)).count
            #expect(size <= 10 * 1024)
            if case .string(let message)? = clean["error_message"] { #expect(message.count <= 500) }
            if case .string(let preview)? = clean["input_preview"] { #expect(preview.count <= 100) }
            if case .array(let kept)? = clean["stack_frames"] { #expect(kept.count <= 10) }
        }
    }

    @Test("long runs that almost match a pattern stay linear (no regex backtracking blow-up)")
    func noBlowUp() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for text in [String(repeating: "a", count: 10_000), String(repeating: "1 ", count: 5_000), "eyJ" + String(repeating: "a", count: 10_000)] {
                _ = PayloadSanitizer().sanitize(["text": .string(text)])
            }
        }
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }

    @Test("ordinary text is left alone")
    func ordinaryText() {
        let payload: [String: JSONValue] = ["model": .string("gpt-4o-mini"), "status": .int(200), "note": .string("retry 2 of 3 after 250 ms")]
        #expect(PayloadSanitizer().sanitize(payload) == payload)
    }

    @Test("the shortcut for text no pattern can match never changes a result (5,000 random strings)")
    func shortcutAgreesWithThePatterns() {
        var random = SplitMix64(seed: 99)
        let pieces = [
            "a", "Z", "0", "7", " ", "-", "+", "(", ")", ".", "@", "_", "/", "k", "sk", "pk-", "gai", "AKIA", "AIza", "eyJ", "Bearer",
            "bearer ", "api", "KEY", "key=", "password", "token:", "secret", "ü", "✓", "\u{00A0}", "\t", "example.com", "415",
            "2024-08-06", "gpt-4o-mini", "/v1/chat/completions", "mock/echo",
        ]
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            #expect(PayloadSanitizer.scrub(text) == PayloadSanitizer.scrubWithPatterns(text), "\(text)")
        }
    }

    /// ``PayloadSanitizer/mightMatch(_:)`` as its documentation states it, byte by byte with
    /// no tables: the reference the fast version is checked against.
    static func mightMatchReference(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        if bytes.contains(UInt8(ascii: "@")) { return true }
        var run = 0
        for byte in bytes {
            let phone = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (0x09...0x0D).contains(byte) || byte >= 0x80
                || Array(" ().+-".utf8).contains(byte)
            run = phone ? run + 1 : 0
            if run >= 9 { return true }
        }
        let lowered = bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        return PayloadSanitizer.triggers.contains { trigger in
            let needle = trigger.withUTF8Buffer { Array($0) }
            guard needle.count <= lowered.count else { return false }
            return (0...(lowered.count - needle.count)).contains { Array(lowered[$0..<($0 + needle.count)]) == needle }
        }
    }

    @Test("the shortcut's byte and second-byte tables answer as a plain search would (20,000 random strings)")
    func shortcutTablesAgreeWithAPlainSearch() {
        var random = SplitMix64(seed: 2024)
        // Every trigger in both cases and split across pieces, near-misses (first byte right,
        // second wrong), digits and separators around the phone-run limit, non-ASCII.
        let pieces = [
            "b", "B", "be", "bE", "arer", "Bearer", "a", "A", "ap", "aP", "i", "pi", "akia", "AKI", "aiz", "AIZA", "p", "pa", "PAss",
            "word", "passwd", "se", "cret", "SECRET", "to", "ken", "TOKEN", "auth", "orization", "k", "K", "-", "k-", "K-", "g", "ga",
            "gai", "GAI-", "e", "ey", "EYJ", "y", "j", "0", "12345678", "9", " ", "(", ")", ".", "+", "\t", "\n", "é", "😀", "@", "x",
            "/v1/chat/completions", "gpt-4o-mini",
        ]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            #expect(PayloadSanitizer.mightMatch(text) == Self.mightMatchReference(text), "\(text)")
        }
    }

    @Test("gateway-made values take the shortcut", arguments: ["/v1/chat/completions", "gpt-4o-mini", "mock/echo", "provider_unavailable", "POST"])
    func plainValuesSkipThePatterns(text: String) {
        #expect(!PayloadSanitizer.mightMatch(text))
    }

    @Test(
        "integers are written as Swift prints them",
        arguments: [0, 1, 9, 10, 11, 99, 100, 101, 999, 1_000, 12_345, 1_763_851_200_123, -1, -10, -99, -100, Int64.max, Int64.min, Int64.max - 1])
    func integers(number: Int64) {
        let event = ObservabilityEvent(type: .cacheHit, timestamp: number, correlationID: "c", spanID: "s", payload: ["n": .int(number)])
        #expect(event.jsonLine.contains(#""payload":{"n":\#(number)}"#))
        #expect(event.jsonLine.contains(#""timestamp":\#(number),"#))
    }

    @Test("an event's hand-written JSON line is what JSONEncoder would write, keys sorted")
    func jsonLineMatchesEncoder() throws {
        let event = ObservabilityEvent(
            type: .attemptFailed, timestamp: 1_763_851_200_123, correlationID: "0193a5e4-7c2b-7d41-9f3e-2a6b8c1d0e5f", spanID: "attempt-1",
            parentSpanID: "req", traceID: "4bf92f3577b34da6a3ce929d0e0e4736",
            payload: [
                "deployment": .string("mock/echo"), "duration_ms": .double(0.25), "whole": .double(12), "n": .int(-3), "ok": .bool(true),
                "nothing": .null, "quote": .string("say \"hi\"\n\\ ü"), "list": .array([.int(1), .string("x")]),
                "nested": .object(["b": .int(2), "a": .int(1)]),
            ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = try JSONSerialization.jsonObject(with: encoder.encode(event)) as? NSDictionary
        let actual = try JSONSerialization.jsonObject(with: Data(event.jsonLine.utf8)) as? NSDictionary
        #expect(actual == expected)
        #expect(event.jsonLine.hasPrefix(#"{"correlation_id":"0193a5e4-7c2b-7d41-9f3e-2a6b8c1d0e5f","parent_span_id":"req","payload":{"deployment":"#))
        #expect(event.jsonLine.hasSuffix(#""trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","type":"attempt_failed"}"#))
    }

    @Test(
        "token counts are kept, tokens are not",
        arguments: [
            ("prompt_tokens", false), ("completion_tokens", false), ("max_tokens", false), ("access_token", true), ("x-auth-token", true),
            ("token", true), ("Token", true), ("api_key", true), ("model", false), ("path", false),
        ])
    func secretKeys(key: String, secret: Bool) {
        #expect(PayloadSanitizer.isSecretKey(key) == secret)
        #expect(PayloadSanitizer.isSecretKey(key) == secret, "memoized answer")
        let clean = PayloadSanitizer().sanitize([key: .int(42)])
        #expect((clean[key] == .int(42)) == !secret)
    }
}
