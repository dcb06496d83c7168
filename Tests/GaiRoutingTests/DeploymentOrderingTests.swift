import GaiCore
import GaiRouting
import Testing

@Suite("DeploymentOrdering")
struct DeploymentOrderingTests {
    let a = Deployment(provider: "a", model: "m", weight: 3, quality: 1)
    let b = Deployment(provider: "b", model: "m", weight: 1, quality: 5)
    let c = Deployment(provider: "c", model: "m", weight: 0, quality: 3)

    @Test("priority keeps the configured order; quality puts the highest rank first")
    func priorityAndQuality() {
        let ordering = DeploymentOrdering(stats: DeploymentStats())
        var random = SplitMix64(seed: 1)
        #expect(ordering.order([a, b, c], strategy: .priority, using: &random) == [a, b, c])
        #expect(ordering.order([a, b, c], strategy: .quality, using: &random) == [b, c, a])
    }

    @Test("weighted picks the first deployment in proportion to its weight; weight 0 goes last")
    func weighted() {
        let ordering = DeploymentOrdering(stats: DeploymentStats())
        var random = SplitMix64(seed: 42)
        var firsts: [String: Int] = [:]
        for _ in 0..<10_000 {
            let order = ordering.order([a, b, c], strategy: .weighted, using: &random)
            firsts[order[0].provider, default: 0] += 1
            #expect(order.last == c)
        }
        let share = Double(firsts["a", default: 0]) / 10_000
        #expect(abs(share - 0.75) < 0.02, "a has weight 3 of 4: \(share)")
    }

    @Test("least_busy prefers fewer requests in flight; latency prefers the lower average, unmeasured first")
    func liveStats() {
        let stats = DeploymentStats()
        let ordering = DeploymentOrdering(stats: stats)
        var random = SplitMix64(seed: 7)
        let leases = [stats.begin(a.key), stats.begin(a.key), stats.begin(b.key)]
        #expect(ordering.order([a, b, c], strategy: .leastBusy, using: &random) == [c, b, a])
        leases.forEach { $0.release() }
        #expect(stats.snapshot(a.key).inFlight == 0)
        stats.observe(a.key, latency: .milliseconds(50))
        stats.observe(b.key, latency: .milliseconds(10))
        #expect(ordering.order([a, b, c], strategy: .latency, using: &random) == [c, b, a])
    }

    @Test("cost puts the cheapest first and unpriced deployments last")
    func cost() {
        let ordering = DeploymentOrdering(stats: DeploymentStats()) { deployment in
            ["a": 2e-6, "b": 1e-6][deployment.provider]
        }
        var random = SplitMix64(seed: 3)
        #expect(ordering.order([a, b, c], strategy: .cost, using: &random) == [b, a, c])
    }
}
