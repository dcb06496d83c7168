import GaiLimits
import Testing

@Suite("Concurrency limiter")
struct ConcurrencyLimiterTests {
    @Test("at most `limit` permits per key are out at once")
    func limit() {
        let limiter = ConcurrencyLimiter()
        let first = limiter.acquire(key: "k", limit: 2)
        let second = limiter.acquire(key: "k", limit: 2)
        #expect(first != nil && second != nil)
        #expect(limiter.acquire(key: "k", limit: 2) == nil)
        #expect(limiter.acquire(key: "other", limit: 2) != nil)
        #expect(limiter.inFlight(key: "k") == 2)
        first?.release()
        #expect(limiter.inFlight(key: "k") == 1)
        let third = limiter.acquire(key: "k", limit: 2)
        #expect(third?.key == "k")
        withExtendedLifetime((second, third)) {}
    }

    @Test("a permit releases exactly once, by release() or deinit")
    func releasesOnce() {
        let limiter = ConcurrencyLimiter()
        let second: ConcurrencyPermit?
        do {
            let first = limiter.acquire(key: "k", limit: 2)
            second = limiter.acquire(key: "k", limit: 2)
            first?.release()
            first?.release()
            #expect(limiter.inFlight(key: "k") == 1)
        }
        // `first` is gone: its deinit must not have released a second time.
        #expect(limiter.inFlight(key: "k") == 1)
        let third = limiter.acquire(key: "k", limit: 2)
        #expect(third != nil)
        #expect(limiter.acquire(key: "k", limit: 2) == nil)
        withExtendedLifetime((second, third)) {}
    }

    @Test("a dropped permit gives its slot back")
    func deinitReleases() {
        let limiter = ConcurrencyLimiter()
        func borrow() -> Bool { limiter.acquire(key: "k", limit: 1) != nil }
        #expect(borrow())
        #expect(borrow())
        #expect(limiter.inFlight(key: "k") == 0)
    }

    @Test("a limit below one acts as one")
    func clamped() {
        let limiter = ConcurrencyLimiter()
        let permit = limiter.acquire(key: "k", limit: 0)
        #expect(permit != nil)
        #expect(limiter.acquire(key: "k", limit: -3) == nil)
        withExtendedLifetime(permit) {}
    }

    @Test("1000 concurrent acquisitions of a limit of 10 yield exactly 10 permits")
    func concurrent() async {
        let limiter = ConcurrencyLimiter()
        let permits = await withTaskGroup(of: ConcurrencyPermit?.self) { group in
            for _ in 0..<1_000 {
                group.addTask { limiter.acquire(key: "k", limit: 10) }
            }
            return await group.reduce(into: [ConcurrencyPermit]()) { permits, permit in
                if let permit { permits.append(permit) }
            }
        }
        #expect(permits.count == 10)
        #expect(limiter.inFlight(key: "k") == 10)
        permits.forEach { $0.release() }
        #expect(limiter.inFlight(key: "k") == 0)
    }
}
