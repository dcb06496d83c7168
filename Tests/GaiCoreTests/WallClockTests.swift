import Foundation
import Testing

@testable import GaiCore

@Suite("WallClock")
struct WallClockTests {
    @Test func readsTheSameTimeAsFoundationInEveryUnit() {
        let before = Date().timeIntervalSince1970
        let nanoseconds = WallClock.nowNanoseconds()
        let milliseconds = WallClock.nowMilliseconds()
        let seconds = WallClock.nowSeconds()
        let after = Date().timeIntervalSince1970
        // Between the two Foundation readings (with a millisecond for rounding).
        #expect(Double(nanoseconds) / 1e9 >= before - 0.001)
        #expect(Double(nanoseconds) / 1e9 <= after + 0.001)
        #expect(Double(milliseconds) / 1e3 >= before - 0.001)
        #expect(Double(milliseconds) / 1e3 <= after + 0.001)
        #expect(seconds >= Int64(before) && seconds <= Int64(after))
        #expect(milliseconds >= Int64(nanoseconds / 1_000_000))
    }
}
