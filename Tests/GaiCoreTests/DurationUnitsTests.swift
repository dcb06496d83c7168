import GaiCore
import Testing

/// Whole microseconds and nanoseconds of a `Duration`: the fast path (attoseconds within an
/// `Int64`) and the 128-bit one must agree with plain arithmetic on the exact attoseconds.
@Suite("Duration in whole units")
struct DurationUnitsTests {
    /// The reference: exact attoseconds divided, truncated toward zero, saturated at `Int64`.
    static func reference(_ duration: Duration, per unit: Int128) -> Int64 {
        let whole = duration.attoseconds / unit
        return whole > Int128(Int64.max) ? .max : whole < Int128(Int64.min) ? .min : Int64(whole)
    }

    static let edges: [Duration] = [
        .zero, .nanoseconds(1), .nanoseconds(-1), .nanoseconds(999), .nanoseconds(1_000), .nanoseconds(-1_999), .microseconds(709),
        .milliseconds(12), .seconds(9), .seconds(9) + .milliseconds(223), .seconds(9) + .milliseconds(224), .seconds(-10), .seconds(86_400),
        .seconds(Int64.max / 1_000_000_000), .seconds(Int64.max / 1_000_000) + .seconds(1), .seconds(Int64.max), .seconds(Int64.min),
        Duration(attoseconds: Int128(Int64.max)), Duration(attoseconds: Int128(Int64.max) + 1), Duration(attoseconds: Int128(Int64.min)),
        Duration(attoseconds: Int128(Int64.min) - 1),
    ]

    @Test("edges: zero, signs, the Int64 attosecond boundary (about 9.2 s), saturation", arguments: edges)
    func edgesMatchReference(duration: Duration) {
        #expect(duration.wholeMicroseconds == Self.reference(duration, per: 1_000_000_000_000))
        #expect(duration.wholeNanoseconds == Self.reference(duration, per: 1_000_000_000))
    }

    @Test("10,000 random durations from nanoseconds to centuries, either sign")
    func randomMatchReference() {
        var random = SplitMix64(seed: 17)
        for _ in 0..<10_000 {
            let magnitude = Int128(random.next() >> (random.next() % 64)) * Int128(random.next() % 1_000_000_000_000 + 1)
            let duration = Duration(attoseconds: random.next() % 2 == 0 ? magnitude : -magnitude)
            #expect(duration.wholeMicroseconds == Self.reference(duration, per: 1_000_000_000_000))
            #expect(duration.wholeNanoseconds == Self.reference(duration, per: 1_000_000_000))
        }
    }
}
