import GaiCore
import Testing

@testable import GaiTelemetry

/// Milliseconds written directly from whole microseconds must be the number the dictionary path
/// writes for the same duration: consumers see one format whichever path wrote the event.
@Suite("Event payloads: milliseconds")
struct EventPayloadWriterTests {
    static let durations: [Duration] = [
        .zero, .nanoseconds(999), .microseconds(1), .microseconds(10), .microseconds(100), .microseconds(709), .microseconds(999),
        .milliseconds(1), .microseconds(1_001), .microseconds(1_010), .microseconds(1_100), .microseconds(12_500),
        .microseconds(709_189), .seconds(3), .seconds(86_400) + .microseconds(1), .microseconds(-5), .seconds(-2),
    ]

    func directPayload(_ duration: Duration) throws -> String {
        let event = try #require(
            EncodedEvent(type: .responseCompleted, timestamp: 1, correlationID: "c", spanID: "req", maxPayloadBytes: 10_240) { payload in
                payload.member("latency_ms", milliseconds: duration)
            })
        return event.payloadJSON
    }

    func dictionaryPayload(_ duration: Duration) -> String {
        let event = ObservabilityEvent(
            type: .responseCompleted, timestamp: 1, correlationID: "c", spanID: "req",
            payload: ["latency_ms": .double(EventPayloadWriter.milliseconds(duration))])
        return PayloadSanitizer().encode(event).payloadJSON
    }

    @Test("the same text as the dictionary path's number", arguments: durations)
    func matchesDictionaryPath(duration: Duration) throws {
        #expect(try directPayload(duration) == dictionaryPayload(duration))
    }

    @Test("10,000 random microsecond counts, the same text as the dictionary path's number")
    func randomDurationsMatch() throws {
        var random = SplitMix64(seed: 7)
        for _ in 0..<10_000 {
            let duration = Duration.microseconds(Int64(random.next() % 100_000_000_000))
            #expect(try directPayload(duration) == dictionaryPayload(duration))
        }
    }

    @Test("whole microseconds, trailing zeros dropped", arguments: [
        (Duration.microseconds(709), #"{"latency_ms":0.709}"#), (.microseconds(12_500), #"{"latency_ms":12.5}"#),
        (.seconds(3), #"{"latency_ms":3000}"#), (.nanoseconds(1_999), #"{"latency_ms":0.001}"#), (.seconds(-1), #"{"latency_ms":0}"#),
    ])
    func text(duration: Duration, expected: String) throws {
        #expect(try directPayload(duration) == expected)
    }
}

/// A recurring value's remembered literal must be exactly what writing the value afresh gives —
/// sanitized the same — whatever came before it in its slot.
@Suite("Event payloads: recurring values")
struct RecurringEventValuesTests {
    static let pool = [
        "gpt-4o-mini", "/v1/chat/completions", "openai", "alice@example.com", "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789",
        "call +1 (555) 123-4567 now", "tab\tand \"quote\" and \\", "ünïcödé-model", "", "POST", "Bearer abc.def.ghi",
        String(repeating: "long-model-name-", count: 8),
    ]

    /// The payload `value` gets written plainly, with a fresh writer and no memo.
    func plain(_ value: String) -> String? {
        EncodedEvent(type: .responseCompleted, timestamp: 1, correlationID: "c", spanID: "req", maxPayloadBytes: 10_240) { payload in
            payload.member("model", value)
        }?.payloadJSON
    }

    /// The payload `value` gets written as a recurring value in `slot` of `memo`.
    func recurring(_ value: String, slot: Int, memo: inout RecurringBytes, maxPayloadBytes: Int = 10_240) -> String? {
        var out = JSONBytes()
        let layout = EventPayloadWriter.writeLine(
            type: .responseCompleted, timestamp: 1, correlationID: "c", spanID: "req", parentSpanID: nil, traceID: nil,
            maxPayloadBytes: maxPayloadBytes, into: &out, recurring: &memo
        ) { payload in
            payload.member("model", recurring: value, slot: slot)
        }
        return layout.map { String(decoding: out.bytes[$0.payload], as: UTF8.self) }
    }

    @Test("each value, first and again, writes what a fresh writer writes; secrets never come back")
    func sameAsPlain() throws {
        var memo = RecurringBytes()
        for value in Self.pool {
            let expected = try #require(plain(value))
            #expect(recurring(value, slot: 2, memo: &memo) == expected, "first: \(value)")
            #expect(recurring(value, slot: 2, memo: &memo) == expected, "again: \(value)")
        }
        #expect(plain("alice@example.com")?.contains("alice") == false)
        #expect(recurring("alice@example.com", slot: 2, memo: &memo)?.contains("alice") == false)
    }

    @Test("2,000 random values over every slot and one past them: always what a fresh writer writes")
    func randomSequence() throws {
        var random = SplitMix64(seed: 99)
        var memo = RecurringBytes()
        for _ in 0..<2_000 {
            let value = Self.pool[Int(random.next() % UInt64(Self.pool.count))]
            let slot = Int(random.next() % UInt64(RecurringBytes.slots + 2)) - 1
            #expect(recurring(value, slot: slot, memo: &memo) == plain(value), "\(value) in slot \(slot)")
        }
    }

    @Test("a value too long for the direct form gives the line up, and is not remembered")
    func oversizedIsNotRemembered() {
        var memo = RecurringBytes()
        let long = String(repeating: "m", count: 300)
        #expect(recurring(long, slot: 0, memo: &memo, maxPayloadBytes: 200) == nil)
        #expect(recurring(long, slot: 0, memo: &memo, maxPayloadBytes: 200) == nil)
        #expect(recurring("gpt-4o", slot: 0, memo: &memo, maxPayloadBytes: 200) == #"{"model":"gpt-4o"}"#)
        #expect(!memo.withRemembered(long, slot: 0) { _ in })
    }
}

@Suite("Event payloads: members staged with their keys")
struct StagedMemberTests {
    static let keys: [StaticString] = ["a", "status", "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk", "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"]

    @Test("every member kind, with short, limit-length and over-limit keys, reads back as the dictionary path writes it", arguments: 0..<4)
    func membersMatchDictionaryPath(keyIndex: Int) throws {
        let key = Self.keys[keyIndex]
        let name = key.description
        let long = String(repeating: "v", count: 70)
        let cases: [(JSONValue, (inout EventPayloadWriter) -> Void)] = [
            (.int(0), { $0.member(key, 0) }), (.int(-42), { $0.member(key, -42) }), (.int(Int64(Int.max)), { $0.member(key, Int.max) }),
            (.bool(true), { $0.member(key, true) }), (.bool(false), { $0.member(key, false) }),
            (.double(EventPayloadWriter.milliseconds(.microseconds(86_400_000_001))), { $0.member(key, milliseconds: .microseconds(86_400_000_001)) }),
            (.double(0.709), { $0.member(key, milliseconds: .microseconds(709)) }),
            (.string("gpt-4o"), { $0.member(key, recurring: "gpt-4o", slot: 1) }), (.string(long), { $0.member(key, recurring: long, slot: 1) }),
        ]
        for (value, write) in cases {
            var memo = RecurringBytes()
            for _ in 0..<2 {  // the second time from the memo, where it applies
                var out = JSONBytes()
                let layout = try #require(
                    EventPayloadWriter.writeLine(
                        type: .cacheHit, timestamp: 1, correlationID: "c", spanID: "s", parentSpanID: nil, traceID: nil, maxPayloadBytes: 10_240,
                        into: &out, recurring: &memo, payload: write))
                let expected = PayloadSanitizer().encode(
                    ObservabilityEvent(type: .cacheHit, timestamp: 1, correlationID: "c", spanID: "s", payload: [name: value]))
                #expect(String(decoding: out.bytes[layout.payload], as: UTF8.self) == expected.payloadJSON, "\(name.utf8.count)-byte key, \(value)")
            }
        }
    }
}

