import ArgumentParser
import Foundation
import GaiConfig
import GaiCore
import GaiGateway
import GaiLimits
import GaiRedis
import GaiStorage
import GaiStoragePostgres
import GaiStorageRedis
import GaiStorageSQLite
import GaiTelemetry
import Logging
import NIOPosix
import ServiceLifecycle

/// Every store `gai serve` runs on, chosen by `stores.*`, `limits.store`, `idempotency.store` and
/// `dlq.store`.
struct GatewayStores: Sendable {
    var keys: any GatewayKeyStore
    var usage: any UsageLedgerStore
    var deadLetters: DeadLetterQueue
    var counters: CounterStores
    var idempotency: any IdempotencyStore
    var redis: RedisClient?
    /// Long-running work of the stores (Redis stream mirroring, PostgreSQL purges), run as one
    /// service until shutdown.
    var background: [@Sendable () async -> Void]
    /// Closes the SQLite files, after the queues that write to them are drained.
    var close: @Sendable () async -> Void
}

/// Where the limiter's and the budgets' counters live (`limits.store`).
struct CounterStores: Sendable {
    var limits: any RateLimitStore
    /// `nil`: the spend tracker keeps budgets in memory.
    var budgets: (any SpendCounterStore)?
    /// The breaker in front of the shared store, when there is one.
    var breaker: SharedStoreBreaker?
}

extension ServeCommand {
    /// The PostgreSQL every replica shares, when a store is set to `postgres`.
    static func makePostgres(_ configuration: GaiConfiguration, logger: Logger) throws -> GaiPostgresDatabase? {
        let needed = configuration.durableStore == .postgres || configuration.deadLetters.store == .postgres
            || configuration.limits.store == "postgres" || configuration.events.sink == .postgres
        guard needed, let url = configuration.postgresURL else { return nil }
        do {
            var database = try GaiPostgresDatabase.Configuration(url: url)
            database.operationTimeout = .milliseconds(max(1000, configuration.limits.storeTimeoutMilliseconds))
            return GaiPostgresDatabase(configuration: database, logger: logger)
        } catch {
            printError("gai.yaml: stores.postgres_url: \(error)")
            throw ExitCode(2)
        }
    }

    /// Opens every store (migrating the databases); a store that cannot be opened ends `gai serve`
    /// with exit code 2 and a log line naming it.
    static func openStores(
        _ configuration: GaiConfiguration, postgres: GaiPostgresDatabase?, eventLoopGroup: MultiThreadedEventLoopGroup, logger: Logger
    ) async throws -> GatewayStores {
        var closers: [@Sendable () async -> Void] = []
        var background: [@Sendable () async -> Void] = []
        let keys: any GatewayKeyStore
        let usage: any UsageLedgerStore
        if configuration.durableStore == .postgres, let postgres {
            keys = try await open("key store", in: "PostgreSQL", logger: logger) { try await PostgresGatewayKeyStore.open(database: postgres) }
            usage = try await open("usage ledger", in: "PostgreSQL", logger: logger) { try await PostgresUsageLedgerStore.open(database: postgres) }
        } else {
            let keyStore = try await openDatabase("keys.sqlite", purpose: "key database", configuration, logger: logger) {
                try await SQLiteGatewayKeyStore.open(path: $0, logger: logger)
            }
            let usageStore = try await openDatabase("usage.sqlite", purpose: "usage ledger", configuration, logger: logger) {
                try await SQLiteUsageLedgerStore.open(path: $0, logger: logger)
            }
            closers.append { try? await keyStore.close() }
            closers.append { try? await usageStore.close() }
            (keys, usage) = (keyStore, usageStore)
        }
        let deadLetters: DeadLetterQueue
        switch configuration.deadLetters.store {
        case .memory:
            deadLetters = DeadLetterQueue(store: InMemoryDeadLetterStore(maxEntries: configuration.deadLetters.maxEntries))
        case .sqlite:
            let store = try await openDatabase("dlq.sqlite", purpose: "dead-letter database", configuration, logger: logger) { path in
                try await SQLiteDeadLetterStore.open(path: path, maxEntries: configuration.deadLetters.maxEntries, logger: logger)
            }
            closers.append { try? await store.close() }
            deadLetters = DeadLetterQueue(store: store)
        case .postgres:
            guard let postgres else { throw ExitCode(2) }
            let store = try await open("dead-letter store", in: "PostgreSQL", logger: logger) {
                try await PostgresDeadLetterStore.open(database: postgres, maxEntries: configuration.deadLetters.maxEntries, logger: logger)
            }
            deadLetters = DeadLetterQueue(store: store)
        }
        let redis = try makeRedisClient(configuration, eventLoopGroup: eventLoopGroup, logger: logger)
        let counters = try await makeCounterStores(configuration.limits, redis: redis, postgres: postgres, logger: logger)
        if configuration.limits.store == "postgres", let limits = (counters.limits as? FallbackRateLimitStore)?.primary as? PostgresRateLimitStore {
            background.append { await purgeExpiredCounters(limits, logger: logger) }
        }
        let idempotency: any IdempotencyStore
        let memory = InMemoryIdempotencyStore(
            ttl: .seconds(configuration.idempotency.ttlSeconds), maxEntries: configuration.idempotency.maxEntries,
            maxBytes: configuration.idempotency.maxBytes)
        if configuration.idempotency.store == .redis, let redis {
            let store = RedisIdempotencyStore(
                client: redis, configuration: .init(ttl: .seconds(configuration.idempotency.ttlSeconds)), fallback: memory, logger: logger)
            background.append { await store.run() }
            idempotency = store
        } else {
            idempotency = memory
        }
        return GatewayStores(
            keys: keys, usage: usage, deadLetters: deadLetters, counters: counters, idempotency: idempotency, redis: redis,
            background: background,
            close: { [closers] in
                for close in closers { await close() }
            })
    }

