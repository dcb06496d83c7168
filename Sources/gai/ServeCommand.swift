import ArgumentParser
import Foundation
import GaiConfig
import GaiAnthropic
import GaiCore
import GaiGateway
import GaiGemini
import GaiLimits
import GaiRedis
import GaiStorageRedis
import GaiMock
import GaiOpenAI
import GaiPricing
import GaiProviderKit
import GaiRouting
import GaiStorage
import GaiStorageSQLite
import GaiTelemetry
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import UnixSignals

/// `gai serve`: runs the gateway until SIGTERM or SIGINT, then drains in-flight requests.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the gateway.")

    @Option(name: .long, help: "The YAML configuration file. Without it: OPENAI_API_KEY/OPENAI_BASE_URL if set, else the built-in mock.")
    var config: String?

    @Option(name: .long, help: "The address to listen on (overrides server.host).")
    var host: String?

    @Option(name: .long, help: "The port to listen on (overrides server.port; 0 picks a free one).")
    var port: Int?

    func run() throws {
        try runBlocking()
    }

    /// Loads the configuration, puts Swift Concurrency on NIO's event loops (`server.threads` of
    /// them), then serves until shutdown.
    func runBlocking() throws {
        var configuration: GaiConfiguration
        do {
            configuration = try ConfigurationLoader().load(path: config)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        if let host { configuration.server.host = host }
        if let port { configuration.server.port = port }
        if configuration.auth == .none, !configuration.server.allowUnauthenticated, !Self.isLoopback(configuration.server.host) {
            printError(
                "refusing to listen on \(configuration.server.host) without authentication (auth: none): "
                    + "set GAI_ADMIN_KEY (auth: keys) or server.allow_unauthenticated: true")
            throw ExitCode(2)
        }

        NIOSingletons.groupLoopCountSuggestion = configuration.server.threads
        let executorInstalled = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        let group = MultiThreadedEventLoopGroup.singleton
        let serving = configuration
        try group.any().makeFutureWithTask {
            try await Self.serve(serving, eventLoopGroup: group, executorInstalled: executorInstalled)
        }.wait()
    }

    static func serve(_ configuration: GaiConfiguration, eventLoopGroup: MultiThreadedEventLoopGroup, executorInstalled: Bool) async throws {
        let logWriter = LogWriter()
        let level = Logger.Level(rawValue: configuration.logging.level) ?? .info
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level, writer: logWriter) }
        let logger = Logger(label: "gai")
        defer { logWriter.flush() }

        if !executorInstalled {
            logger.warning("NIO could not be installed as the concurrency executor; requests will hop between thread pools")
        }
        // Plain-HTTP upstreams (local vLLM, Ollama, llama.cpp, sidecars) take the lean SwiftNIO
        // pool on the request's own event loop; TLS upstreams take AsyncHTTPClient.
        let plainTransport = NIOHTTPTransport(eventLoopGroup: eventLoopGroup)
        let tlsTransport = AsyncHTTPClientTransport(eventLoopGroup: eventLoopGroup)
        let transport = RoutingTransport(plain: plainTransport, tls: tlsTransport)
        let providers = Self.makeProviders(configuration, transport: transport, logger: logger)
        let registry = ModelRegistry(
            routes: configuration.models, providerNames: Set(providers.map(\.name)), defaultProvider: configuration.defaultProvider)
        let prices = Self.priceTable(configuration)
        let modelRouter = ModelRouter(registry: registry, providers: providers) { deployment, kind in
            prices.price(for: deployment.model, provider: kind).map { $0.inputPerToken + $0.outputPerToken }
        }
        let deadLetters = try await Self.makeDeadLetterQueue(configuration, logger: logger)
        let keyStore = try await Self.openDatabase("keys.sqlite", purpose: "key database", configuration, logger: logger) {
            try await SQLiteGatewayKeyStore.open(path: $0, logger: logger)
        }
        let redis = try Self.makeRedisClient(configuration, eventLoopGroup: eventLoopGroup, logger: logger)
        let limitStore = Self.makeLimitStore(configuration.limits, redis: redis)
        let usageStore = try await Self.openDatabase("usage.sqlite", purpose: "usage ledger", configuration, logger: logger) {
            try await SQLiteUsageLedgerStore.open(path: $0, logger: logger)
        }
        let spend = SpendTracker(
            store: usageStore,
            budgets: configuration.budgets.compactMap { budget in
                guard let scope = SpendScope(rawValue: budget.scope), let period = GatewayKey.Budget.Period(rawValue: budget.period) else {
                    return nil
                }
                return BudgetRule(scope: scope, subject: budget.subject, usd: budget.usd, period: period)
            },
            cost: { model, kind, usage in prices.price(for: model, provider: kind)?.cost(for: usage) ?? 0 })
        let keys = KeyAuthenticator(store: keyStore, cacheTTL: .milliseconds(configuration.authCacheTTLMilliseconds))
        switch configuration.auth {
        case .none:
            logger.warning("auth: none — /v1 accepts requests without a key (local development only)")
        case .keys where configuration.adminKey == nil:
            logger.warning("auth: keys without an admin key: no key can be created (set GAI_ADMIN_KEY)")
        case .keys:
            break
        }
        if configuration.adminKey == nil {
            logger.notice("the admin API is disabled: set GAI_ADMIN_KEY (admin_key) to enable /admin")
        }
        if configuration.chaosEnabled {
            logger.warning("chaos is enabled: clients can inject faults into mock providers with x-gai-fault")
        }
        let gateway = Gateway(
            configuration: GatewayConfiguration(
                maxBodyBytes: configuration.server.maxBodyBytes,
                requestTimeout: .milliseconds(configuration.server.requestTimeoutMilliseconds),
                idempotencyInFlight: configuration.idempotency.inFlight == .conflict ? .conflict : .wait,
                adminKey: configuration.adminKey,
                chaosEnabled: configuration.chaosEnabled,
                authRequired: configuration.auth == .keys),
            modelRouter: modelRouter,
            logger: logger,
            idempotencyStore: InMemoryIdempotencyStore(
                ttl: .seconds(configuration.idempotency.ttlSeconds), maxEntries: configuration.idempotency.maxEntries,
                maxBytes: configuration.idempotency.maxBytes),
            deadLetters: deadLetters,
            keys: keys,
            limiter: Self.makeLimiter(configuration.limits, store: limitStore),
            spend: spend)

        let server = configuration.server
        let source = configuration.source
        let application = Application(
            router: gateway.makeRouter(),
            server: Gateway.httpServer(),
            configuration: .init(address: .hostname(server.host, port: server.port), serverName: nil),
            onServerRunning: { channel in
                logger.notice(
                    "gai is listening",
                    metadata: [
                        "address": .string(channel.localAddress?.description ?? "?"),
                        "port": .stringConvertible(channel.localAddress?.port ?? 0),
                        "threads": .stringConvertible(server.threads),
                        "config": .string(source),
                        "version": .string(GaiCommand.version),
                    ])
            },
            eventLoopGroupProvider: .shared(eventLoopGroup),
            logger: logger)

        var groupConfiguration = ServiceGroupConfiguration(
            services: [
                .init(service: TransportService(plain: plainTransport, tls: tlsTransport)),
                .init(service: DeadLetterService(queue: deadLetters)),
                .init(service: KeyStoreService(store: keyStore)),
                .init(service: RedisService(client: redis)),
                .init(service: UsageLedgerService(tracker: spend, store: usageStore)),
                .init(service: application),
            ],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = .milliseconds(server.shutdownGraceMilliseconds)
        let serviceGroup = ServiceGroup(configuration: groupConfiguration)
        try await serviceGroup.run()
        logger.notice("gai stopped")
    }

    static func makeProviders(_ configuration: GaiConfiguration, transport: any HTTPTransport, logger: Logger) -> [any ChatProvider] {
        configuration.providers.map { provider -> any ChatProvider in
            let headers = provider.headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            switch provider.kind {
            case .openai, .azure:
                return OpenAIProvider(
                    configuration: OpenAIConfiguration(
                        name: provider.name, baseURL: provider.baseURL ?? "", apiKey: provider.apiKey,
                        extraHeaders: headers,
                        timeout: .milliseconds(provider.timeoutMilliseconds),
                        maxResponseBytes: provider.maxResponseBytes,
                        azureAPIVersion: provider.kind == .azure ? provider.apiVersion : nil),
                    transport: transport)
            case .anthropic:
                return AnthropicProvider(
                    configuration: AnthropicConfiguration(
                        name: provider.name, baseURL: provider.baseURL ?? "https://api.anthropic.com/v1", apiKey: provider.apiKey,
                        anthropicVersion: provider.anthropicVersion, extraHeaders: headers,
                        timeout: .milliseconds(provider.timeoutMilliseconds), maxResponseBytes: provider.maxResponseBytes,
                        defaultMaxTokens: provider.defaultMaxTokens),
                    transport: transport)
            case .gemini:
                return GeminiProvider(
                    configuration: GeminiConfiguration(
                        name: provider.name, baseURL: provider.baseURL ?? GeminiConfiguration.defaultBaseURL, apiKey: provider.apiKey,
                        extraHeaders: headers, timeout: .milliseconds(provider.timeoutMilliseconds),
                        maxResponseBytes: provider.maxResponseBytes),
                    transport: transport)
            case .mock:
                logger.warning(
                    "provider '\(provider.name)' is the built-in MOCK: answers are generated locally, no model is called",
                    metadata: ["provider": .string(provider.name)])
                return MockProvider(
                    configuration: .init(
                        name: provider.name, reply: provider.reply, streamDelay: .milliseconds(provider.streamDelayMilliseconds),
                        embeddingDimensions: provider.embeddingDimensions, faults: provider.faults))
            }
        }
    }
}

