import GaiCore
import Testing

@Suite("RecurringBytes")
struct RecurringBytesTests {
    func remembered(_ memo: RecurringBytes, _ value: String, tag: UInt = 0, slot: Int) -> [UInt8]? {
        var bytes: [UInt8]?
        _ = memo.withRemembered(value, tag: tag, slot: slot) { bytes = Array($0) }
        return bytes
    }

    @Test("gives back exactly what was remembered for the same bytes, tag and slot, and nothing else")
    func matches() {
        var memo = RecurringBytes()
        #expect(remembered(memo, "gpt-4o", slot: 0) == nil)
        memo.remember("gpt-4o", tag: 7, result: Array(#""gpt-4o""#.utf8)[...], slot: 0)
        #expect(remembered(memo, "gpt-4o", tag: 7, slot: 0) == Array(#""gpt-4o""#.utf8))
        #expect(remembered(memo, "gpt-4o", tag: 8, slot: 0) == nil, "another tag")
        #expect(remembered(memo, "gpt-4o", tag: 7, slot: 1) == nil, "another slot")
        #expect(remembered(memo, "gpt-4", tag: 7, slot: 0) == nil, "a prefix")
        #expect(remembered(memo, "gpt-4o!", tag: 7, slot: 0) == nil, "longer")
        #expect(remembered(memo, "caf\u{E9}", slot: 0) == nil)
        memo.remember("caf\u{E9}", result: [1, 2, 3][...], slot: 0)
        #expect(remembered(memo, "cafe\u{301}", slot: 0) == nil, "canonically equivalent, other bytes")
        #expect(remembered(memo, "caf\u{E9}", slot: 0) == [1, 2, 3], "a shorter value replaces a longer one")
        memo.remember("", result: [][...], slot: 3)
        #expect(remembered(memo, "", slot: 3) == [])
        #expect(remembered(memo, "x", slot: -1) == nil && remembered(memo, "x", slot: RecurringBytes.slots) == nil)
        memo.remember("x", result: [1][...], slot: RecurringBytes.slots)  // ignored
    }

    @Test("a value or result too large for its region is not remembered, and forgets the slot")
    func limits() {
        var memo = RecurringBytes()
        let value = String(repeating: "v", count: RecurringBytes.valueLimit)
        memo.remember(value, result: Array(repeating: 1, count: RecurringBytes.resultLimit)[...], slot: 2)
        #expect(remembered(memo, value, slot: 2)?.count == RecurringBytes.resultLimit)
        memo.remember(value + "v", result: [1][...], slot: 2)
        #expect(remembered(memo, value + "v", slot: 2) == nil && remembered(memo, value, slot: 2) == nil)
        memo.remember("m", result: Array(repeating: 1, count: RecurringBytes.resultLimit + 1)[...], slot: 2)
        #expect(remembered(memo, "m", slot: 2) == nil)
    }

    @Test("5,000 random remembers and lookups agree with a dictionary of the last value per slot")
    func randomAgainstModel() {
        var random = SplitMix64(seed: 41)
        var memo = RecurringBytes()
        var model: [Int: (value: String, tag: UInt, result: [UInt8])] = [:]
        let values = ["", "a", "gpt-4o-mini", "/v1/chat/completions", "é😀", String(repeating: "x", count: 96), String(repeating: "y", count: 97)]
        for _ in 0..<5_000 {
            let slot = Int(random.next() % UInt64(RecurringBytes.slots))
            let value = values[Int(random.next() % UInt64(values.count))]
            let tag = UInt(random.next() % 3)
            if random.next() % 2 == 0 {
                let result = (0..<Int(random.next() % 170)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                memo.remember(value, tag: tag, result: result[...], slot: slot)
                let fits = value.utf8.count <= RecurringBytes.valueLimit && result.count <= RecurringBytes.resultLimit
                model[slot] = fits ? (value, tag, result) : nil
            } else {
                let expected = model[slot].flatMap { $0.value == value && $0.tag == tag ? $0.result : nil }
                #expect(remembered(memo, value, tag: tag, slot: slot) == expected)
            }
        }
    }
}
