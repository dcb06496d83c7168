import GaiLimits
import Testing

@Suite("Fixed window")
struct FixedWindowTests {
    let tenPerMinute = RateLimit.perMinute(10, algorithm: .fixedWindow)

    @Test("10 rpm: ten admitted, the eleventh refused until the window ends")
    func tenPerMinute_boundaries() {
        var meter = Meter(tenPerMinute)
        for expected in (0..<10).reversed() {
            let decision = meter.check(at: .seconds(5))
            #expect(decision.allowed)
            #expect(decision.remaining == expected)
            #expect(decision.limit == 10)
            #expect(decision.resetAfter == .seconds(55))
        }
        let refused = meter.check(at: .seconds(5))
        #expect(!refused.allowed)
        #expect(refused.remaining == 0)
        #expect(refused.retryAfter == .seconds(55))
        #expect(refused.resetAfter == .seconds(55))
        #expect(meter.check(at: µs(59_999_999)).retryAfter == µs(1))
        let next = meter.check(at: .seconds(60))
        #expect(next.allowed)
        #expect(next.remaining == 9)
    }

    @Test("windows are aligned to the epoch, so a boundary admits twice the limit")
    func boundaryBurst() {
        var meter = Meter(tenPerMinute)
        #expect(meter.admitted(11, at: µs(59_999_999)) == 10)
        #expect(meter.admitted(11, at: .seconds(60)) == 10)
    }

    @Test("costs above one are counted in units")
    func costs() {
        var meter = Meter(tenPerMinute)
        #expect(meter.check(4, at: .zero).remaining == 6)
        #expect(meter.check(4, at: .zero).remaining == 2)
        let refused = meter.check(3, at: .seconds(20))
        #expect(!refused.allowed)
        #expect(refused.retryAfter == .seconds(40))
        #expect(meter.check(2, at: .seconds(20)).remaining == 0)
    }

    @Test("a cost above the limit is refused for good and consumes nothing")
    func costAboveCapacity() {
        var meter = Meter(tenPerMinute)
        let refused = meter.check(11, at: .zero)
        #expect(!refused.allowed)
        #expect(refused.retryAfter == nil)
        #expect(refused.isNeverSatisfiable)
        #expect(meter.state == nil)
        #expect(meter.check(10, at: .zero).allowed)
    }

    @Test("refunds subtract from the current window only, never below zero")
    func refunds() {
        var meter = Meter(tenPerMinute)
        #expect(meter.admitted(10, at: .zero) == 10)
        meter.refund(3, at: .seconds(1))
        #expect(meter.admitted(5, at: .seconds(1)) == 3)
        meter.refund(50, at: .seconds(2))
        #expect(meter.remaining(at: .seconds(2)) == 10)
        #expect(meter.admitted(4, at: .seconds(3)) == 4)
        let before = meter.state
        meter.refund(4, at: .seconds(61))  // that window is over: nothing to give back
        #expect(meter.state == before)
        #expect(meter.remaining(at: .seconds(61)) == 10)
    }

    @Test("a peek reports without consuming, and an idle limit resets to zero")
    func peek() {
        var meter = Meter(tenPerMinute)
        let peek = meter.check(0, at: .seconds(1))
        #expect(peek.allowed)
        #expect(peek.remaining == 10)
        #expect(peek.resetAfter == .zero)
        #expect(meter.state == nil)
    }
}
