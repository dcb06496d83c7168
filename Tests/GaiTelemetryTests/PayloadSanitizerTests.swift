import Foundation
import GaiCore
import GaiTelemetry
import Testing

/// SplitMix64: deterministic randomness for the property tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("PayloadSanitizer")
struct PayloadSanitizerTests {
    static let secrets = [
        "sk-proj-Abc123def456GHI789jkl", "gai-sAB2qgXyZ0123456789abcdEFGHij", "AKIAIOSFODNN7EXAMPLE", "sk-ant-api03-abcdefGHIJKL",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "AIzaSyA-1234567890abcdefghijk",
    ]
    static let personal = ["ada.lovelace@example.com", "+1 (415) 555-0132", "030 1234 5678"]

    @Test("no secret or personal pattern survives, wherever it hides (500 random payloads)")
    func nothingSurvives() throws {
        var random = SeededGenerator(state: 42)
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
        var random = SeededGenerator(state: 7)
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
}
