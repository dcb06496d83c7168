import Foundation
import GaiCore
import Testing

@Suite("RequestID")
struct RequestIDTests {
    /// Checks the RFC 9562 layout and returns the 48-bit timestamp.
    static func checkUUIDv7(_ value: String, sourceLocation: SourceLocation = #_sourceLocation) -> UInt64? {
        let characters = Array(value)
        guard characters.count == 36 else {
            Issue.record("\(value) is not 36 characters", sourceLocation: sourceLocation)
            return nil
        }
        for (index, character) in characters.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                #expect(character == "-", "position \(index) of \(value)", sourceLocation: sourceLocation)
            } else {
                #expect("0123456789abcdef".contains(character), "position \(index) of \(value)", sourceLocation: sourceLocation)
            }
        }
        #expect(characters[14] == "7", "version nibble of \(value)", sourceLocation: sourceLocation)
        #expect("89ab".contains(characters[19]), "variant nibble of \(value)", sourceLocation: sourceLocation)
        let hex = String(characters[0..<8]) + String(characters[9..<13])
        return UInt64(hex, radix: 16)
    }

    @Test(
        "a v7 id has the RFC 9562 layout and encodes the given milliseconds",
        arguments: [0, 1, 1_700_000_000_123, 1_741_569_952_000, 0xFFFF_FFFF_FFFF] as [UInt64])
    func layout(milliseconds: UInt64) {
        var generator = SplitMix64(seed: milliseconds)
        let id = RequestID(uuidV7At: milliseconds, using: &generator)
        #expect(Self.checkUUIDv7(id.value) == milliseconds)
        #expect(id.description == id.value)
    }

    @Test("the layout holds whatever the random bits are")
    func layoutUnderAllRandomBits() {
        struct Constant: RandomNumberGenerator {
            var value: UInt64
            mutating func next() -> UInt64 { value }
        }
        for bits in [0, .max, 0xAAAA_AAAA_AAAA_AAAA, 0x5555_5555_5555_5555] as [UInt64] {
            var generator = Constant(value: bits)
            let id = RequestID(uuidV7At: 1_700_000_000_000, using: &generator)
            #expect(Self.checkUUIDv7(id.value) == 1_700_000_000_000)
        }
    }

    @Test("a seeded generator gives the same id; another seed a different one")
    func deterministic() {
        var first = SplitMix64(seed: 42)
        var second = SplitMix64(seed: 42)
        var third = SplitMix64(seed: 43)
        let a = RequestID(uuidV7At: 1_700_000_000_000, using: &first)
        let b = RequestID(uuidV7At: 1_700_000_000_000, using: &second)
        let c = RequestID(uuidV7At: 1_700_000_000_000, using: &third)
        #expect(a == b)
        #expect(a != c)
        #expect(a.value.prefix(13) == c.value.prefix(13))
    }

    @Test("the known seed gives a known id (pins the bit layout)")
    func knownValue() {
        struct Counter: RandomNumberGenerator {
            var value: UInt64 = 0x0123_4567_89AB_CDEF
            mutating func next() -> UInt64 {
                defer { value = ~value }
                return value
            }
        }
        var generator = Counter()
        let id = RequestID(uuidV7At: 0x0189_ABCD_EF01, using: &generator)
        // rand_a = low 12 bits of 0x0123456789ABCDEF = 0xDEF; rand_b from ~that with the variant forced to 10.
        #expect(id.value == "0189abcd-ef01-7def-bedc-ba9876543210")
    }

    @Test("ids made at increasing times sort in time order")
    func monotonicPrefix() {
        var generator = SplitMix64(seed: 7)
        let times: [UInt64] = [1_700_000_000_000, 1_700_000_000_001, 1_700_000_000_255, 1_700_000_000_256, 1_700_000_065_536, 1_800_000_000_000]
        let ids = times.map { RequestID(uuidV7At: $0, using: &generator).value }
        #expect(ids.map { $0.prefix(13) } == ids.map { $0.prefix(13) }.sorted())
        #expect(Set(ids.map { $0.prefix(13) }).count == times.count)
        #expect(ids == ids.sorted())
    }

    @Test("new ids are v7 and unique")
    func fresh() {
        let ids = (0..<100).map { _ in RequestID() }
        #expect(Set(ids).count == 100)
        let before = UInt64(Date().timeIntervalSince1970 * 1000)
        let stamp = Self.checkUUIDv7(ids[0].value)
        #expect(stamp.map { $0 <= before && before - $0 < 60_000 } == true)
    }

    struct ClientValue: Sendable, CustomTestStringConvertible {
        var value: String
        var accepted: Bool
        var testDescription: String { "\(accepted ? "accepts" : "rejects") \(value.debugDescription.prefix(40)) (\(value.utf8.count) bytes)" }
    }

    static let clientValues: [ClientValue] = [
        ClientValue(value: "req-123", accepted: true),
        ClientValue(value: "0189abcd-ef01-7def-bedc-ba9876543210", accepted: true),
        ClientValue(value: "a", accepted: true),
        ClientValue(value: String(repeating: "x", count: 128), accepted: true),
        ClientValue(value: "!~{}[]|@#$%^&*()_+=:;'\"<>,.?/`\\", accepted: true),
        ClientValue(value: "", accepted: false),
        ClientValue(value: String(repeating: "x", count: 129), accepted: false),
        ClientValue(value: "has space", accepted: false),
        ClientValue(value: " leading", accepted: false),
        ClientValue(value: "tab\there", accepted: false),
        ClientValue(value: "new\nline", accepted: false),
        ClientValue(value: "cr\rlf", accepted: false),
        ClientValue(value: "nul\u{0}byte", accepted: false),
        ClientValue(value: "del\u{7F}", accepted: false),
        ClientValue(value: "café", accepted: false),
        ClientValue(value: "emoji-🙂", accepted: false),
    ]

    @Test("client-supplied ids are accepted only when they are sane tokens", arguments: clientValues)
    func clientValue(_ testCase: ClientValue) {
        let id = RequestID(clientValue: testCase.value)
        if testCase.accepted {
            #expect(id?.value == testCase.value)
        } else {
            #expect(id == nil)
        }
    }

    @Test("a client id given as a substring is copied")
    func substring() {
        let header = "  abc  "
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        #expect(RequestID(clientValue: trimmed[...])?.value == "abc")
    }
}