    /// Opens a store in a shared database; a failure is logged and ends `gai serve` (exit 2).
    static func open<Store>(_ purpose: String, in database: String, logger: Logger, _ open: () async throws -> Store) async throws -> Store {
        do {
            return try await open()
        } catch {
            logger.error("cannot open the \(purpose) in \(database)", metadata: ["error": .string("\(error)")])
            throw ExitCode(2)
        }
    }

    /// Opens `<data_dir>/<file>`; a failure is logged with the path and ends `gai serve` (exit 2).
    static func openDatabase<Store>(
        _ file: String, purpose: String, _ configuration: GaiConfiguration, logger: Logger, open: (String) async throws -> Store
    ) async throws -> Store {
        let path = URL(fileURLWithPath: configuration.dataDirectory).appendingPathComponent(file).path
        do {
            return try await open(path)
        } catch {
            logger.error("cannot open the \(purpose)", metadata: ["path": .string(path), "error": .string("\(error)")])
            throw ExitCode(2)
        }
    }

    /// The shared Redis (`stores.redis_url`), with the limiter's short timeouts: a dead Redis must
    /// cost a request at most `limits.store_timeout_ms`, once per breaker cool-down.
    static func makeRedisClient(
        _ configuration: GaiConfiguration, eventLoopGroup: MultiThreadedEventLoopGroup, logger: Logger
    ) throws -> RedisClient? {
        guard let url = configuration.redisURL else { return nil }
        var redis: RedisConfiguration
        do {
            redis = try RedisConfiguration(url: url)
        } catch {
            printError("gai.yaml: stores.redis_url: \(error)")
            throw ExitCode(2)
        }
        let timeout = Duration.milliseconds(configuration.limits.storeTimeoutMilliseconds)
        redis.connectTimeout = timeout
        redis.commandTimeout = timeout
        return RedisClient(configuration: redis, eventLoopGroup: eventLoopGroup, logger: logger)
    }