/// Members are composed in a pending run and appended together; whatever the mix and length of
/// members (past the run's 512 bytes, keys too long to stage, values written straight), the
/// payload must be the dictionary path's.
@Suite("Event payloads: the pending run")
struct PendingRunTests {
    static let keys: [StaticString] = [
        "k00", "k01", "k02", "k03", "k04", "k05", "k06", "k07", "k08", "k09", "k10", "k11", "k12", "k13", "k14", "k15",
        "k16_a_key_long_enough_not_to_be_staged_with_its_value_at_all_0123456789", "k17", "k18", "k19",
    ]
    static let strings = ["gpt-4o-mini", "", "tab\tand \"quote\" and \\", "ünïcödé", String(repeating: "x", count: 90), "/v1/chat/completions"]

    @Test("2,000 random payloads of up to 20 members of every kind: the dictionary path's JSON")
    func randomPayloads() throws {
        var random = SplitMix64(seed: 11)
        var memo = RecurringBytes()
        for round in 0..<2_000 {
            var dictionary: [String: JSONValue] = [:]
            var members: [(Int, Int, Int)] = []  // key index, kind, value index
            for index in Self.keys.indices where random.next() % 3 != 0 {
                members.append((index, Int(random.next() % 6), Int(random.next() % UInt64(Self.strings.count))))
            }
            for (key, kind, value) in members {
                let name = Self.keys[key].description
                switch kind {
                case 0, 1: dictionary[name] = .string(Self.strings[value])
                case 2: dictionary[name] = .int(Int64(value * 1_000_003 - 7))
                case 3: dictionary[name] = .bool(value % 2 == 0)
                case 4: dictionary[name] = .double(EventPayloadWriter.milliseconds(.microseconds(value * 12_345)))
                default: dictionary[name] = .double(Double(value) / 8)
                }
            }
            var lineMemo = RecurringBytes()
            swap(&lineMemo, &memo)
            var out = JSONBytes()
            let layout = EventPayloadWriter.writeLine(
                type: .responseCompleted, timestamp: 1, correlationID: "c", spanID: "req", parentSpanID: nil, traceID: nil,
                maxPayloadBytes: 10_240, into: &out, recurring: &lineMemo
            ) { payload in
                for (key, kind, value) in members {
                    switch kind {
                    case 0: payload.member(Self.keys[key], Self.strings[value])
                    case 1: payload.member(Self.keys[key], recurring: Self.strings[value], slot: key % RecurringBytes.slots)
                    case 2: payload.member(Self.keys[key], value * 1_000_003 - 7)
                    case 3: payload.member(Self.keys[key], value % 2 == 0)
                    case 4: payload.member(Self.keys[key], milliseconds: .microseconds(Int64(value * 12_345)))
                    default: payload.member(Self.keys[key], Double(value) / 8)
                    }
                }
            }
            swap(&lineMemo, &memo)
            let written = try #require(layout)
            let expected = PayloadSanitizer().encode(
                ObservabilityEvent(type: .responseCompleted, timestamp: 1, correlationID: "c", spanID: "req", payload: dictionary)).payloadJSON
            #expect(String(decoding: out.bytes[written.payload], as: UTF8.self) == expected, "round \(round)")
        }
    }
}