@Suite("IdempotencyKey")
struct IdempotencyKeyTests {
    @Test("the header names, in order of preference")
    func headerNames() {
        #expect(IdempotencyKey.headerNames == ["idempotency-key", "x-idempotency-key"])
    }

    @Test(
        "header values are accepted, unquoted, or rejected",
        arguments: [
            ("8e03978e-40d5-43e8-bc93-6894a57f9324", "8e03978e-40d5-43e8-bc93-6894a57f9324"),
            (#""8e03978e-40d5-43e8-bc93-6894a57f9324""#, "8e03978e-40d5-43e8-bc93-6894a57f9324"),
            (#""a""#, "a"),
            ("k", "k"),
            (#"""#, #"""#),
            (#"a""#, #"a""#),
            (#""a"#, #""a"#),
            (String(repeating: "k", count: 255), String(repeating: "k", count: 255)),
            ("\"" + String(repeating: "k", count: 255) + "\"", String(repeating: "k", count: 255)),
            ("", nil),
            (#""""#, nil),
            (String(repeating: "k", count: 256), nil),
            ("\"" + String(repeating: "k", count: 256) + "\"", nil),
            ("two words", nil),
            (#""two words""#, nil),
            ("tab\t", nil),
            ("ключ", nil),
        ] as [(String, String?)])
    func headerValue(header: String, expected: String?) {
        #expect(IdempotencyKey(headerValue: header)?.value == expected)
        #expect(IdempotencyKey(headerValue: header)?.description == expected)
    }
}
