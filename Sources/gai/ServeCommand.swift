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
import GaiStoragePostgres
import GaiStorageSQLite
import GaiTelemetry
import GaiTracing
import Hummingbird
import Logging
import Metrics
import Prometheus
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
        let logWriter = LogWriter(batchWindow: .milliseconds(configuration.logging.flushIntervalMilliseconds))
        let level = Logger.Level(rawValue: configuration.logging.level) ?? .info
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level, writer: logWriter) }
        let logger = Logger(label: "gai")
        defer { logWriter.flush() }
        // metrics.enabled: false leaves swift-metrics on its no-op backend (and /metrics answers 404).
        let metricsRegistry = configuration.metricsEnabled ? Self.bootstrapMetrics() : nil

        if !executorInstalled {
            logger.warning("NIO could not be installed as the concurrency executor; requests will hop between thread pools")
        }
        // The PostgreSQL pool runs beside the whole service group and stops after it, so the
        // ledger and the DLQ can still write at shutdown.
        let postgres = try Self.makePostgres(configuration, logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            if let postgres { group.addTask { await postgres.run() } }
            defer { group.cancelAll() }
            try await serveGateway(
                configuration, postgres: postgres, eventLoopGroup: eventLoopGroup, logger: logger, metrics: metricsRegistry)
        }
    }

    static func serveGateway(
        _ configuration: GaiConfiguration, postgres: GaiPostgresDatabase?, eventLoopGroup: MultiThreadedEventLoopGroup, logger: Logger,
        metrics: GatewayMetricsFactory?
    ) async throws {
        // Plain-HTTP upstreams (local vLLM, Ollama, llama.cpp, sidecars) take the lean SwiftNIO
        // pool on the request's own event loop; TLS upstreams take AsyncHTTPClient.
        let plainTransport = NIOHTTPTransport(eventLoopGroup: eventLoopGroup)
        let tlsTransport = AsyncHTTPClientTransport(eventLoopGroup: eventLoopGroup)
        let untracedTransport = RoutingTransport(plain: plainTransport, tls: tlsTransport)
        let tracing = try Self.makeTracing(configuration, transport: untracedTransport, logger: logger)
        // Spans for upstream calls (tracing on), else the client's trace headers forwarded. Under
        // native tracing the calls are noted on the request's recorder, never as tracer-API
        // spans: no tracer, so the transport does not look up a span context per call.
        let transport = TracingTransport(base: untracedTransport, tracer: tracing?.tracing.native == nil ? tracing?.tracing.tracer : nil)
        let providers = Self.makeProviders(configuration, transport: transport, logger: logger)
        let registry = ModelRegistry(
            routes: configuration.models, providerNames: Set(providers.map(\.name)), defaultProvider: configuration.defaultProvider)
        let prices = Self.priceTable(configuration)
        let modelRouter = ModelRouter(registry: registry, providers: providers) { deployment, kind in
            prices.price(for: deployment.model, provider: kind).map { $0.inputPerToken + $0.outputPerToken }
        }
        let stores = try await Self.openStores(configuration, postgres: postgres, eventLoopGroup: eventLoopGroup, logger: logger)
        let spend = SpendTracker(
            store: stores.usage,
            budgets: configuration.budgets.compactMap { budget in
                guard let scope = SpendScope(rawValue: budget.scope), let period = GatewayKey.Budget.Period(rawValue: budget.period) else {
                    return nil
                }
                return BudgetRule(scope: scope, subject: budget.subject, usd: budget.usd, period: period)
            },
            counters: stores.counters.budgets,
            cost: { model, kind, usage in prices.price(for: model, provider: kind)?.cost(for: usage) ?? 0 })
        let limiter = Self.makeLimiter(configuration.limits, store: stores.counters.limits)
        // Observability events: the sink `events.sink` names (see ServeCommand+Events.swift).
        let events = try await Self.makeEventPipeline(configuration, postgres: postgres, logger: logger)
        let keys = KeyAuthenticator(store: stores.keys, cacheTTL: .milliseconds(configuration.authCacheTTLMilliseconds))
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
            idempotencyStore: stores.idempotency,
            deadLetters: stores.deadLetters,
            keys: keys,
            limiter: limiter,
            spend: spend,
            limitStoreBreaker: stores.counters.breaker,
            metricsExposition: Self.exposition(of: metrics),
            events: events,
            tracing: tracing?.tracing)
        Self.observeBreakers(modelRouter.resilience, events: events, logger: logger)

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
            // Services stop in reverse order: the span exporter after the server drained, the
            // transport it exports through last.
            services: [.init(service: TransportService(plain: plainTransport, tls: tlsTransport))]
                + (tracing.map { [ServiceGroupConfiguration.ServiceConfiguration(service: $0.service)] } ?? []) + [
                .init(service: StoreCloser(close: stores.close)),
                .init(service: RedisService(client: stores.redis)),
                .init(service: QueueService(queue: stores.deadLetters)),
                .init(service: QueueService(queue: spend.queue)),
                .init(service: QueueService(queue: spend.settlementQueue)),
                .init(service: QueueService(queue: limiter.refundQueue)),
                .init(service: QueueService(queue: events)),
                .init(service: BackgroundWork(stores.background)),
                .init(service: KeyChangeService(authenticator: keys, feed: stores.redis.map { RedisKeyChangeFeed(client: $0) })),
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
    /// Sends swift-metrics to a Prometheus registry (served at `GET /metrics`), timers to the
    /// gateway's lock-free histograms (``GatewayMetricsFactory``), with histogram buckets that
    /// fit a gateway: request and upstream times from 1 ms to 2 min, the gateway's own overhead
    /// from 50 µs to 100 ms.
    static func bootstrapMetrics() -> GatewayMetricsFactory {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10), .seconds(30),
            .seconds(60), .seconds(120),
        ]
        factory.durationHistogramBuckets["gai_overhead_seconds"] = [
            .microseconds(50), .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2.5),
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(100),
        ]
        let gatewayFactory = GatewayMetricsFactory(prometheus: factory)
        MetricsSystem.bootstrap(gatewayFactory)
        return gatewayFactory
    }

    /// `GET /metrics`'s renderer; `nil` with metrics off.
    static func exposition(of metrics: GatewayMetricsFactory?) -> (@Sendable () -> [UInt8])? {
        guard let metrics else { return nil }
        return { metrics.exposition() }
    }

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

}

extension ServeCommand {
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