    /// Counters in memory, or in Redis or PostgreSQL behind the `on_store_failure` fallback: one
    /// breaker for limits and budgets (they share the store), and every switch to or from the
    /// fallback logged.
    static func makeCounterStores(
        _ limits: GaiConfiguration.Limits, redis: RedisClient?, postgres: GaiPostgresDatabase?, logger: Logger
    ) async throws -> CounterStores {
        let shared: (limits: any RateLimitStore, budgets: any SpendCounterStore)
        switch limits.store {
        case "redis":
            guard let redis else { return CounterStores(limits: InMemoryRateLimitStore()) }
            shared = (RedisRateLimitStore(client: redis), RedisSpendCounterStore(client: redis))
        case "postgres":
            guard let postgres else { return CounterStores(limits: InMemoryRateLimitStore()) }
            shared = try await open("limit store", in: "PostgreSQL", logger: logger) {
                (try await PostgresRateLimitStore.open(database: postgres), try await PostgresSpendCounterStore.open(database: postgres))
            }
        default:
            return CounterStores(limits: InMemoryRateLimitStore())
        }
        let mode: FallbackRateLimitStore.Mode = limits.onStoreFailure == "fail_closed" ? .failClosed : .failOpen
        let storeName = limits.store
        let breaker = SharedStoreBreaker(coolDown: .seconds(5), onChange: { change in
            switch change {
            case .degraded(let error):
                logger.error(
                    "the limit store is unreachable: \(mode == .failOpen ? "limits and budgets fall back to this replica's memory" : "requests under limits or budgets get 503") (on_store_failure: \(mode.rawValue))",
                    metadata: ["store": .string(storeName), "error": .string(error)])
            case .recovered:
                logger.notice("the limit store answers again", metadata: ["store": .string(storeName)])
            }
        })
        let wallMilliseconds: @Sendable () -> Int64 = { WallClock.nowMilliseconds() }
        return CounterStores(
            limits: FallbackRateLimitStore(primary: shared.limits, fallback: InMemoryRateLimitStore(), mode: mode, breaker: breaker),
            budgets: FallbackSpendCounterStore(
                primary: shared.budgets, fallback: InMemorySpendCounterStore(nowMilliseconds: wallMilliseconds), mode: mode, breaker: breaker),
            breaker: breaker)
    }

    /// Deletes expired limiter rows every minute, so the table holds only live counters.
    static func purgeExpiredCounters(_ store: PostgresRateLimitStore, logger: Logger) async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: .seconds(60))
            } catch {
                return
            }
            do {
                _ = try await store.purgeExpired()
            } catch {
                logger.debug("could not purge expired limiter rows", metadata: ["error": .string("\(error)")])
            }
        }
    }
}

/// A queue written by a background loop: `run()` until shutdown, then what is buffered.
protocol DrainingQueue: Sendable {
    func run() async
    func shutdown()
}

extension BatchQueue: DrainingQueue {}
extension DeadLetterQueue: DrainingQueue {}
extension EventPipeline: DrainingQueue {}

/// Runs a queue's writer (usage ledger, DLQ, refunds and settlements bound for a shared store,
/// observability events) until shutdown, then lets it write what is buffered.
struct QueueService: Service {
    let queue: (any DrainingQueue)?

    func run() async throws {
        // A service that returns ends the whole group: without a queue, wait for shutdown.
        guard let queue else { return try await gracefulShutdown() }
        await withGracefulShutdownHandler {
            await queue.run()
        } onGracefulShutdown: {
            queue.shutdown()
        }
    }
}

/// The stores' long-running work, cancelled at shutdown.
struct BackgroundWork: Service {
    let jobs: [@Sendable () async -> Void]

    init(_ jobs: [@Sendable () async -> Void]) {
        self.jobs = jobs
    }

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                for job in jobs { group.addTask { await job() } }
            }
        }
        // A service that returns ends the whole group: with no jobs, wait for shutdown.
        if jobs.isEmpty { try? await gracefulShutdown() }
    }
}

/// Closes the SQLite files at shutdown. It is listed before the queues that write to them, so it
/// runs after they have drained (services stop in reverse order).
struct StoreCloser: Service {
    let close: @Sendable () async -> Void

    func run() async throws {
        try? await gracefulShutdown()
        await close()
    }
}

/// Follows key changes announced on Redis, so revocations reach this replica's key cache within
/// the feed's poll interval; returns at shutdown.
struct KeyChangeService: Service {
    let authenticator: KeyAuthenticator
    let feed: (any KeyChangeFeed)?

    func run() async throws {
        // A service that returns ends the whole group: without a feed, wait for shutdown.
        guard let feed else { return try await gracefulShutdown() }
        await cancelWhenGracefulShutdown {
            await authenticator.follow(feed)
        }
    }
}

/// Closes the Redis connections at shutdown, after the server drained.
struct RedisService: Service {
    let client: RedisClient?

    func run() async throws {
        try? await gracefulShutdown()
        await client?.shutdown()
    }
}