extension ServeCommand {
    /// The bundled price table with `prices[]` on top.
    static func priceTable(_ configuration: GaiConfiguration) -> PriceTable {
        var overrides: [String: ModelPrice] = [:]
        for price in configuration.priceOverrides {
            overrides[price.model] = .perMillion(
                input: price.inputPerMillion, output: price.outputPerMillion, cachedInput: price.cachedInputPerMillion,
                cacheWrite: price.cacheWritePerMillion, reasoning: price.reasoningPerMillion)
        }
        return PriceTable.bundled.merging(overrides)
    }

    /// The dead-letter queue over its configured store: SQLite under `data_dir` (the default),
    /// or memory.
    static func makeDeadLetterQueue(_ configuration: GaiConfiguration, logger: Logger) async throws -> DeadLetterQueue {
        switch configuration.deadLetters.store {
        case .memory:
            return DeadLetterQueue(store: InMemoryDeadLetterStore(maxEntries: configuration.deadLetters.maxEntries))
        case .sqlite:
            let store = try await openDatabase("dlq.sqlite", purpose: "dead-letter database", configuration, logger: logger) { path in
                try await SQLiteDeadLetterStore.open(path: path, maxEntries: configuration.deadLetters.maxEntries, logger: logger)
            }
            return DeadLetterQueue(store: store)
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
}

extension ServeCommand {
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

    /// Counters in memory, or in Redis behind the `on_store_failure` fallback.
    static func makeLimitStore(_ limits: GaiConfiguration.Limits, redis: RedisClient?) -> any RateLimitStore {
        guard limits.store == "redis", let redis else { return InMemoryRateLimitStore() }
        return FallbackRateLimitStore(
            primary: RedisRateLimitStore(client: redis), fallback: InMemoryRateLimitStore(),
            mode: limits.onStoreFailure == "fail_closed" ? .failClosed : .failOpen)
    }

    /// `limits.rules` as limiter rules over `store`.
    static func makeLimiter(_ limits: GaiConfiguration.Limits, store: any RateLimitStore) -> RequestLimiter {
        var rules: [LimitRule] = []
        var concurrency: [ConcurrencyRule] = []
        for rule in limits.rules {
            guard let scope = LimitRule.Scope(rawValue: rule.scope) else { continue }
            let algorithm = RateLimitAlgorithm(parsing: rule.algorithm) ?? .tokenBucket
            for (count, seconds) in rule.requests {
                rules.append(LimitRule(scope: scope, model: rule.model, subject: rule.subject, unit: .requests,
                    limit: RateLimit(limit: count, period: .seconds(seconds), algorithm: algorithm, burst: rule.burst)))
            }
            for (count, seconds) in rule.tokens {
                rules.append(LimitRule(scope: scope, model: rule.model, subject: rule.subject, unit: .tokens,
                    limit: RateLimit(limit: count, period: .seconds(seconds), algorithm: algorithm, burst: rule.burst)))
            }
            if let maxConcurrent = rule.maxConcurrent {
                concurrency.append(ConcurrencyRule(scope: scope, model: rule.model, limit: maxConcurrent))
            }
        }
        return RequestLimiter(store: store, rules: rules, concurrencyRules: concurrency, defaultMaxTokens: limits.defaultMaxTokens)
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

/// Writes the usage ledger's queue; at shutdown (after the server drained) flushes it and closes
/// the database.
struct UsageLedgerService: Service {
    let tracker: SpendTracker
    let store: SQLiteUsageLedgerStore

    func run() async throws {
        await withGracefulShutdownHandler {
            await tracker.queue.run()
        } onGracefulShutdown: {
            tracker.queue.shutdown()
        }
        try? await store.close()
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

/// Closes the key database at shutdown, after the server drained.
struct KeyStoreService: Service {
    let store: SQLiteGatewayKeyStore

    func run() async throws {
        try? await gracefulShutdown()
        try? await store.close()
    }
}

/// Runs the dead-letter queue's writer; at shutdown (after the server drained) it writes what is
/// buffered and closes the store.
struct DeadLetterService: Service {
    let queue: DeadLetterQueue

    func run() async throws {
        await withGracefulShutdownHandler {
            await queue.run()
        } onGracefulShutdown: {
            queue.shutdown()
        }
        if let store = queue.store as? SQLiteDeadLetterStore {
            try? await store.close()
        }
    }
}

/// Keeps the shared upstream transports alive for the gateway's lifetime and closes their
/// pools last, after the server has drained.
struct TransportService: Service {
    let plain: NIOHTTPTransport
    let tls: AsyncHTTPClientTransport

    func run() async throws {
        try? await gracefulShutdown()
        await plain.shutdown()
        try await tls.shutdown()
    }
}
