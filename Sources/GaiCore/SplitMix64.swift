/// SplitMix64: a tiny, fast, seedable generator. Tests and benchmarks inject it for
/// reproducible randomness (jitter, weighted order, identifiers); ``mix(_:)`` is its finalizer,
/// a bijection on 64 bits that turns a counter into ids that look random.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The value a generator seeded with `value` returns first.
    public static func mix(_ value: UInt64) -> UInt64 {
        var generator = SplitMix64(seed: value)
        return generator.next()
    }
}
