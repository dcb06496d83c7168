import GaiLimits
import GaiRedis
import GaiRedisTesting
import GaiStorageRedis

/// A period long enough that no window boundary or refill falls inside a test: windows are
/// aligned to the Unix epoch on the Redis side, so a one-hour window could roll over mid-test.
let longPeriod: Duration = .seconds(100 * 86_400)

/// A store on the shared test server with a namespace of its own, so tests never share keys.
struct StoreFixture {
    let client: RedisClient
    let store: RedisRateLimitStore
    let prefix: String

    init() async throws {
        let client = try await RedisTestServer.shared().client()
        let prefix = "gai:rl:test:\(UInt64.random(in: 0...UInt64.max)):"
        self.client = client
        self.prefix = prefix
        self.store = RedisRateLimitStore(client: client, keyPrefix: prefix)
    }

    func shutdown() async {
        await client.shutdown()
    }
}

/// One step of a scripted sequence run against two stores.
enum Operation: Sendable {
    case check(Int)
    case refund(Int)
}
